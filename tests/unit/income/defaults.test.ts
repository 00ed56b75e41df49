import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecords } from '$lib/data/csv';
import { DRIVERS, projectIncome, validateIncomeInputs } from '$lib/finance';
import { buildIncomeDefaults, pickNorm, withStatePayers } from '$lib/income/defaults';
import type { DataOrigin } from '$lib/kit/origin';
import { buildStatePayers, switchPayerDefaults } from '$lib/income/payer-defaults';
import { taxYears } from '$lib/income/tax-tables';
import * as ds from '$lib/server/datasets';

// The committed CSVs, read independently of the app's loader, to check the defaults against.
const csv = (path: string) => parseRecords(readFileSync(path, 'utf8')).records;
const cpt = csv('data/cpt-fees/cpt-medicare-fee-facts.csv');
const bench = csv('data/billing-benchmarks/insurance-billing-benchmarks.csv');
const norms = csv('data/practice-norms/practice-norms-and-prices.csv');
const benchValue = (metric: string, scope?: string) =>
	bench.find((r) => r.metric === metric && (scope === undefined || r.scope === scope))!.value;

const payerRows = csv('data/payer-paths/payer-paths.csv');
const data = {
	cptFees: ds.cptFees(),
	billingBenchmarks: ds.billingBenchmarks(),
	practiceNorms: ds.practiceNorms(),
	conversionFactors: ds.medicareConversionFactors(),
	taxYears: taxYears(ds.irsTaxParameters())
};
const d = buildIncomeDefaults(data);

describe('buildIncomeDefaults, from the committed data files', () => {
	it('keeps Medicare as a reference only: 2026 RVUs × the 2026 conversion factor', () => {
		const rvu = cpt.find(
			(r) => r.cpt_code === '97124' && r.field === 'total_rvu_nonfacility' && r.pfs_year === '2026'
		)!;
		expect(rvu.value).toBe('0.89');
		const cf = csv('data/medicare-conversion-factors/medicare-pfs-conversion-factors.csv').find(
			(r) => r.pfs_year === '2026'
		)!;
		expect(cf.conversion_factor_usd).toBe('33.4009');
		// 0.89 × 33.4009 = 29.726801 USD per 15-minute unit
		expect(d.medicareReference.perUnitUsd).toBeCloseTo(29.726801, 9);
		expect(d.medicareReference.cfYear).toBe(2026);
		const payable = cpt.find((r) => r.field === 'medicare_payable_when_rendered_by_LMT')!;
		expect(payable.value).toBe('no');
		expect(d.medicareReference.notPayable).toBe(payable.note);
		// and no payer line is Medicare
		expect(Object.keys(d.payers.lines)).toEqual(['pip', 'wc', 'private', 'medicaid']);
	});

	it('reads the denial rate 11.8 % (all US medical practices, MGMA 2024) as exactly 0.118', () => {
		expect(benchValue('initial_claim_denial_rate', 'all US medical practices')).toBe('11.8');
		for (const line of ['pip', 'wc', 'private', 'medicaid'] as const)
			expect(d.inputs[`${line}DenialRate`]).toBe(0.118);
	});

	it('with no state chosen, bills no payer and says why', () => {
		for (const line of ['pip', 'wc', 'private', 'medicaid'] as const) {
			expect(d.inputs[`${line}Share`]).toBe(0);
			expect(d.origins[`${line}Share`]).toMatchObject({
				kind: 'assumption',
				reason: expect.stringMatching(/no state chosen.*national defaults/)
			});
		}
		// Washington insurers' low hourly allowable 57 ÷ 4 units an hour = 14.25 per unit
		expect(benchValue('health_insurer_allowable_per_hour_massage')).toBe('57-67');
		expect(d.inputs.privateAllowedUsd).toBe(14.25);
		expect(d.inputs.privatePerVisit).toBe(0);
	});

	it('takes admin hours from AMTA: 25.3 hours worked − 19.7 paid = 5.6 a week', () => {
		expect(norms.find((r) => r.metric === 'avg_hours_worked_per_week')!.value).toBe('25.3');
		expect(norms.find((r) => r.metric === 'avg_paid_hours_per_week')!.value).toBe('19.7');
		expect(d.inputs.adminHoursPerWeek).toBe(5.6);
	});

	it('starts from the newest tax year, single, QBI taken, no state tax, labelled assumptions', () => {
		expect(d.inputs.taxYear).toBe(2026);
		expect(d.inputs.marriedJoint).toBe(0);
		expect(d.inputs.qbiDeduction).toBe(1);
		expect(d.inputs.stateIncomeTaxRate).toBe(0);
		expect(d.origins.stateIncomeTaxRate).toMatchObject({ kind: 'assumption' });
		expect(d.taxYears.map((y) => y.year)).toEqual([2025, 2026]);
	});

	it('reworks 35 % of denials: 100 − 65 % never reworked', () => {
		expect(benchValue('share_of_denials_never_reworked')).toBe('65');
		expect(d.inputs.reworkShare).toBe(0.35);
	});

	it('uses the low ends of the rework cost (25-117) and payment delay (42-137)', () => {
		expect(benchValue('cost_to_rework_denied_claim')).toBe('25-117');
		expect(benchValue('reimbursement_delay_commercial')).toBe('42-137');
		expect(d.inputs.reworkCostUsdPerClaim).toBe(25);
		expect(d.inputs.privateDaysToPayment).toBe(42);
		expect((d.origins.reworkCostUsdPerClaim as DataOrigin).use).toBe(
			'low end of the published range'
		);
		expect((d.origins.privateDaysToPayment as DataOrigin).use).toBe(
			'low end of the published range (commercial payers)'
		);
	});

	it('caps hands-on hours at AMTA’s 19.4 h/week (the most trusted of the two AMTA rows)', () => {
		const rows = norms.filter((r) => r.metric === 'avg_massage_hours_per_week');
		expect(rows.map((r) => [r.value, r.source_quality])).toEqual([
			['19.4', 'secondary-reputable'],
			['17', 'secondary-aggregator']
		]);
		expect(d.inputs.handsOnHoursPerWeekCap).toBe(19.4);
	});

	it('starts from 15 relaxation sessions: ABMP 15 hands-on h/week ÷ 60-minute sessions', () => {
		expect(norms.find((r) => r.metric === 'avg_hands_on_hours_per_week')!.value).toBe('15');
		// 15 h × 60 min/h ÷ 60 min per session = 15 sessions/week
		expect(d.inputs.relaxationSessionMinutes).toBe(60);
		expect(d.inputs.relaxationSessionsPerWeek).toBe(15);
	});

	it('prices relaxation at AMTA’s $63 and badges it as dated', () => {
		expect(d.inputs.relaxationPriceUsd).toBe(63);
		expect(d.origins.relaxationPriceUsd).toMatchObject({ kind: 'data', dated: '2009 survey' });
	});

	it('prices self-pay medical sessions at $100, the low end of 100-150 from one clinic blog', () => {
		expect(norms.find((r) => r.metric === 'medical_massage_price_per_hour')!.value).toBe('100-150');
		expect(d.inputs.medicalCashPriceUsd).toBe(100);
		expect((d.origins.medicalCashPriceUsd as DataOrigin).use).toMatch(/single clinic blog/);
	});

	it('labels every other default an assumption with a reason', () => {
		const fromData = Object.entries(d.origins)
			.filter(([, o]) => o.kind === 'data')
			.map(([k]) => k)
			.sort();
		const perLine = ['AllowedUsd', 'DenialRate', 'DaysToPayment'];
		expect(fromData).toEqual(
			[
				...['pip', 'wc', 'private', 'medicaid'].flatMap((l) => perLine.map((f) => `${l}${f}`)),
				'adminHoursPerWeek',
				'handsOnHoursPerWeekCap',
				'medicalCashPriceUsd',
				'relaxationPriceUsd',
				'relaxationSessionsPerWeek',
				'reworkCostUsdPerClaim',
				'reworkShare'
			].sort()
		);
		for (const o of Object.values(d.origins)) {
			if (o.kind === 'assumption') expect(o.reason.length).toBeGreaterThan(10);
		}
		expect(d.origins.programCostUsd.kind).toBe('assumption');
	});

	it('gives valid model inputs whose cap does not bind today and ranges that hold the defaults', () => {
		expect(() => validateIncomeInputs(d.inputs)).not.toThrow();
		// 15 relaxation h + 4 medical sessions × 1 h = 19 h ≤ 19.4 h
		expect(projectIncome(d.inputs).months.some((m) => m.capBinds)).toBe(false);
		expect(DRIVERS).toHaveLength(3 + 4 * 3);
		for (const driver of DRIVERS) {
			expect(d.ranges[driver].low).toBeLessThanOrEqual(d.inputs[driver]);
			expect(d.ranges[driver].high).toBeGreaterThanOrEqual(d.inputs[driver]);
		}
	});

	it('builds the data-backed range ends from the benchmark rows', () => {
		// Washington insurers 57-67 USD per hour ÷ 4 units an hour = 14.25 per unit
		expect(benchValue('health_insurer_allowable_per_hour_massage')).toBe('57-67');
		expect(d.ranges.privateAllowedUsd).toEqual({ low: 14.25, high: 30 });
		// PT band 8-12 → low 8 %; chiropractic and PT 15-20 → high 20 %
		expect(d.ranges.wcDenialRate).toEqual({ low: 0.08, high: 0.2 });
		expect(d.ranges.pipDaysToPayment).toEqual({ low: 42, high: 137 });
		expect(d.ranges.medicalCashPriceUsd).toEqual({ low: 100, high: 150 });
	});

	it('fails loudly when a row it needs is missing', () => {
		expect(() =>
			buildIncomeDefaults({
				...data,
				billingBenchmarks: data.billingBenchmarks.filter(
					(r) => r.metric !== 'cost_to_rework_denied_claim'
				)
			})
		).toThrow('billing-benchmarks: no row with metric "cost_to_rework_denied_claim"');
		expect(() =>
			buildIncomeDefaults({
				...data,
				cptFees: data.cptFees.filter((r) => r.field !== 'total_rvu_nonfacility')
			})
		).toThrow(/cpt-fees: no total_rvu_nonfacility row for 97124/);
		expect(() => buildIncomeDefaults({ ...data, taxYears: [] })).toThrow(
			'irs-tax-parameters: no tax year'
		);
		expect(() => pickNorm(data.practiceNorms, 'no_such_metric')).toThrow(
			'practice-norms: no row with metric "no_such_metric"'
		);
	});

	it('fails loudly when a value cannot be read as a number or range', () => {
		const broken = data.billingBenchmarks.map((r) =>
			r.metric === 'reimbursement_delay_commercial' ? { ...r, value: 'six weeks' } : r
		);
		expect(() => buildIncomeDefaults({ ...data, billingBenchmarks: broken })).toThrow(
			/reimbursement_delay_commercial: "six weeks" is not a number/
		);
	});
});

describe('a state’s payer defaults, from the payer-paths file', () => {
	const rowOf = (state: string, path: string) =>
		payerRows.find((r) => r.state_abbr === state && r.payer_path === path)!;

	it('closes PIP in Florida (HB 119, from 2013-01-01) and starts its share at 0 with the reason', () => {
		const row = rowOf('FL', 'auto-no-fault');
		expect(row.status).toBe('closed');
		expect(row.source_date).toBe('2013-01-01');
		const fl = buildStatePayers(ds.payerPaths(), 'FL', d.commonPayer);
		expect(fl.lines.pip.path.status).toBe('closed');
		expect(fl.lines.pip.values.Share).toBe(0);
		expect(fl.lines.pip.origins.Share).toMatchObject({
			kind: 'assumption',
			reason: expect.stringContaining('HB 119')
		});
		expect(fl.medicare.status).toBe('closed');
	});

	it('takes a published workers’ compensation rate as the allowed amount, with its source', () => {
		// Arizona: the ICA fee schedule prints 97124 at 61.88 per 15-minute unit (2024)
		const row = rowOf('AZ', 'workers-comp');
		expect([row.rate_usd, row.rate_per, row.rate_code, row.rate_year]).toEqual([
			'61.88',
			'unit',
			'97124',
			'2024'
		]);
		const az = buildStatePayers(ds.payerPaths(), 'AZ', d.commonPayer);
		expect(az.lines.wc.values.AllowedUsd).toBe(61.88);
		expect(az.lines.wc.values.PerVisit).toBe(0);
		expect(az.lines.wc.origins.AllowedUsd).toMatchObject({
			kind: 'data',
			dataset: 'payer-paths',
			url: row.source_url,
			quality: row.source_quality
		});
		// a fee schedule fixes the amount: its range is the rate itself
		expect(az.lines.wc.ranges.AllowedUsd).toEqual({ low: 61.88, high: 61.88 });
		// the status stays as the file says (no source that LMTs may bill it): 0 % of sessions
		expect(az.lines.wc.values.Share).toBe(0);
	});

	it('starts an open path at 10% of medical sessions, labelled an assumption', () => {
		const row = rowOf('WA', 'private-health');
		expect(row.status).toBe('open');
		const wa = buildStatePayers(ds.payerPaths(), 'WA', d.commonPayer);
		expect(wa.lines.private.values.Share).toBe(0.1);
		expect(wa.lines.private.origins.Share).toMatchObject({ kind: 'assumption' });
	});

	it('moves only the fields still at their old default when the state changes', () => {
		const wa = buildStatePayers(ds.payerPaths(), 'WA', d.commonPayer);
		const mine = { ...d.inputs, privateAllowedUsd: 40 };
		const moved = switchPayerDefaults(mine, d.payers, wa);
		expect(moved.privateShare).toBe(0.1); // 0 → the open path's 10 %
		expect(moved.privateAllowedUsd).toBe(40); // the user's figure stays
		expect(withStatePayers(d, wa).inputs.privateShare).toBe(0.1);
	});

	it('fails loudly for a state without rows', () => {
		expect(() => buildStatePayers([], 'FL', d.commonPayer)).toThrow('payer-paths: no rows for FL');
	});
});
