import { describe, expect, it } from 'vitest';
import {
	FACTOR_IDS,
	factorDefs,
	type ClinicStateFactors,
	type FactorId
} from '$lib/clinic/factors';
import { dataGaps, defaultWeighting, parseWeight, rankStates } from '$lib/clinic/ranking';
import { BLUES_5 } from '$lib/map/geo';

const defs = factorDefs({
	rppYear: 2024,
	populationYear: 2025,
	cbpYear: 2021,
	highIncomeMassage: { published: '39', note: null, source: 's', population: 'p', year: 'y' }
});

function st(abbr: string, values: Partial<Record<FactorId, number | null>>): ClinicStateFactors {
	const all = Object.fromEntries(FACTOR_IDS.map((id) => [id, values[id] ?? null])) as Record<
		FactorId,
		number | null
	>;
	return {
		fips: abbr,
		abbr,
		name: `State ${abbr}`,
		wages: { p10: null, p25: null, median: null, p75: null, p90: null },
		wageMissing: null,
		population: null,
		values: all,
		missing: Object.fromEntries(
			FACTOR_IDS.map((id) => [id, all[id] === null ? 'not published (test)' : null])
		) as Record<FactorId, string | null>
	};
}

// Only labour (lower is better) and growth (higher is better) have values.
const states = [
	st('A', { labour: 40_000, growth: 10 }),
	st('B', { labour: 60_000, growth: 20 }),
	st('C', { labour: 50_000 }),
	st('D', {})
];
const only = (w: Partial<Record<FactorId, number>>) => {
	const d = defaultWeighting(defs);
	return {
		...d,
		weights: Object.fromEntries(FACTOR_IDS.map((id) => [id, w[id] ?? 0])) as Record<
			FactorId,
			number
		>
	};
};

describe('rankStates', () => {
	it('ranks by the weighted score and changes when the weights change', () => {
		// labour 2, growth 1: A = 66.67, B = 33.33, C = 50 (growth left out), D no score
		const r = rankStates(states, defs, only({ labour: 2, growth: 1 }));
		expect(r.states.map((s) => s.rank)).toEqual([1, 3, 2, null]);
		expect(r.states[0]!.score).toBeCloseTo(200 / 3, 12);
		// labour 1, growth 2: A = 33.33, B = 66.67, C = 50
		const r2 = rankStates(states, defs, only({ labour: 1, growth: 2 }));
		expect(r2.states.map((s) => s.rank)).toEqual([3, 1, 2, null]);
		expect(r.ranked).toBe(3);
		expect(r.unscored).toBe(1);
	});

	it('colours the top class darkest and leaves unscored states without a colour', () => {
		const r = rankStates(states, defs, only({ labour: 2, growth: 1 }));
		expect(r.states[0]!.colour).toBe(BLUES_5[4]);
		expect(r.states[1]!.colour).toBe(BLUES_5[0]);
		expect(r.states[3]!.colour).toBeNull();
	});

	it('says which factors were left out and over how many the weight was shared', () => {
		const r = rankStates(states, defs, only({ labour: 2, growth: 1 }));
		expect(r.states[2]!.notes).toEqual([
			'Projected growth: not published (test); left out, its weight shared over the other factor'
		]);
		expect(r.states[0]!.notes).toEqual([]);
	});

	it('follows a flipped direction', () => {
		const w = only({ labour: 1 });
		w.directions.labour = 'higher';
		const r = rankStates(states, defs, w);
		// the highest wage now scores 100
		expect(r.states[1]!.score).toBe(100);
		expect(r.states[1]!.rank).toBe(1);
	});

	it('exposes the ranges it normalised over', () => {
		const r = rankStates(states, defs, only({ labour: 1 }));
		expect(r.ranges.find((x) => x.id === 'labour')).toEqual({
			id: 'labour',
			min: 40_000,
			max: 60_000,
			count: 3
		});
	});
});

describe('defaultWeighting and parseWeight', () => {
	it('weights every factor 1 in its default direction', () => {
		const d = defaultWeighting(defs);
		expect(Object.values(d.weights)).toEqual(Array(8).fill(1));
		expect(d.directions.labour).toBe('lower');
		expect(d.directions.growth).toBe('higher');
	});

	it.each([
		['2', { value: 2 }],
		['0', { value: 0 }],
		['2.5', { value: 2.5 }],
		[' 10 ', { value: 10 }],
		['11', { message: 'Weight must be a number from 0 to 10.' }],
		['-1', { message: 'Weight must be a number from 0 to 10.' }],
		['', { message: 'Weight must be a number from 0 to 10.' }],
		['abc', { message: 'Weight must be a number from 0 to 10.' }]
	] as const)('%j → %j', (text, expected) => {
		expect(parseWeight(text)).toEqual(expected);
	});
});

describe('dataGaps', () => {
	it('lists each factor’s missing states by reason', () => {
		const gaps = dataGaps(states, defs);
		expect(gaps).toContain('Labour cost: State D, not published (test)');
		expect(gaps).toContain('Projected growth: State C, State D, not published (test)');
		// A has both labour and growth, so neither line names it
		const ours = gaps.filter((g) => /^(Labour cost|Projected growth):/.test(g));
		expect(ours.some((g) => g.includes('State A'))).toBe(false);
	});
});
