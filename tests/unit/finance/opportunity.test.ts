import { describe, expect, it } from 'vitest';
import {
	factorRanges,
	normaliseMinMax,
	scoreOpportunity,
	type OpportunityFactor,
	type OpportunityItem
} from '$lib/finance';

describe('normaliseMinMax', () => {
	it.each([
		// value, min, max, direction, expected
		[45_000, 40_000, 60_000, 'lower', 0.75], // (60 000 − 45 000) ÷ 20 000
		[45_000, 40_000, 60_000, 'higher', 0.25], // (45 000 − 40 000) ÷ 20 000
		[40_000, 40_000, 60_000, 'lower', 1],
		[60_000, 40_000, 60_000, 'lower', 0],
		[7, 7, 7, 'higher', 0.5] // no spread: the factor cannot tell items apart
	] as const)('%s in %s–%s (%s is better) → %s', (v, min, max, dir, expected) => {
		expect(normaliseMinMax(v, min, max, dir)).toBeCloseTo(expected, 15);
	});

	it('rejects a value outside the range and a reversed range', () => {
		expect(() => normaliseMinMax(5, 6, 7, 'higher')).toThrow(/^value must be between/);
		expect(() => normaliseMinMax(5, 7, 6, 'higher')).toThrow(/^min must not exceed max/);
	});
});

describe('factorRanges', () => {
	it('ignores missing values', () => {
		const items: OpportunityItem[] = [
			{ key: 'a', values: { x: 3 } },
			{ key: 'b', values: { x: null } },
			{ key: 'c', values: { x: 7 } }
		];
		expect(factorRanges(items, ['x', 'y'])).toEqual([
			{ id: 'x', min: 3, max: 7, count: 2 },
			{ id: 'y', min: null, max: null, count: 0 }
		]);
	});
});

/**
 * Three states, two factors: wage (lower is better) and growth (higher is better).
 * A = (40 000, 10 %), B = (60 000, 20 %), C = (50 000, growth not published).
 * Normalised wage: A (60 − 40) ÷ 20 = 1, B 0, C (60 − 50) ÷ 20 = 0.5.
 * Normalised growth over A and B only: A 0, B 1.
 */
const items: OpportunityItem[] = [
	{ key: 'A', values: { wage: 40_000, growth: 10 } },
	{ key: 'B', values: { wage: 60_000, growth: 20 } },
	{ key: 'C', values: { wage: 50_000, growth: null } }
];
const factors = (wageWeight: number, growthWeight: number): OpportunityFactor[] => [
	{ id: 'wage', weight: wageWeight, direction: 'lower' },
	{ id: 'growth', weight: growthWeight, direction: 'higher' }
];

describe('scoreOpportunity', () => {
	it('scores by hand with weights 2 and 1', () => {
		const r = scoreOpportunity({ items, factors: factors(2, 1) });
		const [a, b, c] = r.scores;
		// A = 100 × (2 × 1 + 1 × 0) ÷ 3 = 66.67
		expect(a!.score).toBeCloseTo(200 / 3, 12);
		// B = 100 × (2 × 0 + 1 × 1) ÷ 3 = 33.33
		expect(b!.score).toBeCloseTo(100 / 3, 12);
		// C: growth missing → weights renormalised over wage alone: 100 × 2 × 0.5 ÷ 2 = 50
		expect(c!.score).toBeCloseTo(50, 12);
		expect(r.totalWeight).toBe(3);
	});

	it('splits each score into factor points that add up to it', () => {
		const r = scoreOpportunity({ items, factors: factors(2, 1) });
		const a = r.scores[0]!;
		// wage: share 2/3 × normalised 1 × 100 = 66.67; growth: 1/3 × 0 × 100 = 0
		expect(a.contributions.map((x) => x.weightShare)).toEqual([2 / 3, 1 / 3]);
		expect(a.contributions[0]!.points).toBeCloseTo(200 / 3, 12);
		expect(a.contributions[1]!.points).toBe(0);
		for (const s of r.scores) {
			const sum = s.contributions.reduce((t, x) => t + (x.points ?? 0), 0);
			expect(sum).toBeCloseTo(s.score!, 12);
		}
	});

	it('leaves a missing factor out (never as 0) and says so', () => {
		const r = scoreOpportunity({ items, factors: factors(2, 1) });
		const c = r.scores[2]!;
		expect(c.missing).toEqual(['growth']);
		expect(c.contributions[1]).toEqual({
			id: 'growth',
			value: null,
			normalised: null,
			weightShare: 0,
			points: null
		});
		// wage carries all of C's weight: 2 of the total 3
		expect(c.contributions[0]!.weightShare).toBe(1);
		expect(c.coverage).toBeCloseTo(2 / 3, 15);
		// Had growth counted as 0, C would be 100 × (2 × 0.5 + 0) ÷ 3 = 33.33, not 50.
		expect(c.score).not.toBeCloseTo(100 / 3, 2);
		expect(r.scores[0]!.missing).toEqual([]);
		expect(r.scores[0]!.coverage).toBe(1);
	});

	it('changes the ranking when the weights change', () => {
		// growth weighted 2, wage 1: A = 100 × (1 × 1 + 0) ÷ 3 = 33.33, B = 100 × (0 + 2 × 1) ÷ 3 = 66.67
		const r = scoreOpportunity({ items, factors: factors(1, 2) });
		expect(r.scores[0]!.score).toBeCloseTo(100 / 3, 12);
		expect(r.scores[1]!.score).toBeCloseTo(200 / 3, 12);
		// C still 50: only wage is present
		expect(r.scores[2]!.score).toBeCloseTo(50, 12);
	});

	it('does not list a factor with weight 0 as missing', () => {
		const r = scoreOpportunity({ items, factors: factors(1, 0) });
		expect(r.scores[2]!.missing).toEqual([]);
		expect(r.scores[2]!.score).toBeCloseTo(50, 12);
		expect(r.scores[0]!.score).toBeCloseTo(100, 12);
	});

	it('gives no score when no weighted factor has a value', () => {
		const r = scoreOpportunity({ items, factors: factors(0, 1) });
		expect(r.scores[2]!.score).toBeNull();
		expect(r.scores[2]!.missing).toEqual(['growth']);
		const none = scoreOpportunity({ items, factors: factors(0, 0) });
		expect(none.scores.map((s) => s.score)).toEqual([null, null, null]);
		expect(none.scores[0]!.coverage).toBe(0);
	});

	it('rejects bad weights and directions naming the factor', () => {
		expect(() =>
			scoreOpportunity({ items, factors: [{ id: 'wage', weight: -1, direction: 'lower' }] })
		).toThrow(new RangeError('weight of wage must be 0–1000'));
		expect(() =>
			scoreOpportunity({ items, factors: [{ id: 'wage', weight: Number.NaN, direction: 'lower' }] })
		).toThrow(/^weight of wage/);
		expect(() =>
			scoreOpportunity({
				items,
				factors: [{ id: 'wage', weight: 1, direction: 'up' as 'higher' }]
			})
		).toThrow(/^direction of wage/);
		expect(() =>
			scoreOpportunity({
				items,
				factors: [
					{ id: 'wage', weight: 1, direction: 'lower' },
					{ id: 'wage', weight: 1, direction: 'lower' }
				]
			})
		).toThrow(/duplicate factor id "wage"/);
	});
});
