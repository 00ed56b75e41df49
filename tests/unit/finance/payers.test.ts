import { describe, expect, it } from 'vitest';
import {
	afterTax,
	hourRates,
	lagSplit,
	paidShare,
	projectClinic,
	projectIncome,
	revenuePerClaim,
	validatePayerShares,
	type ClinicInputs
} from '$lib/finance';
import { taxYears } from '$lib/income/tax-tables';
import * as ds from '$lib/server/datasets';
import { noPayers, scenarioA } from './fixtures';

describe('payer-line arithmetic', () => {
	it('pays the allowed amount per unit or per visit, net of denials not reworked', () => {
		// 10 % denied, half of those reworked: 0.9 + 0.05 = 0.95 of the allowed amount
		expect(paidShare(0.1, 0.5)).toBeCloseTo(0.95, 15);
		expect(revenuePerClaim(30, 0, 4, 0.1, 0.5)).toBeCloseTo(114, 12); // 30 × 4 × 0.95
		expect(revenuePerClaim(30, 1, 4, 0.1, 0.5)).toBeCloseTo(28.5, 12); // 30 × 0.95
	});

	it('splits a lag in days into whole months and a fraction', () => {
		// 45 ÷ 30.4375 = 1.4784…
		const l = lagSplit(45);
		expect(l.whole).toBe(1);
		expect(l.fraction).toBeCloseTo(45 / 30.4375 - 1, 15);
	});

	it('lets the payer lines take at most every session', () => {
		expect(() => validatePayerShares({ ...noPayers(), pipShare: 0.6, wcShare: 0.5 })).toThrow(
			'pipShare + wcShare + privateShare + medicaidShare must be at most 1 (now 1.1)'
		);
		expect(() => validatePayerShares({ ...noPayers(), pipShare: 0.1, wcShare: 0.9 })).not.toThrow();
	});
});

/**
 * Scenario A with two payers: 5 medical sessions a week × 4 weeks = 20 a month; PIP takes 25 %
 * (5 sessions) at $30 per unit, 4 units, 10 % denied, half reworked at $20, a 10 % billing fee,
 * paid 30.4375 days (one month) later; workers' comp takes 25 % (5) at $50 per visit, paid at
 * once; the other 10 are self-pay at $120; a $1 fee per claim.
 */
const mixed = scenarioA({
	reworkShare: 0.5,
	reworkCostUsdPerClaim: 20,
	billingCostPerClaimUsd: 1,
	pipShare: 0.25,
	pipAllowedUsd: 30,
	pipDenialRate: 0.1,
	pipDaysToPayment: 30.4375,
	pipBillingCostShare: 0.1,
	wcShare: 0.25,
	wcAllowedUsd: 50,
	wcPerVisit: 1
});

describe('projectIncome with a payer mix', () => {
	const p = projectIncome(mixed);

	it('works out a settled month by hand', () => {
		const m2 = p.months[1]!;
		// PIP 5 × 114 = 570; WC 5 × 50 = 250; self-pay 10 × 120 = 1,200
		expect(m2.payerRevenueUsd).toEqual([570, 250, 0, 0].map((v) => expect.closeTo(v, 9)));
		expect(m2.medicalCashRevenueUsd).toBeCloseTo(1_200, 9);
		// rework 5 × 0.1 × 0.5 × 20 = 5; claim fees 10 × 1 = 10; billing fee 0.1 × 570 = 57
		expect(m2.reworkCostUsd).toBeCloseTo(5, 9);
		expect(m2.billingPerClaimCostUsd).toBeCloseTo(10, 9);
		expect(m2.billingCollectionsCostUsd).toBeCloseTo(57, 9);
		// 4,000 + 400 + 1,200 + 820 − 1,175 − 10 − 5 − 57 = 5,173; − baseline 3,400 = 1,773
		expect(m2.withMedicalNetUsd).toBeCloseTo(5_173, 9);
		expect(m2.netIncrementUsd).toBeCloseTo(1_773, 9);
	});

	it('holds back only the lagging payer’s cash in month 1', () => {
		const m1 = p.months[0]!;
		// PIP cash arrives a month late: only the WC 250 comes in, and no billing fee is due yet
		expect(m1.insuranceCashReceivedUsd).toBeCloseTo(250, 9);
		expect(m1.billingCollectionsCostUsd).toBe(0);
		// 4,000 + 400 + 1,200 + 250 − 1,175 − 10 − 5 = 4,660 → 1,260
		expect(m1.netIncrementUsd).toBeCloseTo(1_260, 9);
		// settled once the longest lag (1 month) has passed: month 1 + 1
		expect(p.steadyStateMonth).toBe(2);
		expect(p.steadyStateMonthlyIncrementUsd).toBeCloseTo(1_773, 9);
	});
});

describe('afterTax and hourRates', () => {
	const y2026 = taxYears(ds.irsTaxParameters()).find((y) => y.year === 2026)!;

	it('turns a settled month into a year of take-home pay, with and without the medical work', () => {
		const p = projectIncome(mixed);
		const a = afterTax(p, mixed, y2026);
		// 5,173 × 12 = 62,076 a year; the baseline 3,400 × 12 = 40,800
		expect(a.withMedical.netEarningsUsd).toBeCloseTo(62_076, 9);
		expect(a.baseline.netEarningsUsd).toBeCloseTo(40_800, 9);
		// baseline: SE 40,800 × 0.9235 × 0.153 = 5,764.80… ; AGI 40,800 − 2,882.40… ; taxable − 16,100
		const se = 40_800 * 0.9235 * 0.153;
		const taxable = 40_800 - se / 2 - 16_100;
		const income = 1_240 + 0.12 * (taxable - 12_400);
		expect(a.baseline.takeHomeUsd).toBeCloseTo(40_800 - se - income, 6);
		expect(a.addedTakeHomeUsd).toBeCloseTo(a.withMedical.takeHomeUsd - a.baseline.takeHomeUsd, 9);
		expect(() => afterTax(p, { ...mixed, taxYear: 2025 }, y2026)).toThrow(/taxYear is 2025/);
	});

	it('earns less per working hour than per hands-on hour', () => {
		// settled: 10 relaxation + 5 medical hours a week × 4 weeks = 60 hands-on hours a month;
		// 5 admin hours a week × 4 = 20: 5,173 ÷ 60 and 5,173 ÷ 80
		const r = hourRates(projectIncome(mixed), { ...mixed, adminHoursPerWeek: 5 });
		expect(r.perHandsOnHourUsd).toBeCloseTo(5_173 / 60, 9);
		expect(r.perWorkingHourUsd).toBeCloseTo(5_173 / 80, 9);
		expect(r.adminHoursPerMonth).toBe(20);
	});
});

describe('projectClinic with a payer mix', () => {
	it('works out the contribution and break-even of a session by hand', () => {
		// 1 room 40 h, 50-minute sessions (3 units) + 10 turnover; commission 40 %; supplies $10;
		// fixed $3,000. Half relaxation at $100; PIP 25 % at $30/unit, 10 % denied, half reworked
		// at $20, 10 % billing fee; WC 25 % at $50 per visit.
		const inputs: ClinicInputs = {
			treatmentRooms: 1,
			hoursOpenPerWeek: 40,
			weeksOpenPerYear: 48,
			sessionMinutes: 50,
			turnoverMinutes: 10,
			therapists: 2,
			therapistHoursPerWeek: 30,
			startUtilisation: 0.5,
			targetUtilisation: 0.5,
			rampMonths: 0,
			payModel: 'commission',
			therapistAnnualWageUsd: 50_000,
			commissionShare: 0.4,
			frontDeskHoursPerWeek: 0,
			frontDeskAnnualWageUsd: 0,
			payrollOverheadShare: 0,
			relaxationShare: 0.5,
			cashMedicalShare: 0,
			...noPayers(),
			pipShare: 0.25,
			pipDenialRate: 0.1,
			pipBillingCostShare: 0.1,
			wcShare: 0.25,
			wcAllowedUsd: 50,
			wcPerVisit: 1,
			relaxationPriceUsd: 100,
			cashMedicalPriceUsd: 120,
			reworkShare: 0.5,
			reworkCostPerClaimUsd: 20,
			suppliesPerSessionUsd: 10,
			rentMonthlyUsd: 2_000,
			utilitiesMonthlyUsd: 500,
			softwareMonthlyUsd: 100,
			liabilityInsuranceMonthlyUsd: 50,
			marketingMonthlyUsd: 300,
			otherMonthlyUsd: 50,
			fitOutUsd: 0,
			equipmentUsd: 0,
			depositsAndFeesUsd: 0,
			launchMarketingUsd: 0,
			loanPrincipalUsd: 0,
			loanAnnualRate: 0,
			loanTermMonths: 12,
			horizonMonths: 12
		};
		const p = projectClinic(inputs);
		// revenue: 0.5 × 100 + 0.25 × (30 × 3 × 0.95 = 85.5) + 0.25 × 50 = 83.875
		expect(p.revenuePerSessionUsd).toBeCloseTo(83.875, 9);
		// costs: 10 + 0.25 × (rework 0.1 × 0.5 × 20 = 1 + fee 0.1 × 85.5 = 8.55) + 0.4 × 83.875
		expect(p.variableCostPerSessionUsd).toBeCloseTo(10 + 0.25 * 9.55 + 33.55, 9);
		// break-even: 3,000 ÷ (83.875 − 45.9375) sessions a month
		expect(p.breakEvenSessionsPerMonth).toBeCloseTo(3_000 / 37.9375, 9);
		// month 1: 80 sessions (50 % of 160); PIP 20 of them × 85.5 = 1,710; its fee 0.1 × 1,710
		expect(p.months[0]!.billingFeesUsd).toBeCloseTo(171, 9);
	});
});
