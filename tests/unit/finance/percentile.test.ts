import { describe, expect, it } from 'vitest';
import { percentileRank, percentileRankDetail, type PercentilePoint } from '$lib/finance';

// Shaped like BLS OEWS annual wage percentiles (illustrative numbers).
const wages: PercentilePoint[] = [
	{ p: 10, value: 40_000 },
	{ p: 25, value: 50_000 },
	{ p: 50, value: 60_000 },
	{ p: 75, value: 75_000 },
	{ p: 90, value: 95_000 }
];

describe('percentileRank', () => {
	it('returns the published p at a published value', () => {
		for (const point of wages) expect(percentileRank(point.value as number, wages)).toBe(point.p);
	});

	it('interpolates linearly between published points', () => {
		// 55 000 is halfway from p25 (50 000) to p50 (60 000): 25 + 25 × 0.5 = 37.5
		expect(percentileRank(55_000, wages)).toBe(37.5);
		// 85 000: 75 + 15 × (10 000 / 20 000) = 82.5
		expect(percentileRank(85_000, wages)).toBe(82.5);
		// 42 000: 10 + 15 × (2 000 / 10 000) = 13
		expect(percentileRank(42_000, wages)).toBeCloseTo(13, 12);
	});

	it('clamps outside the published range and flags it in the detail', () => {
		expect(percentileRank(20_000, wages)).toBe(10);
		expect(percentileRankDetail(20_000, wages)).toEqual({ percentile: 10, position: 'below' });
		expect(percentileRank(200_000, wages)).toBe(90);
		expect(percentileRankDetail(200_000, wages)).toEqual({ percentile: 90, position: 'above' });
		expect(percentileRankDetail(40_000, wages)).toEqual({ percentile: 10, position: 'within' });
		expect(percentileRankDetail(95_000, wages)).toEqual({ percentile: 90, position: 'within' });
	});

	it('skips null points (e.g. a top-coded p90) and accepts any order', () => {
		const topCoded: PercentilePoint[] = [
			{ p: 90, value: null },
			{ p: 50, value: 60_000 },
			{ p: 10, value: 40_000 },
			{ p: 75, value: 75_000 },
			{ p: 25, value: 50_000 }
		];
		expect(percentileRank(70_000, topCoded)).toBeCloseTo(50 + (25 * 10_000) / 15_000, 12);
		expect(percentileRankDetail(80_000, topCoded)).toEqual({ percentile: 75, position: 'above' });
	});

	it('gives the highest p on a flat stretch', () => {
		const flat: PercentilePoint[] = [
			{ p: 10, value: 30_000 },
			{ p: 25, value: 30_000 },
			{ p: 50, value: 40_000 }
		];
		expect(percentileRank(30_000, flat)).toBe(25);
		expect(percentileRank(35_000, flat)).toBe(37.5);
	});

	it('returns null without usable points', () => {
		expect(percentileRank(50_000, [])).toBeNull();
		expect(percentileRank(50_000, [{ p: 50, value: null }])).toBeNull();
	});

	it('rejects impossible inputs naming the field', () => {
		expect(() => percentileRank(Number.NaN, wages)).toThrow(/value/);
		expect(() => percentileRank(1, [{ p: 120, value: 1 }])).toThrow(/points\[\]\.p/);
		expect(() =>
			percentileRank(1, [
				{ p: 10, value: 5 },
				{ p: 10, value: 6 }
			])
		).toThrow(/points\[\]\.p must not repeat/);
		expect(() =>
			percentileRank(1, [
				{ p: 10, value: 5 },
				{ p: 50, value: 4 }
			])
		).toThrow(/points\[\]\.value must not decrease/);
	});
});
