import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecords } from '$lib/data/csv';
import { clinicReferences } from '$lib/clinic/references';
import * as ds from '$lib/server/datasets';

// The committed CSVs, read independently of the app's loader.
const csv = (path: string) => parseRecords(readFileSync(path, 'utf8')).records;
const bench = csv('data/billing-benchmarks/insurance-billing-benchmarks.csv');
const norms = csv('data/practice-norms/practice-norms-and-prices.csv');
const rows = {
	billingBenchmarks: ds.billingBenchmarks(),
	practiceNorms: ds.practiceNorms(),
	nationalOccupations: ds.oewsNationalAll()
};

describe('clinicReferences (committed data)', () => {
	const r = clinicReferences(rows);

	it('takes the billing benchmarks as printed or at the low end of a range', () => {
		const v = (m: string, scope?: string) =>
			bench.find((x) => x.metric === m && (scope === undefined || x.scope === scope))!.value;
		expect(r.denialChiroPt.published).toBe(
			v('initial_claim_denial_rate', 'chiropractic and physical therapy practices')
		);
		// 100 − 65 % never reworked = 35 % reworked
		expect(v('share_of_denials_never_reworked')).toBe('65');
		expect(r.reworkShare.text).toBe('35');
		// "25-117" → 25
		expect(r.reworkCost.text).toBe('25');
	});

	it('takes the practice norms it names', () => {
		const n = (m: string) => norms.find((x) => x.metric === m)!.value;
		expect(r.therapistHours.text).toBe(n('full_time_massage_hours_per_week'));
		expect(r.cashMedicalPrice.text).toBe('100'); // low end of "100-150"
		// the newest of the 60-minute price rows (2012, not 2009)
		expect(r.relaxationPrice.published).toBe('62');
		expect(r.employeePay.published).toBe(n('employee_setting_price_and_pay'));
	});

	it('takes the front-desk wage from the BLS national file (receptionists, 43-4171)', () => {
		// national_M2025_dl.csv: "43-4171,Receptionists and Information Clerks,…" A_MEDIAN "38,010"
		const line = readFileSync('data/bls-oews-national-all/national_M2025_dl.csv', 'utf8')
			.split('\n')
			.find((l) => l.includes(',43-4171,'))!;
		expect(line).toContain('"38,010"');
		expect(r.frontDeskWage.text).toBe('38010');
		expect(r.frontDeskWage.origin.scope).toBe(
			'Receptionists and Information Clerks (43-4171), United States, May 2025'
		);
	});

	it('fails loudly when a row is missing', () => {
		expect(() => clinicReferences({ ...rows, billingBenchmarks: [] })).toThrow(
			/billing-benchmarks initial_claim_denial_rate/
		);
		expect(() => clinicReferences({ ...rows, practiceNorms: [] })).toThrow(/practice-norms/);
	});
});
