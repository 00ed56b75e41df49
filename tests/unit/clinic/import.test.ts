import { describe, expect, it } from 'vitest';
import { applyImportToClinic } from '../../../src/lib/clinic/import';
import type { ClinicStateFactors } from '../../../src/lib/clinic/factors';
import type { ImportedRow } from '../../../src/lib/import/oews';
import type { ImportedSet } from '../../../src/lib/import/set';

const row = (over: Partial<ImportedRow>): ImportedRow =>
	({ level: 'state', notes: {}, row: 1, ...over }) as ImportedRow;
const set = (rows: ImportedRow[]): ImportedSet =>
	({
		fileName: 'state_M2026_dl.csv',
		period: 'May 2026',
		occCode: '31-9011',
		occTitle: null,
		importedAt: '',
		rows,
		summary: {}
	}) as unknown as ImportedSet;

const state = (abbr: string, population: number): ClinicStateFactors =>
	({
		fips: '00',
		abbr,
		name: abbr,
		wages: { p10: 1, p25: 2, median: 3, p75: 4, p90: 5 },
		wageMissing: null,
		population,
		values: {
			labour: 3,
			costOfLiving: 100,
			popPerTherapist: 10,
			income: 1,
			affluent: 1,
			establishments: 1,
			lq: 1,
			growth: 1
		},
		missing: {
			labour: null,
			costOfLiving: null,
			popPerTherapist: null,
			income: null,
			affluent: null,
			establishments: null,
			lq: null,
			growth: null
		}
	}) as ClinicStateFactors;

const national = { p10: 10, p25: 20, median: 30, p75: 40, p90: 50 };

describe('applyImportToClinic', () => {
	it('leaves everything alone without an import', () => {
		const s = [state('TX', 1000)];
		expect(applyImportToClinic(s, national, null)).toEqual({
			states: s,
			national,
			wageSource: null
		});
	});

	it('takes wages, labour cost, LQ and residents per therapist from the file', () => {
		const out = applyImportToClinic(
			[state('TX', 31_000_000), state('FL', 23_000_000)],
			national,
			set([
				row({
					prim_state: 'TX',
					a_pct10: 30000,
					a_pct25: 40000,
					a_median: 61000,
					a_pct75: 80000,
					a_pct90: 99000,
					loc_quotient: 0.9,
					tot_emp: 10000
				})
			])
		);
		const [tx, fl] = out.states;
		expect(tx?.wages).toEqual({ p10: 30000, p25: 40000, median: 61000, p75: 80000, p90: 99000 });
		// 31,000,000 residents ÷ 10,000 therapists = 3,100
		expect(tx?.values.popPerTherapist).toBe(3100);
		expect(tx?.values.labour).toBe(61000);
		expect(tx?.values.lq).toBe(0.9);
		expect(tx?.values.costOfLiving).toBe(100);
		expect(fl?.values.labour).toBeNull();
		expect(fl?.missing.labour).toBe('not in your file');
		expect(fl?.wageMissing).toBe('not in your file');
		expect(out.wageSource).toBe('your data: state_M2026_dl.csv, May 2026');
		expect(out.national).toBe(national);
	});

	it('takes national wages from the national row', () => {
		const out = applyImportToClinic(
			[state('TX', 1)],
			national,
			set([row({ level: 'national', a_pct10: 1, a_pct25: 2, a_median: 3, a_pct75: 4, a_pct90: 5 })])
		);
		expect(out.national).toEqual({ p10: 1, p25: 2, median: 3, p75: 4, p90: 5 });
		expect(out.states[0]?.wages.median).toBe(3); // states untouched: the file has no state rows
	});
});
