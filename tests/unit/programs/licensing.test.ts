import { describe, expect, it } from 'vitest';
import {
	classifyStates,
	feeKind,
	isDated,
	regulationKind,
	sourcesDisagree,
	type LicensingFact
} from '../../../src/lib/programs/licensing';
import { licensingFacts, stateList } from './data';

const fee = (state: string, field: string) => {
	const f = licensingFacts.find((x) => x.state === state && x.field === field);
	if (!f) throw new Error(`no ${state} ${field}`);
	return f;
};

describe('feeKind, from the note column', () => {
	it.each([
		['NJ', 'initial_fee_usd', 'proposed'], // "PROPOSED … adoption not verified"
		['NJ', 'renewal_fee_usd', 'proposed'],
		['SC', 'application_fee_usd', 'maximum'], // "STATUTORY CAP … 'not to exceed' $150"
		['SC', 'renewal_fee_usd', 'maximum'],
		['ND', 'renewal_fee_usd', 'maximum'], // "statutory maximum: '$200 or a lesser amount'"
		['TN', 'renewal_fee_usd', 'fee'], // a proposed increase was withdrawn: $185 is the fee
		['NM', 'initial_fee_usd', 'per month'], // unit "USD per month"
		['TX', 'renewal_fee_usd', 'fee']
	])('%s %s is a %s', (state, field, kind) => {
		expect(feeKind(fee(state, field))).toBe(kind);
	});

	it('finds exactly the five proposed or maximum fees the data README lists', () => {
		const special = licensingFacts
			.filter((f) => f.field.endsWith('_usd') && ['proposed', 'maximum'].includes(feeKind(f)))
			.map((f) => `${f.state} ${f.field}`)
			.sort();
		expect(special).toEqual([
			'ND renewal_fee_usd',
			'NJ initial_fee_usd',
			'NJ renewal_fee_usd',
			'SC application_fee_usd',
			'SC renewal_fee_usd'
		]);
	});

	it('spots dated figures', () => {
		expect(isDated(fee('TX', 'renewal_fee_usd'))).toBe(true); // "DATED - verify"
		expect(isDated(fee('WA', 'renewal_fee_usd'))).toBe(false);
	});
});

describe('regulationKind', () => {
	it.each([
		[['no statewide license'], 'none'],
		[
			[
				'registration only (fee; no training or exam)',
				'mandatory state registration (not licensure)'
			],
			'registration'
		],
		[['voluntary statewide certification (CAMTC) + local permits'], 'voluntary'],
		[['state license (LMT) and registration (RMP)'], 'licence'],
		[[], 'not found']
	] as const)('%j → %s', (statuses, kind) => {
		expect(regulationKind(statuses)).toBe(kind);
	});
});

describe('sourcesDisagree', () => {
	it('is true for two different values and false for repeats', () => {
		const f = (value: string) => ({ value }) as LicensingFact;
		expect(sourcesDisagree([f('150'), f('200')])).toBe(true);
		expect(sourcesDisagree([f('625'), f('625')])).toBe(false);
	});
});

describe('classifyStates', () => {
	const byAbbr = (n: number) =>
		new Map(classifyStates(stateList, licensingFacts, n).map((s) => [s.abbr, s]));

	it('covers the 50 states and DC', () => {
		expect(classifyStates(stateList, licensingFacts, 500)).toHaveLength(51);
	});

	it('with 600 hours: Texas (500) meets, West Virginia (500 or 625) is above, Kansas is unknown', () => {
		const s = byAbbr(600);
		expect(s.get('TX')).toMatchObject({ cls: 'meets', minHours: 500 });
		expect(s.get('WV')).toMatchObject({ cls: 'above', minHours: 625, allMinimums: [500, 625] });
		expect(s.get('WV')?.reason).toBe('minimum 625 h (sources also give 500 h)');
		expect(s.get('KS')).toMatchObject({ cls: 'unknown', regulation: 'none' });
		expect(s.get('KS')?.reason).toContain('no statewide licence');
	});

	it('puts Vermont (registration, 0 hours) in "meets" and says registration only', () => {
		const vt = byAbbr(0).get('VT');
		expect(vt).toMatchObject({ cls: 'meets', minHours: 0, regulation: 'registration' });
		expect(vt?.reason).toContain('registration only');
	});

	it('counts states by class for 500, 625 and 1000 hours', () => {
		const counts = (n: number) => {
			const c = { meets: 0, above: 0, unknown: 0 };
			for (const s of classifyStates(stateList, licensingFacts, n)) c[s.cls]++;
			return c;
		};
		// Unknown: KS, MN, WY (no statewide licence). The highest minimums are NE and NY (1000).
		expect(counts(1000)).toEqual({ meets: 48, above: 0, unknown: 3 });
		expect(counts(499).meets).toBe(1); // only Vermont (0 h)
		const at625 = counts(625);
		expect(at625.meets + at625.above + at625.unknown).toBe(51);
	});
});
