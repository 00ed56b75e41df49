import { describe, expect, it } from 'vitest';
import {
	applyImportToNational,
	applyImportToOverview,
	applyImportToStates,
	applyImportToWages,
	BUNDLED_LATEST,
	latestFromImport
} from '../../../src/lib/import/apply';
import type { ImportedRow } from '../../../src/lib/import/oews';
import { progressStats, type ImportedSet } from '../../../src/lib/import/set';
import type { StateRecord } from '../../../src/lib/map/metrics';

const row = (over: Partial<ImportedRow>): ImportedRow =>
	({
		area: null,
		area_title: null,
		area_type: null,
		prim_state: null,
		naics: null,
		naics_title: null,
		i_group: null,
		own_code: null,
		occ_code: '31-9011',
		occ_title: 'Massage Therapists',
		o_group: null,
		annual: null,
		hourly: null,
		tot_emp: null,
		emp_prse: null,
		jobs_1000: null,
		loc_quotient: null,
		pct_total: null,
		pct_rpt: null,
		h_mean: null,
		a_mean: null,
		mean_prse: null,
		h_pct10: null,
		h_pct25: null,
		h_median: null,
		h_pct75: null,
		h_pct90: null,
		a_pct10: null,
		a_pct25: null,
		a_median: null,
		a_pct75: null,
		a_pct90: null,
		level: 'state',
		notes: {},
		row: 1,
		...over
	}) as ImportedRow;

const set = (rows: ImportedRow[]): ImportedSet => ({
	fileName: 'state_M2026_dl.csv',
	period: 'May 2026',
	occCode: '31-9011',
	occTitle: 'Massage Therapists',
	importedAt: '2026-11-28T00:00:00Z',
	rows,
	summary: {
		rowsRead: 1,
		rowsKept: rows.length,
		byLevel: { national: 0, state: 0, territory: 0, metro: 0, nonmetro: 0 },
		warnings: [],
		errors: [],
		occTitle: null
	}
});

const bundled = (abbr: string, median: number): StateRecord =>
	({
		fips: '00',
		abbr,
		name: abbr,
		has2025: true,
		aMedian2025: median,
		emp2025: 10,
		aMedian2024: 1
	}) as unknown as StateRecord;

describe('applyImportToStates', () => {
	it('replaces the latest vintage for states in the file and blanks the others', () => {
		const out = applyImportToStates(
			[bundled('TX', 59370), bundled('FL', 50000)],
			set([row({ prim_state: 'TX', a_median: 61000, tot_emp: 9000 })])
		);
		expect(out[0]).toMatchObject({
			abbr: 'TX',
			has2025: true,
			aMedian2025: 61000,
			emp2025: 9000,
			aMedian2024: 1
		});
		expect(out[1]).toMatchObject({ abbr: 'FL', has2025: false, aMedian2025: null, emp2025: null });
	});

	it('leaves the states alone without an import or without state rows', () => {
		const s = [bundled('TX', 59370)];
		expect(applyImportToStates(s, null)).toEqual(s);
		expect(applyImportToStates(s, set([row({ level: 'national' })]))).toEqual(s);
	});
});

describe('applyImportToNational and latestFromImport', () => {
	const nat = {
		period: 'May 2025',
		emp: 98790,
		aMedian: 58450,
		aMean: 63830,
		hMedian: 28.1,
		aPct10: 1,
		aPct25: 2,
		aPct75: 3,
		aPct90: 4
	};

	it('uses the national row of the file with its period', () => {
		const out = applyImportToNational(
			nat,
			set([row({ level: 'national', tot_emp: 100000, a_median: 60000 })])
		);
		expect(out).toMatchObject({ period: 'May 2026', emp: 100000, aMedian: 60000 });
	});

	it('keeps the bundled figures when the file has no national row', () => {
		expect(applyImportToNational(nat, set([row({ prim_state: 'TX' })]))).toBe(nat);
	});

	it('names the file and period as the source', () => {
		expect(latestFromImport(null)).toBe(BUNDLED_LATEST);
		expect(latestFromImport(set([]))).toEqual({
			period: 'May 2026',
			source: 'your data: state_M2026_dl.csv, May 2026',
			imported: true
		});
	});
});

describe('progressStats', () => {
	it('computes the fraction, MB/s and time left', () => {
		// 50 MB of 200 MB in 10 s: 5 MB/s, 150 MB left → 30 s
		expect(progressStats(50e6, 200e6, 10_000)).toEqual({
			fraction: 0.25,
			mbPerSecond: 5,
			etaSeconds: 30
		});
	});
	it('has no fraction or time left when the size is unknown', () => {
		expect(progressStats(1e6, null, 1000)).toEqual({
			fraction: null,
			mbPerSecond: 1,
			etaSeconds: null
		});
	});
});

describe('applyImportToWages', () => {
	const wages = {
		nationalPeriod: 'May 2025',
		nationalHourly: [16.17, 20.91, 28.1, 37.66, 48.17],
		nationalSource: 'BLS',
		statePeriod: 'May 2025',
		stateSource: 'BLS state',
		annualizationHours: 2080,
		annualizationSource: 'BLS 2,080',
		states: [
			{ abbr: 'TX', name: 'Texas', annual: [1, 2, 3, 4, 5], hMedian: 1 },
			{ abbr: 'FL', name: 'Florida', annual: [1, 2, 3, 4, 5], hMedian: 1 }
		]
	};

	it('replaces what the file covers and names it as the source', () => {
		const out = applyImportToWages(
			wages,
			set([
				row({
					level: 'national',
					h_pct10: 17,
					h_pct25: 21,
					h_median: 29,
					h_pct75: 38,
					h_pct90: 49
				}),
				row({
					prim_state: 'TX',
					a_pct10: 10,
					a_pct25: 20,
					a_median: 30,
					a_pct75: 40,
					a_pct90: 50,
					h_median: 14.42
				})
			])
		);
		expect(out.nationalHourly).toEqual([17, 21, 29, 38, 49]);
		expect(out.nationalSource).toBe(
			'your data: state_M2026_dl.csv, May 2026, national hourly percentiles (Massage Therapists).'
		);
		expect(out.states[0]).toEqual({
			abbr: 'TX',
			name: 'Texas',
			annual: [10, 20, 30, 40, 50],
			hMedian: 14.42
		});
		expect(out.states[1]?.annual).toBeNull();
		expect(out.annualizationHours).toBe(2080);
	});

	it('returns the bundled table without an import', () => {
		expect(applyImportToWages(wages, null)).toBe(wages);
	});
});

describe('applyImportToOverview', () => {
	// The overview's bundled May 2025 national figures (data/bls-oews-national: 98,790 jobs,
	// $58,450 median); the percentile values here only need to be told apart from the file's.
	const overview = {
		period: 'May 2025',
		totEmp: 98790,
		aMedian: 58450,
		hMedian: 28.1,
		aMean: 63830,
		hMean: 30.69,
		percentiles: ['10th', '25th', 'Median', '75th', '90th'].map((label) => ({
			label,
			annual: 1,
			hourly: 1
		}))
	};

	it('takes every national figure, percentiles in order, from the file, and names the file', () => {
		const out = applyImportToOverview(
			overview,
			set([
				row({
					level: 'national',
					tot_emp: 100000,
					a_mean: 65000,
					h_mean: 31.25,
					a_pct10: 30000,
					h_pct10: 14.42,
					a_pct25: 40000,
					h_pct25: 19.23,
					a_median: 60000,
					h_median: 28.85,
					a_pct75: 75000,
					h_pct75: 36.06,
					a_pct90: 95000,
					h_pct90: 45.67
				})
			])
		);
		expect(out.latest).toMatchObject({
			period: 'May 2026',
			totEmp: 100000,
			aMedian: 60000,
			hMedian: 28.85,
			aMean: 65000,
			hMean: 31.25
		});
		expect(out.latest.percentiles).toEqual([
			{ label: '10th', annual: 30000, hourly: 14.42 },
			{ label: '25th', annual: 40000, hourly: 19.23 },
			{ label: 'Median', annual: 60000, hourly: 28.85 },
			{ label: '75th', annual: 75000, hourly: 36.06 },
			{ label: '90th', annual: 95000, hourly: 45.67 }
		]);
		expect(out.source).toBe('your data: state_M2026_dl.csv, May 2026 (Massage Therapists)');
	});

	it('keeps the bundled figures, with no source of its own, without a national row', () => {
		expect(applyImportToOverview(overview, null)).toEqual({ latest: overview, source: null });
		const statesOnly = set([row({ prim_state: 'TX', a_median: 61000 })]);
		expect(applyImportToOverview(overview, statesOnly)).toEqual({ latest: overview, source: null });
	});
});
