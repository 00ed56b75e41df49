import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecords } from '../../../src/lib/data/csv';
import {
	classEdges,
	classIndex,
	joinByFips,
	largestChanges,
	populationPerTherapist,
	quantileSorted,
	rankWithTies,
	rppAdjusted,
	swingsMoreThanAQuarter,
	vintageChange
} from '../../../src/lib/map/geo';
import { stateShapes } from '../../../src/lib/server/shapes';

const fips = parseRecords(readFileSync('data/state-fips/state-fips.csv', 'utf8')).records.map(
	(r) => r.state_fips!
);
const may2025 = parseRecords(
	readFileSync('data/bls-oews-state-2025/oews-state-2025-31-9011.csv', 'utf8')
).records.map((r) => ({ fips: r.state_fips!, abbr: r.state_abbr!, emp: Number(r.tot_emp) }));

describe('stateShapes and joinByFips', () => {
	const shapes = stateShapes(fips);

	it('projects the 50 states and DC, each with a path', () => {
		expect(shapes).toHaveLength(51);
		for (const s of shapes) expect(s.d, s.name).toMatch(/^M[\d.-]/);
		expect(shapes.find((s) => s.fips === '48')?.name).toBe('Texas');
	});

	it('gives every shape a May 2025 row or an explicit null (Vermont only)', () => {
		const joined = joinByFips(shapes, may2025);
		expect(joined.size).toBe(51);
		const missing = [...joined].filter(([, row]) => row === null).map(([f]) => f);
		expect(missing).toEqual(['50']); // Vermont: no 31-9011 row in the May 2025 file
		expect(joined.get('48')?.abbr).toBe('TX');
	});
});

describe('classEdges', () => {
	it('splits equal intervals from min to max', () => {
		// (50 − 10) / 4 = 10 per class
		expect(classEdges([10, 50, 30, null], 4, 'equal')).toEqual([10, 20, 30, 40, 50]);
	});

	it('uses R-7 quantiles for quantile classes', () => {
		// sorted 1..9, n − 1 = 8: p=0.2 → pos 1.6 → 2.6; 0.4 → 4.2; 0.6 → 5.8; 0.8 → 7.4
		const edges = classEdges([9, 1, 2, 3, 4, 5, 6, 7, 8], 5, 'quantile');
		expect(edges[0]).toBe(1);
		expect(edges[1]).toBeCloseTo(2.6, 10);
		expect(edges[2]).toBeCloseTo(4.2, 10);
		expect(edges[3]).toBeCloseTo(5.8, 10);
		expect(edges[4]).toBeCloseTo(7.4, 10);
		expect(edges[5]).toBe(9);
	});

	it('ignores missing values and returns [] when there are none', () => {
		expect(classEdges([null, null], 5, 'equal')).toEqual([]);
	});

	it('rejects a class count that is not a whole number ≥ 1', () => {
		expect(() => classEdges([1], 0, 'equal')).toThrow(RangeError);
	});

	it('quantileSorted interpolates between ranks', () => {
		expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantileSorted([7], 0.3)).toBe(7);
	});
});

describe('classIndex', () => {
	const edges = [10, 20, 30, 40, 50];
	it.each([
		[10, 0],
		[19.99, 0],
		[20, 1],
		[49, 3],
		[50, 3],
		[5, null],
		[51, null],
		[null, null]
	])('puts %s in class %s', (v, c) => {
		expect(classIndex(v, edges)).toBe(c);
	});
});

describe('rankWithTies', () => {
	it('gives tied values the same rank and skips the next', () => {
		const r = rankWithTies(
			[
				{ key: 'a', value: 5 },
				{ key: 'b', value: 7 },
				{ key: 'c', value: 5 },
				{ key: 'd', value: 1 },
				{ key: 'e', value: null }
			],
			'desc'
		);
		expect(Object.fromEntries(r)).toEqual({ a: 2, b: 1, c: 2, d: 4, e: null });
	});

	it('ranks the smallest first when ascending', () => {
		const r = rankWithTies(
			[
				{ key: 'x', value: 3 },
				{ key: 'y', value: 1 }
			],
			'asc'
		);
		expect(r.get('y')).toBe(1);
		expect(r.get('x')).toBe(2);
	});
});

describe('derived measures', () => {
	it('adjusts a wage for the price level: wage ÷ (RPP / 100)', () => {
		// 58,450 ÷ 1.10 = 53,136.3636…
		expect(rppAdjusted(58450, 110)).toBeCloseTo(53136.3636, 3);
		// Below-average prices raise the adjusted wage: 48,930 ÷ 0.875 = 55,920
		expect(rppAdjusted(48930, 87.5)).toBeCloseTo(55920, 6);
		expect(rppAdjusted(null, 100)).toBeNull();
		expect(rppAdjusted(50000, null)).toBeNull();
	});

	it('divides population by therapists', () => {
		expect(populationPerTherapist(5_000_000, 600)).toBeCloseTo(8333.3333, 3);
		expect(populationPerTherapist(5_000_000, null)).toBeNull();
		expect(populationPerTherapist(5_000_000, 0)).toBeNull();
	});

	it('measures the swing between vintages', () => {
		// Louisiana median: May 2024 58,010 → May 2025 36,480: (36480 − 58010) / 58010 = −0.37114…
		expect(vintageChange(58010, 36480)).toBeCloseTo(-0.371143, 5);
		expect(swingsMoreThanAQuarter(58010, 36480)).toBe(true);
		expect(swingsMoreThanAQuarter(100, 125)).toBe(false);
		expect(swingsMoreThanAQuarter(100, 125.01)).toBe(true);
		expect(swingsMoreThanAQuarter(null, 1)).toBe(false);
	});
});

describe('largestChanges', () => {
	it('finds the three largest May 2024 → May 2025 median swings in the two state files', () => {
		const csv = (path: string) => parseRecords(readFileSync(path, 'utf8')).records;
		const y24 = new Map(
			csv('data/bls-oews-state-2024/oews-state-2024-31-9011.csv').map((r) => [r.state_abbr, r])
		);
		const pairs = csv('data/bls-oews-state-2025/oews-state-2025-31-9011.csv').map((r) => ({
			name: r.state_name!,
			earlier: y24.get(r.state_abbr!)?.a_median ? Number(y24.get(r.state_abbr!)!.a_median) : null,
			later: r.a_median ? Number(r.a_median) : null
		}));
		const top = largestChanges(pairs, 3);
		// Wyoming 32,430 → 61,980; Louisiana 58,010 → 36,480; Michigan 54,510 → 70,960
		expect(top.map((t) => t.name)).toEqual(['Wyoming', 'Louisiana', 'Michigan']);
		expect(top[0]!.change).toBeCloseTo((61_980 - 32_430) / 32_430, 12);
		expect(top[1]!.change).toBeCloseTo((36_480 - 58_010) / 58_010, 12);
		expect(top[2]!.change).toBeCloseTo((70_960 - 54_510) / 54_510, 12);
	});

	it('skips states missing a vintage', () => {
		expect(
			largestChanges(
				[
					{ name: 'A', earlier: null, later: 10 },
					{ name: 'B', earlier: 10, later: 11 }
				],
				3
			)
		).toEqual([{ name: 'B', change: expect.closeTo(0.1, 12) }]);
	});
});
