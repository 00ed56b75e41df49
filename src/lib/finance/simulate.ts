/**
 * Uncertainty around the income model: a seeded PRNG, Monte Carlo over triangular driver
 * distributions (runnable in slices, e.g. inside a Web Worker) and a one-at-a-time tornado.
 *
 * All paths run through the same model code as {@link projectIncome} (`deriveModel` +
 * `runModel` in income.ts), without building per-month row objects.
 *
 * @module
 */

import { monthlyRateFromAnnual, npvUnchecked } from './cashflow';
import { PAYER_LINES, type PayerLineId } from './payers';
import {
	assertFieldInRange,
	createModelState,
	deriveModel,
	runModel,
	scratchLength,
	validateIncomeInputs,
	type IncomeInputs,
	type ModelState
} from './income';

/** The uncertain numbers of each payer line. */
export const PAYER_DRIVER_SUFFIXES = ['AllowedUsd', 'DenialRate', 'DaysToPayment'] as const;

/** The driver name of one payer line's uncertain number, e.g. `wcAllowedUsd`. */
export function payerDriver(
	line: PayerLineId,
	suffix: (typeof PAYER_DRIVER_SUFFIXES)[number]
): Driver {
	return `${line}${suffix}`;
}

/** Drivers that can be made uncertain, in the fixed order in which paths draw them. */
export const DRIVERS = [
	'rampUpMonths',
	'medicalSessionsPerWeek',
	'medicalCashPriceUsd',
	...PAYER_LINES.flatMap((line) => PAYER_DRIVER_SUFFIXES.map((suffix) => payerDriver(line, suffix)))
] as readonly Driver[];

/** One uncertain input of the income model: three practice drivers and three per payer line. */
export type Driver =
	| 'rampUpMonths'
	| 'medicalSessionsPerWeek'
	| 'medicalCashPriceUsd'
	| `${PayerLineId}${(typeof PAYER_DRIVER_SUFFIXES)[number]}`;

/** A three-point estimate in the driver's own units (low ≤ likely ≤ high). */
export interface DriverRange {
	low: number;
	likely: number;
	high: number;
}

/** Three-point estimates for some drivers; drivers left out keep their value from the inputs. */
export type DriverRanges = Partial<Record<Driver, DriverRange>>;

/**
 * Mulberry32, a small, fast 32-bit seeded pseudo-random generator (public-domain algorithm by
 * Tommy Ettinger; the constants 0x6D2B79F5, 15, 7, 61, 14 and 2³² are the algorithm's own).
 * Not cryptographic. Period 2³².
 *
 * Formula: state ← state + 0x6D2B79F5 (mod 2³²); the output mixes the state with xor-shifts and
 * 32-bit multiplications and divides by 2³² → a float in [0, 1).
 *
 * Worked example: `const next = mulberry32(42); next(); next();` gives the same two numbers on
 * every run and every machine; `mulberry32(43)` gives a different stream.
 *
 * @param seed any number; it is reduced to an unsigned 32-bit integer (seed >>> 0).
 * @returns a function returning the next number in [0, 1).
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** MurmurHash3's 32-bit finaliser (constants from MurmurHash3): spreads nearby integers far apart. */
function fmix32(x: number): number {
	let h = x >>> 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/**
 * Seed of path `pathIndex` in an experiment seeded with `seed`: fmix32(seed ⊕ fmix32(pathIndex + 1)).
 * Each path has its own stream, so results do not depend on how the paths are sliced.
 */
function pathSeed(seed: number, pathIndex: number): number {
	return fmix32((seed >>> 0) ^ fmix32(pathIndex + 1));
}

/**
 * Inverse-CDF sample of a triangular distribution.
 *
 * Formula: with c = (likely − low) / (high − low), u < c → low + √(u (high − low)(likely − low)),
 * otherwise high − √((1 − u)(high − low)(high − likely)); low when low = high. Result clamped
 * to [low, high] against floating-point overshoot. Units: the range's own.
 *
 * Worked example: low 0, likely 0, high 10, u = 0.64 → c = 0 → 10 − √(0.36 × 10 × 10) = 4.
 *
 * @param u a uniform number in [0, 1).
 * @throws RangeError if low ≤ likely ≤ high fails or u is outside 0–1.
 */
export function sampleTriangular(range: DriverRange, u: number): number {
	const { low, likely, high } = range;
	if (!(low <= likely && likely <= high)) {
		throw new RangeError('range must have low ≤ likely ≤ high (finite numbers)');
	}
	if (!(u >= 0 && u <= 1)) throw new RangeError('u must be 0–1');
	const width = high - low;
	if (width === 0) return low;
	const value =
		u * width < likely - low
			? low + Math.sqrt(u * width * (likely - low))
			: high - Math.sqrt((1 - u) * width * (high - likely));
	return Math.min(high, Math.max(low, value));
}

/**
 * Checks three-point ranges: each driver's low, likely and high must be valid values of that
 * input field (see INCOME_INPUT_LIMITS) and low ≤ likely ≤ high.
 *
 * Worked example: `{ denialRate: { low: 0.3, likely: 0.1, high: 0.4 } }` throws
 * `RangeError('ranges.denialRate must have low ≤ likely ≤ high')`.
 *
 * @throws RangeError naming the driver and bound, e.g. `ranges.denialRate.high: denialRate must be 0–1`.
 */
export function validateDriverRanges(ranges: DriverRanges): void {
	if (typeof ranges !== 'object' || ranges === null)
		throw new RangeError('ranges must be an object');
	for (const key of Object.keys(ranges)) {
		if (!(DRIVERS as readonly string[]).includes(key)) {
			throw new RangeError(`ranges.${key} is not a driver (expected one of ${DRIVERS.join(', ')})`);
		}
	}
	for (const driver of DRIVERS) {
		const range = ranges[driver];
		if (range === undefined) continue;
		for (const bound of ['low', 'likely', 'high'] as const) {
			assertFieldInRange(driver, range[bound], `ranges.${driver}.${bound}: `);
		}
		if (!(range.low <= range.likely && range.likely <= range.high)) {
			throw new RangeError(`ranges.${driver} must have low ≤ likely ≤ high`);
		}
	}
}

/**
 * The inputs with every driver that has a range set to its `likely` value (other fields as given).
 *
 * Worked example: inputs.denialRate 0.1 with ranges `{ denialRate: {low: 0.05, likely: 0.12, high: 0.3} }`
 * → a copy with denialRate 0.12.
 */
export function withLikelyValues(inputs: IncomeInputs, ranges: DriverRanges): IncomeInputs {
	const result: IncomeInputs = { ...inputs };
	for (const driver of DRIVERS) {
		const range = ranges[driver];
		if (range !== undefined) result[driver] = range.likely;
	}
	return result;
}

/** Options of {@link simulateIncome} / {@link createSimulation}. */
export interface SimulationOptions {
	/** Number of Monte Carlo paths, an integer 1–1 000 000. Default 5000. */
	paths?: number;
	/** Seed of the experiment (reduced to an unsigned 32-bit integer); same seed → same results. */
	seed: number;
}

/**
 * Running state of a Monte Carlo experiment. A plain object of numbers and typed arrays, so it
 * can be posted to / from a Web Worker. Create with {@link createSimulation}, fill with
 * {@link simulatePaths} in any number of slices, read with {@link summarizeSimulation}.
 */
export interface SimulationAccumulator {
	readonly inputs: IncomeInputs;
	readonly ranges: DriverRanges;
	readonly seed: number;
	/** Total paths of the experiment. */
	readonly paths: number;
	readonly horizonMonths: number;
	/** Monthly discount rate used for each path's NPV. */
	readonly discountRateMonthly: number;
	/** Cumulative cash, month-major: index month × paths + path, months 0…H. */
	readonly cumulativeCashUsd: Float64Array;
	/** NPV of each path (USD). */
	readonly npvUsd: Float64Array;
	/** 1 when the path's cumulative cash reached ≥ 0 within the horizon. */
	readonly paidBack: Uint8Array;
	/** 1 when the path has been simulated. */
	readonly done: Uint8Array;
	/** Number of paths simulated so far. */
	completed: number;
}

/** Summary of a Monte Carlo experiment (over the paths completed so far). */
export interface SimulationResult {
	/** 10th percentile of cumulative cash at each month index 0…H (USD). */
	p10: number[];
	/** Median cumulative cash at each month index 0…H (USD). */
	p50: number[];
	/** 90th percentile of cumulative cash at each month index 0…H (USD). */
	p90: number[];
	/** Share of paths whose cumulative cash reaches ≥ 0 within the horizon (payback not null). Fraction 0–1. */
	probabilityOfPayback: number;
	/** 10th / 50th / 90th percentiles of the paths' NPV at the inputs' discount rate (USD). */
	npvP10Usd: number;
	npvP50Usd: number;
	npvP90Usd: number;
	/** Number of paths summarised. */
	paths: number;
}

/**
 * Sets up a Monte Carlo experiment without running any path.
 *
 * Validates the inputs and ranges, then allocates (H + 1) × paths doubles of cumulative cash
 * (5000 paths × 61 months ≈ 2.4 MB). Units: see {@link SimulationAccumulator}.
 *
 * Worked example: `const acc = createSimulation(inputs, ranges, { paths: 5000, seed: 1 });`
 * then `simulatePaths(acc, 0, 1000)` … `simulatePaths(acc, 4000, 5000)` and
 * `summarizeSimulation(acc)` — identical to `simulateIncome(inputs, ranges, { paths: 5000, seed: 1 })`.
 *
 * @throws RangeError naming the field, driver range, `paths` or `seed`.
 */
export function createSimulation(
	inputs: IncomeInputs,
	ranges: DriverRanges,
	options: SimulationOptions
): SimulationAccumulator {
	validateIncomeInputs(inputs);
	validateDriverRanges(ranges);
	const paths = options.paths ?? 5000;
	if (!Number.isInteger(paths) || paths < 1 || paths > 1_000_000) {
		throw new RangeError('paths must be an integer 1–1000000');
	}
	if (!Number.isInteger(options.seed)) throw new RangeError('seed must be an integer');
	const horizonMonths = inputs.horizonMonths;
	return {
		inputs: { ...inputs },
		ranges: structuredCloneRanges(ranges),
		seed: options.seed >>> 0,
		paths,
		horizonMonths,
		discountRateMonthly: monthlyRateFromAnnual(inputs.discountRateAnnual),
		cumulativeCashUsd: new Float64Array((horizonMonths + 1) * paths),
		npvUsd: new Float64Array(paths),
		paidBack: new Uint8Array(paths),
		done: new Uint8Array(paths),
		completed: 0
	};
}

function structuredCloneRanges(ranges: DriverRanges): DriverRanges {
	const copy: DriverRanges = {};
	for (const driver of DRIVERS) {
		const r = ranges[driver];
		if (r !== undefined) copy[driver] = { low: r.low, likely: r.likely, high: r.high };
	}
	return copy;
}

/**
 * Runs paths `from` … `to − 1` of an experiment and stores them in the accumulator.
 *
 * Per path: a PRNG seeded from (seed, path index) draws one uniform number per driver in
 * {@link DRIVERS} order (always all of them, so streams never shift); each driver with a range takes
 * {@link sampleTriangular} of its range, the others keep the input value; the model is run on
 * those inputs (same code as projectIncome) and the path's cumulative cash (month 0…H), NPV and
 * whether cumulative cash reached ≥ 0 are stored. Re-running a path overwrites it with the same
 * values. Units: USD.
 *
 * Worked example: `simulatePaths(acc, 0, 2500); simulatePaths(acc, 2500, 5000);` fills a
 * 5000-path accumulator in two chunks.
 *
 * @throws RangeError `from`/`to` must satisfy 0 ≤ from ≤ to ≤ paths (integers).
 */
export function simulatePaths(acc: SimulationAccumulator, from: number, to: number): void {
	if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > acc.paths || from > to) {
		throw new RangeError(`from and to must be integers with 0 ≤ from ≤ to ≤ ${acc.paths}`);
	}
	const horizon = acc.horizonMonths;
	const paths = acc.paths;
	const sampled: IncomeInputs = { ...acc.inputs };
	const state: ModelState = createModelState();
	const flows = new Float64Array(horizon + 1);
	const scratch = new Float64Array(scratchLength(horizon));
	const ranges = DRIVERS.map((driver) => acc.ranges[driver]);
	const cumulativeAll = acc.cumulativeCashUsd;
	for (let path = from; path < to; path++) {
		const random = mulberry32(pathSeed(acc.seed, path));
		for (let d = 0; d < DRIVERS.length; d++) {
			const u = random();
			const range = ranges[d];
			if (range !== undefined) sampled[DRIVERS[d] as Driver] = sampleTriangular(range, u);
		}
		deriveModel(sampled, state);
		runModel(state, flows, scratch, null);
		let cumulative = 0;
		let reached = 0;
		for (let m = 0; m <= horizon; m++) {
			cumulative += flows[m] as number;
			cumulativeAll[m * paths + path] = cumulative;
			if (cumulative >= 0) reached = 1;
		}
		acc.npvUsd[path] = npvUnchecked(acc.discountRateMonthly, flows);
		acc.paidBack[path] = reached;
		if (acc.done[path] === 0) {
			acc.done[path] = 1;
			acc.completed++;
		}
	}
}

/**
 * Percentile of sorted values with linear interpolation between order statistics (the
 * "type 7" definition used by NumPy and R by default): position = p × (n − 1).
 */
function percentileOfSorted(sorted: Float64Array, n: number, p: number): number {
	const position = p * (n - 1);
	const lower = Math.floor(position);
	const upper = Math.min(lower + 1, n - 1);
	const a = sorted[lower] as number;
	const b = sorted[upper] as number;
	return a === b ? a : a + (b - a) * (position - lower);
}

/**
 * Summarises the paths completed so far: for each month index 0…H the 10th, 50th and 90th
 * percentiles of cumulative cash across paths (linear interpolation between order statistics,
 * position = p × (n − 1)), the share of paths whose cumulative cash reached ≥ 0 within the
 * horizon, and NPV percentiles. Does not modify the accumulator. Units: USD; probability as a
 * fraction.
 *
 * Worked example: with 5 paths whose month-12 cumulative cash is [−3, −1, 0, 2, 10], p10 sits at
 * position 0.4 → −3 + 0.4 × 2 = −2.2; p50 = 0; p90 at position 3.6 → 2 + 0.6 × 8 = 6.8.
 *
 * @throws RangeError if no path has been simulated yet.
 */
export function summarizeSimulation(acc: SimulationAccumulator): SimulationResult {
	const n = acc.completed;
	if (n === 0) throw new RangeError('completed must be ≥ 1: run simulatePaths first');
	const paths = acc.paths;
	const column = new Float64Array(n);
	const p10: number[] = [];
	const p50: number[] = [];
	const p90: number[] = [];
	const fill = (source: Float64Array, offset: number): void => {
		if (n === paths) {
			column.set(source.subarray(offset, offset + paths));
			return;
		}
		let j = 0;
		for (let i = 0; i < paths; i++)
			if (acc.done[i] === 1) column[j++] = source[offset + i] as number;
	};
	for (let m = 0; m <= acc.horizonMonths; m++) {
		fill(acc.cumulativeCashUsd, m * paths);
		column.sort();
		p10.push(percentileOfSorted(column, n, 0.1));
		p50.push(percentileOfSorted(column, n, 0.5));
		p90.push(percentileOfSorted(column, n, 0.9));
	}
	fill(acc.npvUsd, 0);
	column.sort();
	let paidBack = 0;
	for (let i = 0; i < paths; i++) if (acc.done[i] === 1) paidBack += acc.paidBack[i] as number;
	return {
		p10,
		p50,
		p90,
		probabilityOfPayback: paidBack / n,
		npvP10Usd: percentileOfSorted(column, n, 0.1),
		npvP50Usd: percentileOfSorted(column, n, 0.5),
		npvP90Usd: percentileOfSorted(column, n, 0.9),
		paths: n
	};
}

/**
 * Monte Carlo of the incremental cumulative cash: {@link createSimulation} +
 * {@link simulatePaths} over all paths + {@link summarizeSimulation}.
 *
 * Each driver with a range is drawn independently from a triangular(low, likely, high)
 * distribution per path; everything else stays at the inputs. Percentiles are taken month by
 * month (so the p50 line is not one path). Units: USD; months 0…H.
 *
 * Worked example: with every range degenerate (low = likely = high = the input value) every
 * path equals `projectIncome(inputs).cumulativeCashUsd`, so p10 = p50 = p90 = that array and
 * probabilityOfPayback is 1 or 0.
 *
 * @throws RangeError naming the field, range, `paths` or `seed`.
 */
export function simulateIncome(
	inputs: IncomeInputs,
	ranges: DriverRanges,
	options: SimulationOptions
): SimulationResult {
	const acc = createSimulation(inputs, ranges, options);
	simulatePaths(acc, 0, acc.paths);
	return summarizeSimulation(acc);
}

/** One bar of the tornado chart. */
export interface TornadoBar {
	driver: Driver;
	/** The driver's low value (its own units). */
	low: number;
	/** The driver's high value (its own units). */
	high: number;
	/** NPV (USD) with this driver at low and every other ranged driver at likely. */
	npvLow: number;
	/** NPV (USD) with this driver at high and every other ranged driver at likely. */
	npvHigh: number;
	/** |npvHigh − npvLow| (USD). */
	swing: number;
}

/**
 * One-at-a-time sensitivity of NPV to each driver that has a range.
 *
 * For each ranged driver: NPV with that driver at `low` and at `high`, every other ranged driver
 * at `likely`, all other fields as in `inputs`, discounting at (1 + discountRateAnnual)^(1/12) − 1
 * (this argument overrides inputs.discountRateAnnual). swing = |npvHigh − npvLow|. Sorted by
 * swing, largest first (ties keep {@link DRIVERS} order). Units: USD; driver values in their own
 * units. Drivers without a range are omitted.
 *
 * Worked example: if medicalSessionsPerWeek 4/8/12 gives NPVs 10 000 / 30 000 and denialRate
 * 0.05/0.1/0.3 gives 22 000 / 18 000, the bars are medicalSessionsPerWeek (swing 20 000) then
 * denialRate (swing 4 000).
 *
 * @throws RangeError naming the field or range.
 */
export function tornado(
	inputs: IncomeInputs,
	ranges: DriverRanges,
	discountRateAnnual: number
): TornadoBar[] {
	validateIncomeInputs(inputs);
	validateDriverRanges(ranges);
	assertFieldInRange('discountRateAnnual', discountRateAnnual);
	const likely = withLikelyValues(inputs, ranges);
	const rate = monthlyRateFromAnnual(discountRateAnnual);
	const state = createModelState();
	const flows = new Float64Array(inputs.horizonMonths + 1);
	const scratch = new Float64Array(scratchLength(inputs.horizonMonths));
	const npvWith = (scenario: IncomeInputs): number => {
		runModel(deriveModel(scenario, state), flows, scratch, null);
		return npvUnchecked(rate, flows);
	};
	const bars: TornadoBar[] = [];
	for (const driver of DRIVERS) {
		const range = ranges[driver];
		if (range === undefined) continue;
		const npvLow = npvWith({ ...likely, [driver]: range.low });
		const npvHigh = npvWith({ ...likely, [driver]: range.high });
		bars.push({
			driver,
			low: range.low,
			high: range.high,
			npvLow,
			npvHigh,
			swing: Math.abs(npvHigh - npvLow)
		});
	}
	return bars.sort((a, b) => b.swing - a.swing);
}
