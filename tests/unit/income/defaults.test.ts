import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecords } from '$lib/data/csv';
import { DRIVERS, projectIncome, validateIncomeInputs } from '$lib/finance';
import { buildIncomeDefaults, pickNorm, type DataOrigin } from '$lib/income/defaults';
import * as ds from '$lib/server/datasets';

// The committed CSVs, read independently of the app's loader, to check the defaults against.
const csv = (path: string) => parseRecords(readFileSync(path, 'utf8')).records;
const cpt = csv('data/cpt-fees/cpt-medicare-fee-facts.csv');
const bench = csv('data/billing-benchmarks/insurance-billing-benchmarks.csv');
const norms = csv('data/practice-norms/practice-norms-and-prices.csv');
const benchValue = (metric: string, scope?: string) =>
	bench.find((r) => r.metric === metric && (scope === undefined || r.scope === scope))!.value;

const data = {
	cptFees: ds.cptFees(),
	billingBenchmarks: ds.billingBenchmarks(),
	practiceNorms: ds.practiceNorms()
};
const d = buildIncomeDefaults(data);

describe('buildIncomeDefaults, from the committed data files', () => {
	it('takes the allowed amount from Medicare 2025 CPT 97124 non-facility: $29.76', () => {
		const row = cpt.find(
			(r) =>
				r.cpt_code === '97124' &&
				r.field === 'national_payment_nonfacility' &&
				r.pfs_year === '2025'
		)!;
		expect(row.value).toBe('29.76');
		expect(d.inputs.allowedPerUnitUsd).toBe(29.76);
		expect(d.origins.allowedPerUnitUsd).toMatchObject({ kind: 'data', published: '29.76' });
	});

	it('warns that Original Medicare does not pay LMTs (the row says "no")', () => {
		const row = cpt.find((r) => r.field === 'medicare_payable_when_rendered_by_LMT')!;
		expect(row.value).toBe('no');
		expect(d.medicareWarning.origin.published).toBe('no');
		expect(d.medicareWarning.text).toBe(row.note);
	});

	it('reads the denial rate 11.8 % (all US medical practices, MGMA 2024) as exactly 0.118', () => {
		expect(benchValue('initial_claim_denial_rate', 'all US medical practices')).toBe('11.8');
		expect(d.inputs.denialRate).toBe(0.118);
	});

	it('reworks 35 % of denials: 100 − 65 % never reworked', () => {
		expect(benchValue('share_of_denials_never_reworked')).toBe('65');
		expect(d.inputs.reworkShare).toBe(0.35);
	});

	it('uses the low ends of the rework cost (25-117) and payment delay (42-137)', () => {
		expect(benchValue('cost_to_rework_denied_claim')).toBe('25-117');
		expect(benchValue('reimbursement_delay_commercial')).toBe('42-137');
		expect(d.inputs.reworkCostUsdPerClaim).toBe(25);
		expect(d.inputs.daysToPayment).toBe(42);
		expect((d.origins.reworkCostUsdPerClaim as DataOrigin).use).toBe(
			'low end of the published range'
		);
		expect((d.origins.daysToPayment as DataOrigin).use).toBe('low end of the published range');
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
		expect(fromData).toEqual(
			[
				'allowedPerUnitUsd',
				'daysToPayment',
				'denialRate',
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
		for (const driver of DRIVERS) {
			expect(d.ranges[driver].low).toBeLessThanOrEqual(d.inputs[driver]);
			expect(d.ranges[driver].high).toBeGreaterThanOrEqual(d.inputs[driver]);
		}
	});

	it('builds the data-backed range ends from the benchmark rows', () => {
		// Washington insurers 57-67 USD per hour ÷ 4 units an hour = 14.25 per unit
		expect(benchValue('health_insurer_allowable_per_hour_massage')).toBe('57-67');
		expect(d.ranges.allowedPerUnitUsd).toEqual({ low: 14.25, high: 30 });
		// PT band 8-12 → low 8 %; chiropractic and PT 15-20 → high 20 %
		expect(d.ranges.denialRate).toEqual({ low: 0.08, high: 0.2 });
		expect(d.ranges.daysToPayment).toEqual({ low: 42, high: 137 });
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
			buildIncomeDefaults({ ...data, cptFees: data.cptFees.filter((r) => r.pfs_year !== '2025') })
		).toThrow(/cpt-fees: no row for CPT 97124/);
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
