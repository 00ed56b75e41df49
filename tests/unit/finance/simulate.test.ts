import { describe, expect, it } from 'vitest';
import {
	createSimulation,
	DRIVERS,
	mulberry32,
	projectIncome,
	sampleTriangular,
	simulateIncome,
	simulatePaths,
	summarizeSimulation,
	tornado,
	withLikelyValues,
	type DriverRanges,
	type IncomeInputs
} from '$lib/finance';
import { realisticInputs } from './fixtures';

const ranges: DriverRanges = {
	rampUpMonths: { low: 3, likely: 6, high: 12 },
	medicalSessionsPerWeek: { low: 4, likely: 10, high: 14 },
	privateAllowedUsd: { low: 22, likely: 29.76, high: 35 },
	privateDenialRate: { low: 0.05, likely: 0.12, high: 0.3 },
	privateDaysToPayment: { low: 20, likely: 45, high: 120 },
	medicalCashPriceUsd: { low: 80, likely: 110, high: 140 }
};

function degenerate(inputs: IncomeInputs): DriverRanges {
	const result: DriverRanges = {};
	for (const driver of DRIVERS) {
		const v = inputs[driver];
		result[driver] = { low: v, likely: v, high: v };
	}
	return result;
}

describe('mulberry32', () => {
	it('is deterministic per seed and differs between seeds', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const c = mulberry32(43);
		const xs = Array.from({ length: 5 }, () => a());
		expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
		expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
	});

	it('returns roughly uniform numbers in [0, 1)', () => {
		const next = mulberry32(2025);
		const n = 100_000;
		const bins = new Array<number>(10).fill(0);
		let sum = 0;
		let outside = 0;
		for (let i = 0; i < n; i++) {
			const x = next();
			if (!(x >= 0 && x < 1)) outside++;
			sum += x;
			bins[Math.floor(x * 10)]! += 1;
		}
		expect(outside).toBe(0);
		expect(sum / n).toBeCloseTo(0.5, 2);
		// χ² with 9 degrees of freedom; 27.88 is the 0.1 % critical value
		const chi2 = bins.reduce((acc, count) => acc + (count - n / 10) ** 2 / (n / 10), 0);
		expect(chi2).toBeLessThan(27.88);
	});
});

describe('sampleTriangular', () => {
	it('inverts the triangular CDF', () => {
		// low 0, likely 0, high 10, u = 0.64: 10 − √(0.36 × 10 × 10) = 4
		expect(sampleTriangular({ low: 0, likely: 0, high: 10 }, 0.64)).toBeCloseTo(4, 12);
		// low 0, likely 10, high 10, u = 0.25: 0 + √(0.25 × 10 × 10) = 5
		expect(sampleTriangular({ low: 0, likely: 10, high: 10 }, 0.25)).toBeCloseTo(5, 12);
		expect(sampleTriangular({ low: 2, likely: 5, high: 9 }, 0)).toBe(2);
		expect(sampleTriangular({ low: 7, likely: 7, high: 7 }, 0.5)).toBe(7);
	});

	it('rejects an unordered range or u outside 0–1', () => {
		expect(() => sampleTriangular({ low: 3, likely: 1, high: 5 }, 0.5)).toThrow(
			/low ≤ likely ≤ high/
		);
		expect(() => sampleTriangular({ low: 1, likely: 2, high: 3 }, 1.5)).toThrow(/^u must be 0–1/);
	});

	it('has mean (low + likely + high) / 3', () => {
		const next = mulberry32(7);
		const range = { low: 2, likely: 5, high: 11 };
		let sum = 0;
		const n = 200_000;
		for (let i = 0; i < n; i++) sum += sampleTriangular(range, next());
		// mean 6, standard deviation √((4 + 25 + 121 − 10 − 22 − 55) / 18) ≈ 1.87 → standard error ≈ 0.004
		expect(sum / n).toBeCloseTo(6, 1);
	});
});

describe('simulateIncome', () => {
	const inputs = realisticInputs();

	it('gives identical results for the same seed and different ones for another seed', () => {
		const a = simulateIncome(inputs, ranges, { paths: 500, seed: 11 });
		const b = simulateIncome(inputs, ranges, { paths: 500, seed: 11 });
		const c = simulateIncome(inputs, ranges, { paths: 500, seed: 12 });
		expect(b).toEqual(a);
		expect(c.p50).not.toEqual(a.p50);
	});

	it('orders the percentiles P10 ≤ P50 ≤ P90 in every month', () => {
		const r = simulateIncome(inputs, ranges, { paths: 2000, seed: 3 });
		expect(r.p10).toHaveLength(inputs.horizonMonths + 1);
		for (let m = 0; m <= inputs.horizonMonths; m++) {
			expect(r.p10[m]!).toBeLessThanOrEqual(r.p50[m]!);
			expect(r.p50[m]!).toBeLessThanOrEqual(r.p90[m]!);
		}
		expect(r.npvP10Usd).toBeLessThanOrEqual(r.npvP50Usd);
		expect(r.npvP50Usd).toBeLessThanOrEqual(r.npvP90Usd);
		expect(r.paths).toBe(2000);
		expect(r.probabilityOfPayback).toBeGreaterThanOrEqual(0);
		expect(r.probabilityOfPayback).toBeLessThanOrEqual(1);
		// month 0 is the one-time cost in every path
		expect(r.p10[0]).toBe(-7800);
		expect(r.p90[0]).toBe(-7800);
	});

	it('equals the deterministic projection when every range is degenerate', () => {
		const p = projectIncome(inputs);
		const r = simulateIncome(inputs, degenerate(inputs), { paths: 300, seed: 5 });
		expect(r.p10).toEqual(p.cumulativeCashUsd);
		expect(r.p50).toEqual(p.cumulativeCashUsd);
		expect(r.p90).toEqual(p.cumulativeCashUsd);
		expect(r.npvP50Usd).toBe(p.npvUsd);
		expect(r.probabilityOfPayback).toBe(p.paybackMonths === null ? 0 : 1);
		// also with no ranges at all
		expect(simulateIncome(inputs, {}, { paths: 10, seed: 1 }).p50).toEqual(p.cumulativeCashUsd);
	});

	it('gives the same answer when run in slices, in any order', () => {
		const whole = simulateIncome(inputs, ranges, { paths: 1000, seed: 99 });
		const acc = createSimulation(inputs, ranges, { paths: 1000, seed: 99 });
		simulatePaths(acc, 600, 1000);
		expect(summarizeSimulation(acc).paths).toBe(400);
		simulatePaths(acc, 0, 250);
		simulatePaths(acc, 250, 600);
		simulatePaths(acc, 100, 200); // re-running paths changes nothing
		expect(acc.completed).toBe(1000);
		expect(summarizeSimulation(acc)).toEqual(whole);
		// the accumulator survives a structured clone (Web Worker postMessage)
		expect(summarizeSimulation(structuredClone(acc))).toEqual(whole);
	});

	it('reports payback probability at the extremes', () => {
		expect(
			simulateIncome(inputs, ranges, { paths: 200, seed: 1 }).probabilityOfPayback
		).toBeGreaterThan(0);
		const hopeless = { ...inputs, programCostUsd: 10_000_000 };
		expect(simulateIncome(hopeless, ranges, { paths: 200, seed: 1 }).probabilityOfPayback).toBe(0);
		const free = {
			...inputs,
			programCostUsd: 0,
			equipmentUsd: 0,
			credentialingUsd: 0,
			launchMarketingUsd: 0
		};
		expect(simulateIncome(free, ranges, { paths: 200, seed: 1 }).probabilityOfPayback).toBe(1);
	});

	it('rejects impossible ranges and options naming the field', () => {
		expect(() =>
			simulateIncome(
				inputs,
				{ privateDenialRate: { low: 0.3, likely: 0.1, high: 0.4 } },
				{ seed: 1 }
			)
		).toThrow('ranges.privateDenialRate must have low ≤ likely ≤ high');
		expect(() =>
			simulateIncome(inputs, { privateDenialRate: { low: 0, likely: 0.1, high: 1.4 } }, { seed: 1 })
		).toThrow('ranges.privateDenialRate.high: privateDenialRate must be 0–1');
		expect(() =>
			simulateIncome(inputs, { tipsShare: { low: 0, likely: 0, high: 0 } } as DriverRanges, {
				seed: 1
			})
		).toThrow(/ranges\.tipsShare is not a driver/);
		expect(() => simulateIncome(inputs, ranges, { paths: 0, seed: 1 })).toThrow(/paths/);
		expect(() => simulateIncome(inputs, ranges, { seed: 0.5 })).toThrow(/seed/);
		expect(() => simulateIncome({ ...inputs, privateShare: 2 }, ranges, { seed: 1 })).toThrow(
			/privateShare/
		);
		const acc = createSimulation(inputs, ranges, { paths: 10, seed: 1 });
		expect(() => simulatePaths(acc, 5, 11)).toThrow(/from and to/);
		expect(() => summarizeSimulation(acc)).toThrow(/completed/);
	});
});

describe('tornado', () => {
	const inputs = realisticInputs();

	it('evaluates each driver at low and high with the others at likely, sorted by swing', () => {
		const bars = tornado(inputs, ranges, 0.08);
		expect(bars.map((b) => b.driver).sort()).toEqual(
			DRIVERS.filter((d) => ranges[d] !== undefined).sort()
		);
		const likely = withLikelyValues(inputs, ranges);
		for (const bar of bars) {
			const range = ranges[bar.driver]!;
			expect(bar.low).toBe(range.low);
			expect(bar.high).toBe(range.high);
			expect(bar.npvLow).toBeCloseTo(
				projectIncome({ ...likely, [bar.driver]: range.low }).npvUsd,
				6
			);
			expect(bar.npvHigh).toBeCloseTo(
				projectIncome({ ...likely, [bar.driver]: range.high }).npvUsd,
				6
			);
			expect(bar.swing).toBe(Math.abs(bar.npvHigh - bar.npvLow));
		}
		for (let i = 1; i < bars.length; i++)
			expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
		// more sessions, a higher allowed amount and a higher cash price raise NPV; more denials lower it
		const by = Object.fromEntries(bars.map((b) => [b.driver, b]));
		expect(by.medicalSessionsPerWeek!.npvHigh).toBeGreaterThan(by.medicalSessionsPerWeek!.npvLow);
		expect(by.privateDenialRate!.npvHigh).toBeLessThan(by.privateDenialRate!.npvLow);
		expect(by.rampUpMonths!.npvHigh).toBeLessThan(by.rampUpMonths!.npvLow);
	});

	it('uses its discount-rate argument and omits drivers without a range', () => {
		const one = tornado(inputs, { privateDenialRate: ranges.privateDenialRate! }, 0);
		expect(one).toHaveLength(1);
		const atZero = projectIncome({ ...inputs, discountRateAnnual: 0, privateDenialRate: 0.05 });
		expect(one[0]!.npvLow).toBeCloseTo(atZero.npvUsd, 6);
		expect(() => tornado(inputs, ranges, 2)).toThrow(/discountRateAnnual/);
		expect(tornado(inputs, {}, 0.05)).toEqual([]);
	});
});
