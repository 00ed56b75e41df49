import { describe, expect, it } from 'vitest';
import {
	CLINIC_INPUT_LIMITS,
	CLINIC_NUMBER_FIELDS,
	clinicFieldProblem,
	clinicSensitivity,
	hourlyFromAnnual,
	loanPayment,
	paybackPeriod,
	projectClinic,
	validateClinicInputs,
	withPriceFactor,
	type ClinicInputs
} from '$lib/finance';
import { noPayers } from './fixtures';

/**
 * Clinic A — small enough to work by hand.
 * Capacity: 1 room × 40 h × 60 ÷ (50 + 10) min = 40 sessions/week; therapists 2 × 30 h × 60 ÷ 60
 * = 60/week, so rooms limit; 48 weeks ÷ 12 = 4 weeks/month → 160 sessions/month.
 * Utilisation 25 % in month 1, 50 % from month 3 (ramp 3): 25 %, 37.5 %, 50 % → 40, 60, 80
 * sessions. All relaxation at $100; commission 40 %; supplies $10; no overhead, no front desk.
 * Fixed: 2000 + 500 + 100 + 50 + 300 + 50 = $3,000/month. Start-up 3000 + 1500 + 400 + 100 =
 * $5,000. Loan $2,400 at 0 % over 12 months → $200/month. 12 months.
 */
function clinicA(over: Partial<ClinicInputs> = {}): ClinicInputs {
	return {
		treatmentRooms: 1,
		hoursOpenPerWeek: 40,
		weeksOpenPerYear: 48,
		sessionMinutes: 50,
		turnoverMinutes: 10,
		therapists: 2,
		therapistHoursPerWeek: 30,
		startUtilisation: 0.25,
		targetUtilisation: 0.5,
		rampMonths: 3,
		payModel: 'commission',
		therapistAnnualWageUsd: 50_000,
		commissionShare: 0.4,
		frontDeskHoursPerWeek: 0,
		frontDeskAnnualWageUsd: 30_000,
		payrollOverheadShare: 0,
		relaxationShare: 1,
		cashMedicalShare: 0,
		...noPayers(),
		relaxationPriceUsd: 100,
		cashMedicalPriceUsd: 120,
		reworkShare: 0,
		reworkCostPerClaimUsd: 0,
		suppliesPerSessionUsd: 10,
		rentMonthlyUsd: 2000,
		utilitiesMonthlyUsd: 500,
		softwareMonthlyUsd: 100,
		liabilityInsuranceMonthlyUsd: 50,
		marketingMonthlyUsd: 300,
		otherMonthlyUsd: 50,
		fitOutUsd: 3000,
		equipmentUsd: 1500,
		depositsAndFeesUsd: 400,
		launchMarketingUsd: 100,
		loanPrincipalUsd: 2400,
		loanAnnualRate: 0,
		loanTermMonths: 12,
		horizonMonths: 12,
		...over
	};
}

/**
 * Clinic B — wage model, insurance with a payment lag, front desk and payroll overhead.
 * Capacity: rooms 2 × 30 h = 60/week; therapist 1 × 25 h × 60 ÷ 60 = 25/week → therapists limit;
 * 4 weeks/month → 100/month; utilisation 80 % from month 1 → 80 sessions.
 * Mix: relaxation 50 % (40 × $90 = $3,600), self-pay medical 25 % (20 × $120 = $2,400),
 * insurance 25 %: 60 min → 4 units × $30 × (1 − 0.1 + 0.1 × 0.5 = 0.95) = $114 → 20 × 114 = $2,280.
 * Revenue $8,280. Therapist $52,000 ÷ 2,080 = $25/h × 25 h × 4 = $2,500; front desk $41,600 ÷
 * 2,080 = $20/h × 20 h × 4 = $1,600; overhead 10 % × 4,100 = $410; supplies 80 × $5 = $400;
 * rework 20 × 0.1 × 0.5 × $20 = $20; rent $2,000. Costs $6,930 → profit $1,350/month.
 * Lag 45.65625 days ÷ 30.4375 = 1.5 months → insurance cash: m1 0, m2 0.5 × 2280 = 1140, m3+ 2280.
 */
function clinicB(over: Partial<ClinicInputs> = {}): ClinicInputs {
	return clinicA({
		treatmentRooms: 2,
		hoursOpenPerWeek: 30,
		sessionMinutes: 60,
		turnoverMinutes: 0,
		therapists: 1,
		therapistHoursPerWeek: 25,
		startUtilisation: 0.8,
		targetUtilisation: 0.8,
		rampMonths: 0,
		payModel: 'wage',
		therapistAnnualWageUsd: 52_000,
		frontDeskHoursPerWeek: 20,
		frontDeskAnnualWageUsd: 41_600,
		payrollOverheadShare: 0.1,
		relaxationShare: 0.5,
		cashMedicalShare: 0.25,
		privateShare: 0.25,
		relaxationPriceUsd: 90,
		cashMedicalPriceUsd: 120,
		privateAllowedUsd: 30,
		privateDenialRate: 0.1,
		reworkShare: 0.5,
		reworkCostPerClaimUsd: 20,
		privateDaysToPayment: 45.65625,
		suppliesPerSessionUsd: 5,
		rentMonthlyUsd: 2000,
		utilitiesMonthlyUsd: 0,
		softwareMonthlyUsd: 0,
		liabilityInsuranceMonthlyUsd: 0,
		marketingMonthlyUsd: 0,
		otherMonthlyUsd: 0,
		fitOutUsd: 10_000,
		equipmentUsd: 0,
		depositsAndFeesUsd: 0,
		launchMarketingUsd: 0,
		loanPrincipalUsd: 0,
		...over
	});
}

describe('projectClinic — clinic A (commission, ramp, cash only)', () => {
	const p = projectClinic(clinicA());

	it('finds capacity from the tighter of rooms and therapists', () => {
		expect(p.roomSessionsPerWeek).toBeCloseTo(40, 12);
		expect(p.therapistSessionsPerWeek).toBeCloseTo(60, 12);
		expect(p.capacityLimit).toBe('rooms');
		expect(p.capacitySessionsPerWeek).toBeCloseTo(40, 12);
		expect(p.capacitySessionsPerMonth).toBeCloseTo(160, 12);
	});

	it('ramps utilisation and sessions linearly to the target', () => {
		expect(p.months.map((m) => m.utilisation).slice(0, 4)).toEqual([0.25, 0.375, 0.5, 0.5]);
		expect(p.months[0]!.sessions).toBeCloseTo(40, 9);
		expect(p.months[1]!.sessions).toBeCloseTo(60, 9);
		expect(p.months[11]!.sessions).toBeCloseTo(80, 9);
	});

	it('produces the hand-worked monthly P&L', () => {
		// m1: 40 × 100 = 4000 − commission 1600 − supplies 400 − fixed 3000 = −1000
		const m1 = p.months[0]!;
		expect(m1.revenueUsd).toBeCloseTo(4000, 9);
		expect(m1.therapistPayUsd).toBeCloseTo(1600, 9);
		expect(m1.suppliesUsd).toBeCloseTo(400, 9);
		expect(m1.fixedCostsUsd).toBe(3000);
		expect(m1.costsUsd).toBeCloseTo(5000, 9);
		expect(m1.operatingProfitUsd).toBeCloseTo(-1000, 9);
		// m2: 6000 − 2400 − 600 − 3000 = 0; m3: 8000 − 3200 − 800 − 3000 = +1000
		expect(p.months[1]!.operatingProfitUsd).toBeCloseTo(0, 9);
		expect(p.months[2]!.operatingProfitUsd).toBeCloseTo(1000, 9);
		// No insurance: cash = profit.
		expect(p.months[2]!.operatingCashUsd).toBeCloseTo(1000, 9);
		expect(p.steadyMonthlyProfitUsd).toBeCloseTo(1000, 9);
	});

	it('breaks even at 60 sessions = 37.5 % utilisation', () => {
		// contribution 100 − 10 − 0.4 × 100 = 50; 3000 ÷ 50 = 60; 60 ÷ 160 = 0.375
		expect(p.revenuePerSessionUsd).toBeCloseTo(100, 12);
		expect(p.contributionPerSessionUsd).toBeCloseTo(50, 12);
		expect(p.fixedCostsPerMonthUsd).toBe(3000);
		expect(p.breakEvenSessionsPerMonth).toBeCloseTo(60, 9);
		expect(p.breakEvenUtilisation).toBeCloseTo(0.375, 12);
		// with the $200 loan payment: 3200 ÷ 50 = 64 → 64 ÷ 160 = 0.4
		expect(p.breakEvenUtilisationWithLoan).toBeCloseTo(0.4, 12);
		// month 2 makes exactly 0 and every later month more
		expect(p.firstProfitableMonth).toBe(2);
	});

	it('needs funding equal to the cash low point and pays back in month 8', () => {
		// −5000, −6000, −6000, −5000, −4000, −3000, −2000, −1000, 0, 1000 …
		expect(p.startupCostsUsd).toBe(5000);
		expect(p.cumulativeOperatingCashUsd.slice(0, 10).map((v) => Math.round(v))).toEqual([
			-5000, -6000, -6000, -5000, -4000, -3000, -2000, -1000, 0, 1000
		]);
		expect(p.cashLowPointUsd).toBeCloseTo(-6000, 9);
		expect(p.cashLowPointMonth).toBe(1);
		expect(p.fundingNeededUsd).toBeCloseTo(6000, 9);
		// cumulative −1000 after month 7, +1000 in month 8 → 7 + 1000 ÷ 1000 = 8
		expect(p.paybackMonths).toBeCloseTo(8, 9);
	});

	it('counts the loan in own cash needed, not in funding needed', () => {
		// 2400 ÷ 12 at 0 % = 200/month. After financing: −5000 + 2400 = −2600; m1 −1000 − 200 →
		// −3800; m2 0 − 200 → −4000; m3 +800 → −3200 … low point −4000.
		expect(p.loanPaymentUsd).toBeCloseTo(200, 12);
		expect(p.months[0]!.netCashUsd).toBeCloseTo(-1200, 9);
		expect(p.months[1]!.cumulativeCashUsd).toBeCloseTo(-4000, 9);
		expect(p.ownerCashNeededUsd).toBeCloseTo(4000, 9);
	});
});

describe('projectClinic — clinic B (wages, insurance, lag, overhead)', () => {
	const p = projectClinic(clinicB());

	it('is limited by therapist hours', () => {
		expect(p.capacityLimit).toBe('therapists');
		expect(p.capacitySessionsPerMonth).toBeCloseTo(100, 12);
		expect(p.billableUnitsPerSession).toBe(4);
	});

	it('produces the hand-worked month', () => {
		const m = p.months[0]!;
		expect(m.sessions).toBeCloseTo(80, 9);
		expect(m.relaxationRevenueUsd).toBeCloseTo(3600, 9);
		expect(m.cashMedicalRevenueUsd).toBeCloseTo(2400, 9);
		expect(m.insuranceRevenueUsd).toBeCloseTo(2280, 9);
		expect(m.revenueUsd).toBeCloseTo(8280, 9);
		expect(m.therapistPayUsd).toBeCloseTo(2500, 9);
		expect(m.frontDeskPayUsd).toBeCloseTo(1600, 9);
		expect(m.payrollOverheadUsd).toBeCloseTo(410, 9);
		expect(m.suppliesUsd).toBeCloseTo(400, 9);
		expect(m.reworkUsd).toBeCloseTo(20, 9);
		expect(m.costsUsd).toBeCloseTo(6930, 9);
		expect(m.operatingProfitUsd).toBeCloseTo(1350, 9);
	});

	it('delays insurance cash by 1.5 months', () => {
		expect(p.months.map((m) => m.insuranceCashUsd).slice(0, 4)).toEqual([
			0,
			expect.closeTo(1140, 9),
			expect.closeTo(2280, 9),
			expect.closeTo(2280, 9)
		]);
		// operating cash = 1350 − 2280 + insurance cash: −930, 210, 1350
		expect(p.months[0]!.operatingCashUsd).toBeCloseTo(-930, 9);
		expect(p.months[1]!.operatingCashUsd).toBeCloseTo(210, 9);
		expect(p.months[2]!.operatingCashUsd).toBeCloseTo(1350, 9);
	});

	it('breaks even at 6510 ÷ 98.25 sessions', () => {
		// revenue/session 0.5 × 90 + 0.25 × 120 + 0.25 × 114 = 103.5; variable 5 + 0.25 × 1 = 5.25
		// contribution 98.25; fixed (2500 + 1600) × 1.1 + 2000 = 6510
		expect(p.revenuePerSessionUsd).toBeCloseTo(103.5, 12);
		expect(p.variableCostPerSessionUsd).toBeCloseTo(5.25, 12);
		expect(p.fixedCostsPerMonthUsd).toBeCloseTo(6510, 9);
		expect(p.breakEvenSessionsPerMonth).toBeCloseTo(6510 / 98.25, 9); // 66.2595…
		expect(p.breakEvenUtilisation).toBeCloseTo(0.6625954198473282, 12);
		// check: 80 × 98.25 − 6510 = 1350, the monthly profit
		expect(p.steadyMonthlyProfitUsd).toBeCloseTo(1350, 9);
	});

	it('finds the low point in month 1 and pays back in month 9.94', () => {
		// −10000 → −10930 → −10720 → −9370 → … +1350/month; −9370 + 6 × 1350 = −1270 after m9
		expect(p.fundingNeededUsd).toBeCloseTo(10_930, 9);
		expect(p.cashLowPointMonth).toBe(1);
		expect(p.paybackMonths).toBeCloseTo(9 + 1270 / 1350, 9); // 9.9407…
		expect(p.ownerCashNeededUsd).toBeCloseTo(10_930, 9);
	});
});

describe('projectClinic — funding needed is the minimum cumulative cash', () => {
	/** No start-up costs and 90 % booked from month 1: cash never dips below 0. */
	const noStartUpBusy: Partial<ClinicInputs> = {
		fitOutUsd: 0,
		equipmentUsd: 0,
		depositsAndFeesUsd: 0,
		launchMarketingUsd: 0,
		startUtilisation: 0.9,
		targetUtilisation: 0.9
	};
	const cases: [string, Partial<ClinicInputs>][] = [
		['clinic A', {}],
		['slow ramp', { startUtilisation: 0, rampMonths: 12, horizonMonths: 36 }],
		['never profitable', { relaxationPriceUsd: 40, horizonMonths: 24 }],
		['no start-up costs', noStartUpBusy],
		[
			'long insurance lag',
			{
				relaxationShare: 0,
				privateShare: 1,
				privateDaysToPayment: 137,
				privateAllowedUsd: 40,
				sessionMinutes: 53
			}
		]
	];
	it.each(cases)('%s', (_name, over) => {
		const p = projectClinic(clinicA(over));
		const min = Math.min(...p.cumulativeOperatingCashUsd);
		expect(p.fundingNeededUsd).toBe(Math.max(0, -min));
		expect(p.cashLowPointUsd).toBe(Math.min(0, min));
		// the running totals are the running sum of the operating cash flows
		let running = 0;
		p.operatingCashFlows.forEach((flow, t) => {
			running += flow;
			expect(p.cumulativeOperatingCashUsd[t]).toBeCloseTo(running, 6);
		});
		expect(p.paybackMonths).toBe(paybackPeriod(p.operatingCashFlows));
	});

	it('needs no funding when cash never dips below 0', () => {
		const p = projectClinic(clinicA(noStartUpBusy));
		expect(p.fundingNeededUsd).toBe(0);
		expect(Object.is(p.fundingNeededUsd, -0)).toBe(false);
		expect(p.paybackMonths).toBe(0);
	});
});

describe('projectClinic — edge cases', () => {
	it('has no break-even when a session does not cover its own costs', () => {
		// $15 price − $10 supplies − 40 % × 15 = −$1 a session
		const p = projectClinic(clinicA({ relaxationPriceUsd: 15 }));
		expect(p.contributionPerSessionUsd).toBeCloseTo(-1, 12);
		expect(p.breakEvenSessionsPerMonth).toBeNull();
		expect(p.breakEvenUtilisation).toBeNull();
		expect(p.paybackMonths).toBeNull();
		expect(p.firstProfitableMonth).toBeNull();
	});

	it('reports a break-even above 100 % rather than hiding it', () => {
		// fixed 3000 + 6000 rent more = 9000 ÷ 50 = 180 sessions > 160 → 1.125
		const p = projectClinic(clinicA({ rentMonthlyUsd: 8000 }));
		expect(p.breakEvenUtilisation).toBeCloseTo(1.125, 12);
	});

	it('has no break-even utilisation without capacity (no therapists)', () => {
		const p = projectClinic(clinicA({ therapists: 0 }));
		expect(p.capacitySessionsPerMonth).toBe(0);
		expect(p.capacityLimit).toBe('therapists');
		expect(p.breakEvenSessionsPerMonth).toBeCloseTo(60, 9);
		expect(p.breakEvenUtilisation).toBeNull();
	});

	it('pays a level loan with interest (APR ÷ 12) for its term only', () => {
		// 10 000 at 6 % APR → 0.005/month over 60 months → 193.328…
		const p = projectClinic(
			clinicA({ loanPrincipalUsd: 10_000, loanAnnualRate: 0.06, loanTermMonths: 6 })
		);
		expect(p.loanPaymentUsd).toBeCloseTo(loanPayment(10_000, 0.005, 6), 12);
		expect(p.months[5]!.loanPaymentUsd).toBeCloseTo(p.loanPaymentUsd, 12);
		expect(p.months[6]!.loanPaymentUsd).toBe(0);
		const sixty = projectClinic(
			clinicA({ loanPrincipalUsd: 10_000, loanAnnualRate: 0.06, loanTermMonths: 60 })
		);
		expect(sixty.loanPaymentUsd).toBeCloseTo(193.328, 3);
	});

	it('uses the target from month 1 when the ramp is 0 or 1 month', () => {
		for (const rampMonths of [0, 1]) {
			const p = projectClinic(clinicA({ rampMonths }));
			expect(p.months[0]!.utilisation).toBe(0.5);
		}
	});
});

describe('validateClinicInputs', () => {
	it('accepts both hand-worked clinics', () => {
		expect(() => validateClinicInputs(clinicA())).not.toThrow();
		expect(() => validateClinicInputs(clinicB())).not.toThrow();
	});

	it.each([
		['treatmentRooms', 0, 'treatmentRooms must be an integer 1–50'],
		['treatmentRooms', 2.5, 'treatmentRooms must be an integer 1–50'],
		['hoursOpenPerWeek', 169, 'hoursOpenPerWeek must be 1–168'],
		['privateDenialRate', -0.1, 'privateDenialRate must be 0–1'],
		['rentMonthlyUsd', Number.NaN, 'rentMonthlyUsd must be 0–1000000'],
		['loanTermMonths', 0, 'loanTermMonths must be an integer 1–360']
	] as const)('rejects %s = %s naming the field', (field, value, message) => {
		expect(() => projectClinic(clinicA({ [field]: value }))).toThrow(new RangeError(message));
		expect(clinicFieldProblem(field, value)).toBe(message);
	});

	it('rejects shares that do not add up to 1', () => {
		expect(() =>
			projectClinic(clinicA({ relaxationShare: 0.5, cashMedicalShare: 0.3, privateShare: 0.1 }))
		).toThrow(/^relaxationShare \+ cashMedicalShare \+ the payer shares must add up to 1/);
		// 0.333 + 0.333 + 0.334 is 1 within floating-point slack
		expect(() =>
			validateClinicInputs(
				clinicA({ relaxationShare: 0.333, cashMedicalShare: 0.333, privateShare: 0.334 })
			)
		).not.toThrow();
	});

	it('rejects an unknown pay model', () => {
		expect(() => validateClinicInputs(clinicA({ payModel: 'piece' as 'wage' }))).toThrow(
			/^payModel/
		);
	});

	it('has a limit for every numeric field', () => {
		expect(CLINIC_NUMBER_FIELDS).toHaveLength(Object.keys(clinicA()).length - 1);
		for (const f of CLINIC_NUMBER_FIELDS)
			expect(CLINIC_INPUT_LIMITS[f].min).toBeLessThan(CLINIC_INPUT_LIMITS[f].max);
	});
});

describe('withPriceFactor and clinicSensitivity', () => {
	it('scales all three prices', () => {
		const s = withPriceFactor(clinicB(), 1.1);
		expect(s.relaxationPriceUsd).toBeCloseTo(99, 12);
		expect(s.cashMedicalPriceUsd).toBeCloseTo(132, 12);
		expect(s.privateAllowedUsd).toBeCloseTo(33, 12);
		expect(() => withPriceFactor(clinicB(), -1)).toThrow(/^factor/);
	});

	it('moves the break-even with price', () => {
		// clinic A at $90: contribution 90 − 10 − 36 = 44 → 3000 ÷ 44 = 68.18… sessions
		// at $110: 110 − 10 − 44 = 56 → 3000 ÷ 56 = 53.57… sessions
		const base = clinicA();
		const r = clinicSensitivity([
			{ id: 'p90', group: 'price', label: '−10 %', inputs: withPriceFactor(base, 0.9) },
			{ id: 'p110', group: 'price', label: '+10 %', inputs: withPriceFactor(base, 1.1) },
			{
				id: 'u60',
				group: 'utilisation',
				label: '60 %',
				inputs: { ...base, targetUtilisation: 0.6 }
			}
		]);
		expect(r[0]!.breakEvenSessionsPerMonth).toBeCloseTo(3000 / 44, 9);
		expect(r[0]!.breakEvenUtilisation).toBeCloseTo(3000 / 44 / 160, 12);
		expect(r[1]!.breakEvenSessionsPerMonth).toBeCloseTo(3000 / 56, 9);
		// utilisation does not move the break-even point, only how far above it you are:
		// 0.6 × 160 = 96 sessions × 50 − 3000 = 1800/month
		expect(r[2]!.breakEvenUtilisation).toBeCloseTo(0.375, 12);
		expect(r[2]!.steadyMonthlyProfitUsd).toBeCloseTo(1800, 9);
		expect(r.map((x) => x.group)).toEqual(['price', 'price', 'utilisation']);
	});
});

describe('hourlyFromAnnual', () => {
	it('divides by the 2,080-hour BLS year', () => {
		// 58 450 ÷ 2 080 = 28.100961538…
		expect(hourlyFromAnnual(58_450)).toBeCloseTo(28.10096153846, 10);
		expect(() => hourlyFromAnnual(-1)).toThrow(/^annualUsd/);
	});
});
