import { describe, expect, it } from 'vitest';
import type { CbpEstablishmentsRow } from '$lib/data/schema';
import {
	CBP_NAICS,
	cbpTotal,
	clinicStates,
	establishmentsPer100k,
	factorDefs
} from '$lib/clinic/factors';
import * as ds from '$lib/server/datasets';
import { stateTable } from '$lib/server/states';
import { stateRecord } from '../map/fixtures';

const cbp = (fips: string, counts: (number | null)[], note: string | null = null) =>
	CBP_NAICS.map(
		(naics, i) =>
			({
				state_fips: fips,
				state_abbr: 'XX',
				state_name: 'X',
				naics,
				naics_title: naics,
				establishments: counts[i] ?? null,
				employees: null,
				annual_payroll_thousands_usd: null,
				reference_year: 2021,
				source: 's',
				source_url: null,
				repo_path: null,
				note
			}) as CbpEstablishmentsRow
	);

describe('establishmentsPer100k', () => {
	it('scales to 100,000 residents', () => {
		// Alabama 2021: 427 + 698 + 245 + 227 = 1,597 establishments; 5,050,058 residents
		// 1597 × 100 000 ÷ 5 050 058 = 31.6233991768…
		expect(establishmentsPer100k(1597, 5_050_058)).toBeCloseTo(31.623399176801534, 10);
		expect(establishmentsPer100k(null, 5_050_058)).toBeNull();
		expect(establishmentsPer100k(10, 0)).toBeNull();
	});
});

describe('cbpTotal', () => {
	it('adds the four industries', () => {
		expect(cbpTotal(cbp('01', [427, 698, 245, 227]))).toEqual({ total: 1597, missing: null });
	});
	it('says "not found in sources" for rows left empty with a note (DC) or no rows', () => {
		expect(cbpTotal(cbp('11', [null, null, null, null], 'no DC file'))).toEqual({
			total: null,
			missing: 'not found in sources'
		});
		expect(cbpTotal([]).missing).toBe('not found in sources');
	});
	it('says "not published" when Census withheld one industry', () => {
		expect(cbpTotal(cbp('02', [1, null, 3, 4])).missing).toBe(
			'not published (NAICS 621340 withheld by Census)'
		);
	});
});

describe('clinicStates', () => {
	it('builds every factor and says why a figure is missing', () => {
		const [a, b] = clinicStates(
			[
				stateRecord('01', 'AA', {
					aMedian2025: 50_000,
					rpp: 90,
					population: 1_000_000,
					emp2025: 400,
					medianHouseholdIncome: 60_000,
					hh100kPlusPct: 30,
					lq: 0.8,
					growthPct: 12,
					aPct10_2025: 30_000
				}),
				stateRecord('02', 'BB', { has2025: false, population: 2_000_000, rpp: 100 })
			],
			[...cbp('01', [10, 20, 30, 40]), ...cbp('02', [null, null, null, null], 'absent')],
			new Map([
				['01', 500_000],
				['02', 2_000_000]
			])
		);
		// 1 000 000 ÷ 400 = 2 500 residents per therapist; 100 × 100 000 ÷ 500 000 = 20
		expect(a!.values).toEqual({
			labour: 50_000,
			costOfLiving: 90,
			popPerTherapist: 2500,
			income: 60_000,
			affluent: 30,
			establishments: 20,
			lq: 0.8,
			growth: 12
		});
		expect(Object.values(a!.missing).every((m) => m === null)).toBe(true);
		expect(a!.wages.p10).toBe(30_000);
		expect(a!.wageMissing).toBe('not published (suppressed by BLS)');
		expect(b!.missing.labour).toBe('not published (no May 2025 row for this state)');
		expect(b!.missing.establishments).toBe('not found in sources');
		expect(b!.missing.growth).toBe('not published (no projection from this state)');
		expect(b!.missing.costOfLiving).toBeNull();
	});

	it('on the committed data: DC has no CBP figure, Vermont no wage, RI and WY no growth', () => {
		const t = stateTable();
		const cbpRows = ds.cbpEstablishments();
		const pop = new Map(
			ds
				.populationState()
				.filter((r) => r.measure === 'resident_population_july1' && r.reference_year === 2021)
				.map((r) => [r.state_fips, r.population])
		);
		const states = clinicStates(t.states, cbpRows, pop);
		const by = (abbr: string) => states.find((s) => s.abbr === abbr)!;
		expect(states).toHaveLength(51);
		expect(by('DC').missing.establishments).toBe('not found in sources');
		expect(by('VT').values.labour).toBeNull();
		expect(by('VT').missing.labour).toMatch(/^not published/);
		expect(by('RI').values.growth).toBeNull();
		expect(by('WY').values.growth).toBeNull();
		expect(by('AL').values.establishments).toBeCloseTo(31.623399176801534, 10);
		// nothing else is missing
		const gaps = states.flatMap((s) =>
			Object.entries(s.missing)
				.filter(([, m]) => m !== null)
				.map(([f]) => `${s.abbr}:${f}`)
		);
		expect(gaps.sort()).toEqual(
			[
				'DC:establishments',
				'RI:growth',
				'VT:labour',
				'VT:lq',
				'VT:popPerTherapist',
				'WY:growth'
			].sort()
		);
	});
});

describe('factorDefs', () => {
	it('names the years and the survey figure from the data', () => {
		const defs = factorDefs({
			rppYear: 2024,
			populationYear: 2025,
			cbpYear: 2021,
			highIncomeMassage: {
				published: '39',
				note: '17% among income <= $50,000',
				source: 'AMTA fact sheet',
				population: 'US adults with income >= $100,000',
				year: '2023'
			}
		});
		expect(defs.map((d) => d.id)).toEqual([
			'labour',
			'costOfLiving',
			'popPerTherapist',
			'income',
			'affluent',
			'establishments',
			'lq',
			'growth'
		]);
		expect(defs[1]!.source).toBe('BEA Regional Price Parities 2024');
		expect(defs[4]!.why).toContain(
			'39% of US adults with income >= $100,000 had a massage in 2023'
		);
	});
});
