/**
 * Discounted cash-flow primitives: net present value, internal rate of return, payback period
 * and level loan payments. Pure functions, no rounding: callers round for display only.
 *
 * Conventions used throughout: `cashFlows[0]` happens at t = 0 (undiscounted), `cashFlows[t]`
 * at the end of period t; rates are fractions per period (0.05 = 5 % per period).
 *
 * @module
 */

/** Lowest rate per period the IRR search considers: −99.99 % (1 + r = 1e-4). */
export const IRR_MIN_RATE = -0.9999;
/** Highest rate per period the IRR search considers: 1e6 (1 + r ≈ 1e6). */
export const IRR_MAX_RATE = 1e6;

/** Grid points (evenly spaced in ln(1 + r)) used to bracket roots when flows change sign more than once. */
const IRR_GRID_POINTS = 2001;

/** Throws a RangeError naming the offending element unless every cash flow is a finite number. */
function assertFiniteFlows(cashFlows: ArrayLike<number>, field = 'cashFlows'): void {
	for (let t = 0; t < cashFlows.length; t++) {
		const c = cashFlows[t];
		if (typeof c !== 'number' || !Number.isFinite(c)) {
			throw new RangeError(`${field}[${t}] must be a finite number`);
		}
	}
}

/**
 * Unchecked NPV by Horner's rule, Σ cashFlows[t] / (1 + r)^t (flows' currency); shared by
 * {@link npv} and the Monte Carlo fast path, which pass already-finite flows.
 *
 * Worked example: npvUnchecked(0.1, [−100, 110]) = −100 + 110 / 1.1 = 0.
 * @internal
 */
export function npvUnchecked(ratePerPeriod: number, cashFlows: ArrayLike<number>): number {
	const n = cashFlows.length;
	if (n === 0) return 0;
	const discountFactor = 1 / (1 + ratePerPeriod);
	let acc = cashFlows[n - 1] as number;
	for (let t = n - 2; t >= 0; t--) acc = acc * discountFactor + (cashFlows[t] as number);
	return acc;
}

/**
 * Net present value of a series of cash flows.
 *
 * Formula: NPV = Σₜ cashFlows[t] / (1 + ratePerPeriod)^t for t = 0 … n−1, so `cashFlows[0]` is
 * not discounted. Evaluated with Horner's rule (same value, fewer operations). Units: the same
 * currency as the flows (USD in this app); the rate is a fraction per period (monthly flows →
 * monthly rate). An empty series is worth 0. No constants.
 *
 * Worked example: rate 0.05, flows [−1000, 300, 400, 500] →
 * −1000 + 300/1.05 + 400/1.05² + 500/1.05³ = −1000 + 285.714… + 362.812… + 431.919… ≈ 80.4449.
 *
 * @param ratePerPeriod discount rate per period as a fraction; must be > −1.
 * @param cashFlows one flow per period, flows[0] at t = 0.
 * @returns the NPV in the flows' currency (may be ±Infinity only if the true value overflows a double).
 * @throws RangeError if the rate is not > −1 or a flow is not finite.
 */
export function npv(ratePerPeriod: number, cashFlows: readonly number[]): number {
	if (!(ratePerPeriod > -1) || !Number.isFinite(ratePerPeriod)) {
		throw new RangeError('ratePerPeriod must be a finite number > -1');
	}
	assertFiniteFlows(cashFlows);
	return npvUnchecked(ratePerPeriod, cashFlows);
}

/**
 * A positive multiple of NPV at growth factor z = 1 + r, arranged so it never overflows:
 * for z ≥ 1 it is the NPV itself (powers of 1/z ≤ 1); for z < 1 it is NPV × z^(n−1)
 * (powers of z ≤ 1). Same sign and same roots as NPV.
 */
function scaledNpv(z: number, cashFlows: ArrayLike<number>): number {
	const n = cashFlows.length;
	if (z >= 1) {
		const x = 1 / z;
		let acc = cashFlows[n - 1] as number;
		for (let t = n - 2; t >= 0; t--) acc = acc * x + (cashFlows[t] as number);
		return acc;
	}
	let acc = cashFlows[0] as number;
	for (let t = 1; t < n; t++) acc = acc * z + (cashFlows[t] as number);
	return acc;
}

/** Bisection on y = ln(1 + r) between lo and hi whose scaled NPVs have opposite signs; runs to float resolution. */
function bisectLogRate(
	cashFlows: ArrayLike<number>,
	yLo: number,
	yHi: number,
	gLo: number
): number {
	let lo = yLo;
	let hi = yHi;
	let signLo = Math.sign(gLo);
	for (let i = 0; i < 200; i++) {
		const mid = lo + (hi - lo) / 2;
		if (mid === lo || mid === hi) break;
		const g = scaledNpv(Math.exp(mid), cashFlows);
		if (g === 0) return mid;
		if (Math.sign(g) === signLo) {
			lo = mid;
			signLo = Math.sign(g);
		} else {
			hi = mid;
		}
	}
	return lo + (hi - lo) / 2;
}

/**
 * Internal rate of return: the rate per period r at which {@link npv}(r, cashFlows) = 0.
 *
 * Method: zero flows are ignored when counting sign changes. With no sign change there is no
 * root → `null` (this includes all-positive, all-negative and all-zero flows). With exactly
 * one sign change Descartes' rule of signs allows at most one root, so the NPV is bracketed
 * between r = {@link IRR_MIN_RATE} (−0.9999) and r = {@link IRR_MAX_RATE} (1e6) and the root is
 * found by bisection on ln(1 + r) down to floating-point resolution; if both ends have the same
 * sign the root lies outside that range → `null`. With two or more sign changes several roots
 * may exist: the same range is scanned on a grid of 2001 points evenly spaced in ln(1 + r)
 * (≈ 1.2 % steps in 1 + r), every bracketed root is refined by bisection, and the root
 * **closest to 0** is returned (e.g. 0.1 rather than 0.2 for [−100, 230, −132]); `null` if the
 * NPV never changes sign on the grid. Two roots closer together than one grid step, or a double
 * root where the NPV touches zero without crossing, can be missed.
 *
 * Units: a fraction per period (monthly flows → monthly IRR). No constants other than the
 * documented search range.
 *
 * Worked example: [−100, 110] → −100 + 110/(1 + r) = 0 → r = 0.1.
 *
 * @returns the rate per period, or `null` when there is no root in (−0.9999, 1e6).
 * @throws RangeError if a flow is not finite.
 */
export function irr(cashFlows: readonly number[]): number | null {
	assertFiniteFlows(cashFlows);
	let signChanges = 0;
	let lastSign = 0;
	for (const c of cashFlows) {
		const s = Math.sign(c);
		if (s === 0) continue;
		if (lastSign !== 0 && s !== lastSign) signChanges++;
		lastSign = s;
	}
	if (signChanges === 0) return null;

	const yMin = Math.log1p(IRR_MIN_RATE);
	const yMax = Math.log1p(IRR_MAX_RATE);

	if (signChanges === 1) {
		const gMin = scaledNpv(Math.exp(yMin), cashFlows);
		const gMax = scaledNpv(Math.exp(yMax), cashFlows);
		if (gMin === 0) return IRR_MIN_RATE;
		if (gMax === 0) return IRR_MAX_RATE;
		if (Math.sign(gMin) === Math.sign(gMax)) return null;
		return Math.expm1(bisectLogRate(cashFlows, yMin, yMax, gMin));
	}

	let best: number | null = null;
	const consider = (y: number): void => {
		const r = Math.expm1(y);
		if (best === null || Math.abs(r) < Math.abs(best)) best = r;
	};
	const step = (yMax - yMin) / (IRR_GRID_POINTS - 1);
	let yPrev = yMin;
	let gPrev = scaledNpv(Math.exp(yPrev), cashFlows);
	if (gPrev === 0) consider(yPrev);
	for (let i = 1; i < IRR_GRID_POINTS; i++) {
		const y = i === IRR_GRID_POINTS - 1 ? yMax : yMin + i * step;
		const g = scaledNpv(Math.exp(y), cashFlows);
		if (g === 0) consider(y);
		else if (gPrev !== 0 && Math.sign(g) !== Math.sign(gPrev)) {
			consider(bisectLogRate(cashFlows, yPrev, y, gPrev));
		}
		yPrev = y;
		gPrev = g;
	}
	return best;
}

/**
 * Payback period: the first point in time at which the running total of the cash flows
 * reaches ≥ 0, interpolated linearly inside the period where it crosses.
 *
 * Formula: let Cₜ = Σ_{s ≤ t} cashFlows[s]. If C₀ = cashFlows[0] ≥ 0 the payback is 0.
 * Otherwise find the first t with Cₜ ≥ 0 (so cashFlows[t] > 0) and return
 * (t − 1) + (−C_{t−1}) / cashFlows[t], i.e. the cash of period t is assumed to arrive evenly
 * through the period. Later dips back below zero are ignored (it is the *first* crossing).
 * Units: periods (months for monthly flows). No constants.
 *
 * Worked example: [−1000, 300, 400, 500] → running totals −1000, −700, −300, +200; crosses
 * in period 3 → 2 + 300/500 = 2.6.
 *
 * @returns a number in [0, n − 1], or `null` if the running total never reaches 0 (also for
 * an empty series).
 * @throws RangeError if a flow is not finite.
 */
export function paybackPeriod(cashFlows: readonly number[]): number | null {
	assertFiniteFlows(cashFlows);
	return paybackUnchecked(cashFlows);
}

/**
 * Unchecked payback period in periods; same formula as {@link paybackPeriod}, for flows already
 * known to be finite.
 *
 * Worked example: [−1000, 300, 400, 500] → 2 + 300/500 = 2.6.
 * @internal
 */
export function paybackUnchecked(cashFlows: ArrayLike<number>): number | null {
	const n = cashFlows.length;
	if (n === 0) return null;
	let cumulative = cashFlows[0] as number;
	if (cumulative >= 0) return 0;
	for (let t = 1; t < n; t++) {
		const flow = cashFlows[t] as number;
		const previous = cumulative;
		cumulative += flow;
		if (cumulative >= 0) return t - 1 + -previous / flow;
	}
	return null;
}

/**
 * Level (annuity) payment that repays a loan over a number of equal periods.
 *
 * Formula: payment = principal × r / (1 − (1 + r)^(−periods)); when r = 0 it is
 * principal ÷ periods. The denominator is evaluated as −expm1(−periods × ln(1 + r)) so tiny
 * rates stay accurate. Units: the principal's currency per period; r is a fraction per period.
 * No constants.
 *
 * Worked example: 10 000 at 0.005 per month for 60 months →
 * 10000 × 0.005 / (1 − 1.005^(−60)) = 50 / 0.2586278… ≈ 193.3280 per month.
 *
 * @param principal amount borrowed, ≥ 0.
 * @param ratePerPeriod interest rate per period as a fraction, > −1.
 * @param periods number of payments, an integer 1–1200.
 * @throws RangeError naming the field for impossible inputs.
 */
export function loanPayment(principal: number, ratePerPeriod: number, periods: number): number {
	if (!(principal >= 0) || !Number.isFinite(principal)) {
		throw new RangeError('principal must be a finite number ≥ 0');
	}
	if (!(ratePerPeriod > -1) || !Number.isFinite(ratePerPeriod)) {
		throw new RangeError('ratePerPeriod must be a finite number > -1');
	}
	if (!Number.isInteger(periods) || periods < 1 || periods > 1200) {
		throw new RangeError('periods must be an integer 1–1200');
	}
	if (ratePerPeriod === 0) return principal / periods;
	return (principal * ratePerPeriod) / -Math.expm1(-periods * Math.log1p(ratePerPeriod));
}

/**
 * Converts an annual rate to the equivalent compound rate per month.
 *
 * Formula: monthly = (1 + annual)^(1/12) − 1, evaluated as expm1(ln(1 + annual) / 12) for
 * accuracy near 0. Units: fractions per year in, fraction per month out. The 12 is months per
 * year.
 *
 * Worked example: 0.12682503… (= 1.01¹² − 1) → 0.01 per month; 0.10 → 0.0079741…
 *
 * @throws RangeError if `annualRate` is not a finite number > −1.
 */
export function monthlyRateFromAnnual(annualRate: number): number {
	if (!(annualRate > -1) || !Number.isFinite(annualRate)) {
		throw new RangeError('annualRate must be a finite number > -1');
	}
	return Math.expm1(Math.log1p(annualRate) / 12);
}

/**
 * Converts a compound rate per month to the equivalent annual rate.
 *
 * Formula: annual = (1 + monthly)^12 − 1, evaluated as expm1(12 × ln(1 + monthly)). Units:
 * fraction per month in, fraction per year out. The 12 is months per year.
 *
 * Worked example: 0.01 per month → 1.01¹² − 1 ≈ 0.126825.
 *
 * @throws RangeError if `monthlyRate` is not a finite number > −1.
 */
export function annualRateFromMonthly(monthlyRate: number): number {
	if (!(monthlyRate > -1) || !Number.isFinite(monthlyRate)) {
		throw new RangeError('monthlyRate must be a finite number > -1');
	}
	return Math.expm1(12 * Math.log1p(monthlyRate));
}
