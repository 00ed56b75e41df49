import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HORIZON_MONTHS,
	INCOME_INPUT_FIELDS,
	INCOME_INPUT_LIMITS,
	irr,
	npv,
	projectIncome,
	type IncomeInputs,
	type MonthRow
} from '$lib/finance';
import { scenarioA } from './fixtures';

const revenueFields = [
	'relaxationRevenueUsd',
	'tipsRevenueUsd',
	'medicalCashRevenueUsd',
	'insuranceRevenueUsd',
	'totalRevenueUsd'
] as const satisfies readonly (keyof MonthRow)[];

describe('projectIncome — scenario A (12 months, no ramp, no lag, no insurance)', () => {
	// Weeks per month = 48 / 12 = 4.
	// Baseline: 10 × 4 = 40 relaxation sessions × $100 = $4000 + 10 % tips $400 = $4400 revenue;
	//   net 4400 − 1000 = $3400.
	// With medical: 5 × 4 = 20 medical sessions, all cash × $120 = $2400; hours 10 + 5 = 15 ≤ 30.
	//   Costs 1000 + 50 + 25 + 100 = $1175. Net 4000 + 400 + 2400 − 1175 = $5625.
	// Increment 5625 − 3400 = $2225 every month. One-time 3000 + 500 + 0 + 500 = $4000.
	const p = projectIncome(scenarioA());

	it('produces the hand-worked monthly rows', () => {
		expect(p.months).toHaveLength(12);
		p.months.forEach((row, i) => {
			expect(row.month).toBe(i + 1);
			expect(row.baselineRelaxationSessions).toBeCloseTo(40, 12);
			expect(row.relaxationSessions).toBeCloseTo(40, 12);
			expect(row.medicalSessions).toBeCloseTo(20, 12);
			expect(row.cashMedicalSessions).toBeCloseTo(20, 12);
			expect(row.insuranceSessions).toBe(0);
			expect(row.capBinds).toBe(false);
			expect(row.displacedRelaxationSessions).toBe(0);
			expect(row.handsOnHoursPerWeek).toBeCloseTo(15, 12);
			expect(row.baselineRevenueUsd).toBeCloseTo(4400, 9);
			expect(row.relaxationRevenueUsd).toBeCloseTo(4000, 9);
			expect(row.tipsRevenueUsd).toBeCloseTo(400, 9);
			expect(row.medicalCashRevenueUsd).toBeCloseTo(2400, 9);
			expect(row.insuranceRevenueUsd).toBe(0);
			expect(row.totalRevenueUsd).toBeCloseTo(6800, 9);
			expect(row.insuranceCashReceivedUsd).toBe(0);
			expect(row.baselineCostsUsd).toBe(1000);
			expect(row.ceCostUsd).toBe(50);
			expect(row.liabilityInsuranceCostUsd).toBe(25);
			expect(row.marketingCostUsd).toBe(100);
			expect(row.billingSoftwareCostUsd).toBe(0);
			expect(row.totalCostsUsd).toBeCloseTo(1175, 9);
			expect(row.baselineNetUsd).toBeCloseTo(3400, 9);
			expect(row.withMedicalNetUsd).toBeCloseTo(5625, 9);
			expect(row.netIncrementUsd).toBeCloseTo(2225, 9);
			// cumulative: −4000 + 2225 m
			expect(row.cumulativeCashUsd).toBeCloseTo(-4000 + 2225 * (i + 1), 8);
		});
	});

	it('summarises the cash flows', () => {
		expect(p.oneTimeCostsUsd).toBe(4000);
		expect(p.cashFlows).toHaveLength(13);
		expect(p.cashFlows[0]).toBe(-4000);
		expect(p.cumulativeCashUsd[0]).toBe(-4000);
		expect(p.cumulativeCashUsd.slice(1)).toEqual(p.months.map((r) => r.cumulativeCashUsd));
		// cumulative −4000 → −1775 → +450: 1 + 1775/2225 = 1.7977528089887640…
		expect(p.paybackMonths).toBeCloseTo(1.797752808988764, 12);
		// 0 % discount: −4000 + 12 × 2225 = 22 700
		expect(p.discountRateMonthly).toBe(0);
		expect(p.npvUsd).toBeCloseTo(22_700, 8);
		// 40-digit bisection of −4000 + 2225 × (1 − (1+r)^−12)/r: r = 0.5534331799772286…
		expect(p.irrMonthly).toBeCloseTo(0.5534331799772286, 10);
		// (1 + r)^12 − 1 = 196.4744554154088…
		expect(p.irrAnnual).toBeCloseTo(196.4744554154088, 7);
	});

	it('defines steady state, hourly rates and catch-up', () => {
		expect(p.steadyStateMonth).toBe(1);
		expect(p.steadyStateMonthlyIncrementUsd).toBeCloseTo(2225, 9);
		expect(p.steadyStateAnnualIncrementUsd).toBeCloseTo(26_700, 8);
		// 5625 net ÷ (15 h/week × 4 weeks) = 93.75; baseline 3400 ÷ (10 × 4) = 85
		expect(p.effectiveHourlyUsd).toBeCloseTo(93.75, 10);
		expect(p.baselineEffectiveHourlyUsd).toBeCloseTo(85, 10);
		expect(p.monthsUntilInsuranceCashCatchesUp).toBeNull();
		expect(p.billableUnitsPerSession).toBe(4);
		expect(p.insuranceLagMonths).toBe(0);
	});

	it('discounts at the monthly equivalent of the annual rate', () => {
		// annual 1.01¹² − 1 → monthly 0.01; annuity factor (1 − 1.01^−12)/0.01 = 11.255077473484630…
		// NPV = −4000 + 2225 × 11.25507747348463 = 21 042.547378503302…
		const q = projectIncome(scenarioA({ discountRateAnnual: 0.12682503013196977 }));
		expect(q.discountRateMonthly).toBeCloseTo(0.01, 15);
		expect(q.npvUsd).toBeCloseTo(21_042.5473785033, 7);
	});

	it('uses the documented default horizon constant', () => {
		expect(DEFAULT_HORIZON_MONTHS).toBe(36);
		expect(projectIncome(scenarioA({ horizonMonths: DEFAULT_HORIZON_MONTHS })).months).toHaveLength(
			36
		);
	});

	it('gives a zero increment when nothing changes', () => {
		const q = projectIncome(
			scenarioA({
				medicalSessionsPerWeek: 0,
				programCostUsd: 0,
				equipmentUsd: 0,
				launchMarketingUsd: 0,
				ceMonthlyUsd: 0,
				liabilityInsuranceChangeMonthlyUsd: 0,
				marketingMonthlyUsd: 0
			})
		);
		expect(q.cashFlows.every((c) => c === 0)).toBe(true);
		expect(q.paybackMonths).toBe(0);
		expect(q.irrMonthly).toBeNull();
	});
});

describe('projectIncome — scenario B (insurance, denials, rework, billing, lag)', () => {
	// Half of the 20 medical sessions billed: 10 insurance sessions/month, 10 cash ($1200).
	// 60 min → 4 units × $30 = $120 allowed; paid share (1 − 0.1) + 0.1 × 0.5 = 0.95 → $114/session
	//   → $1140 insurance revenue recognised each month.
	// Per-claim fee 10 × $2 = $20; rework 10 × 0.1 × 0.5 × $10 = $5; collection fee 5 % of cash.
	const insured = {
		privateShare: 0.5,
		privateAllowedUsd: 30,
		privateDenialRate: 0.1,
		reworkShare: 0.5,
		reworkCostUsdPerClaim: 10,
		privateBillingCostShare: 0.05,
		billingCostPerClaimUsd: 2
	} satisfies Partial<IncomeInputs>;

	it('with no lag: cash = revenue every month', () => {
		// Net 4000 + 400 + 1200 + 1140 − 1175 − 20 − 5 − 57 = 5483; increment 2083.
		const p = projectIncome(scenarioA(insured));
		for (const row of p.months) {
			expect(row.insuranceSessions).toBeCloseTo(10, 12);
			expect(row.cashMedicalSessions).toBeCloseTo(10, 12);
			expect(row.insuranceRevenueUsd).toBeCloseTo(1140, 9);
			expect(row.insuranceCashReceivedUsd).toBeCloseTo(1140, 9);
			expect(row.billingPerClaimCostUsd).toBeCloseTo(20, 10);
			expect(row.reworkCostUsd).toBeCloseTo(5, 10);
			expect(row.billingCollectionsCostUsd).toBeCloseTo(57, 10);
			expect(row.netIncrementUsd).toBeCloseTo(2083, 9);
		}
		expect(p.monthsUntilInsuranceCashCatchesUp).toBe(1);
		expect(p.steadyStateAnnualIncrementUsd).toBeCloseTo(24_996, 8);
	});

	it('a 30.4375-day lag leaves revenue unchanged and shifts cash exactly one month', () => {
		const noLag = projectIncome(scenarioA(insured));
		const lag = projectIncome(scenarioA({ ...insured, privateDaysToPayment: 30.4375 }));
		expect(lag.insuranceLagMonths).toBe(1);
		for (let i = 0; i < 12; i++) {
			const a = noLag.months[i] as MonthRow;
			const b = lag.months[i] as MonthRow;
			for (const field of revenueFields) expect(b[field]).toBe(a[field]);
			const previousCash = i === 0 ? 0 : (noLag.months[i - 1] as MonthRow).insuranceCashReceivedUsd;
			expect(b.insuranceCashReceivedUsd).toBe(previousCash);
		}
		// Month 1: no insurance cash, no collection fee: 4000 + 400 + 1200 − 1175 − 20 − 5 = 4400 → +1000.
		// Months 2…12: 5483 → +2083 (as without lag).
		expect(lag.months[0]?.netIncrementUsd).toBeCloseTo(1000, 9);
		expect(lag.months[0]?.billingCollectionsCostUsd).toBe(0);
		for (const row of lag.months.slice(1)) expect(row.netIncrementUsd).toBeCloseTo(2083, 9);
		// cumulative −4000 → −3000 → −917 → +1166: payback 2 + 917/2083 = 2.4402304368698992…
		expect(lag.paybackMonths).toBeCloseTo(2.440230436869899, 12);
		expect(lag.steadyStateMonth).toBe(2);
		expect(lag.monthsUntilInsuranceCashCatchesUp).toBe(2);
		// The steady state does not depend on the lag: 2083 × 12.
		expect(lag.steadyStateAnnualIncrementUsd).toBeCloseTo(24_996, 8);
		// 5483 ÷ 60 hands-on hours per month
		expect(lag.effectiveHourlyUsd).toBeCloseTo(5483 / 60, 10);
	});

	it('a 1.5-month lag splits cash half and half between two months', () => {
		// 45.65625 days / 30.4375 = 1.5 months: cash m = 0.5 × rev(m − 1) + 0.5 × rev(m − 2)
		const p = projectIncome(scenarioA({ ...insured, privateDaysToPayment: 45.65625 }));
		expect(p.insuranceLagMonths).toBe(1.5);
		expect(p.months.map((r) => r.insuranceCashReceivedUsd).slice(0, 4)).toEqual([
			0,
			expect.closeTo(570, 9),
			expect.closeTo(1140, 9),
			expect.closeTo(1140, 9)
		]);
		expect(p.monthsUntilInsuranceCashCatchesUp).toBe(3);
	});

	it('cash still owed at the horizon is not counted', () => {
		const lag = projectIncome(scenarioA({ ...insured, privateDaysToPayment: 30.4375 }));
		const totalRevenue = lag.months.reduce((sum, r) => sum + r.insuranceRevenueUsd, 0);
		const totalCash = lag.months.reduce((sum, r) => sum + r.insuranceCashReceivedUsd, 0);
		expect(totalRevenue - totalCash).toBeCloseTo(1140, 8);
	});
});

describe('projectIncome — capacity cap and ramp-up', () => {
	// 20 relaxation sessions/week × 60 min = 20 h; cap 25 h; 10 medical/week at steady state,
	// ramp 4 months → 2.5, 5, 7.5, 10 medical sessions/week in months 1–4; 4 weeks/month.
	const p = projectIncome(
		scenarioA({
			relaxationSessionsPerWeek: 20,
			handsOnHoursPerWeekCap: 25,
			medicalSessionsPerWeek: 10,
			rampUpMonths: 4
		})
	);
	const row = (m: number): MonthRow => p.months[m - 1] as MonthRow;

	it('month 1: 22.5 h ≤ 25 h, nothing displaced', () => {
		expect(row(1).capBinds).toBe(false);
		expect(row(1).medicalSessions).toBeCloseTo(10, 12);
		expect(row(1).relaxationSessions).toBeCloseTo(80, 12);
		// baseline 80 × 100 × 1.1 − 1000 = 7800; with 8800 + 1200 − 1175 = 8825 → +1025
		expect(row(1).netIncrementUsd).toBeCloseTo(1025, 9);
	});

	it('month 2: exactly 25 h — at the cap but not beyond it', () => {
		expect(row(2).capBinds).toBe(false);
		expect(row(2).displacedRelaxationSessions).toBe(0);
		expect(row(2).handsOnHoursPerWeek).toBeCloseTo(25, 12);
	});

	it('month 3: 7.5 medical need 27.5 h → relaxation falls to 17.5/week', () => {
		expect(row(3).capBinds).toBe(true);
		expect(row(3).relaxationSessions).toBeCloseTo(70, 12);
		expect(row(3).displacedRelaxationSessions).toBeCloseTo(10, 12);
		// 7000 + 700 + 30 × 120 − 1175 = 10 125 → +2325
		expect(row(3).netIncrementUsd).toBeCloseTo(2325, 9);
	});

	it('month 4 on: 10 medical → 15 relaxation/week, 5/week (20/month) displaced', () => {
		for (const r of p.months.slice(3)) {
			expect(r.capBinds).toBe(true);
			expect(r.medicalSessions).toBeCloseTo(40, 12);
			expect(r.relaxationSessions).toBeCloseTo(60, 12);
			expect(r.displacedRelaxationSessions).toBeCloseTo(20, 12);
			expect(r.handsOnHoursPerWeek).toBeCloseTo(25, 12);
			// 6000 + 600 + 4800 − 1175 = 10 225 → +2425
			expect(r.netIncrementUsd).toBeCloseTo(2425, 9);
		}
		expect(p.steadyStateMonth).toBe(4);
		expect(p.steadyStateMonthlyIncrementUsd).toBeCloseTo(2425, 9);
	});

	it('limits medical sessions themselves when they alone exceed the cap', () => {
		// no relaxation, cap 10 h, 15 medical sessions of 60 min wanted → 10/week (40/month)
		const q = projectIncome(
			scenarioA({
				relaxationSessionsPerWeek: 0,
				handsOnHoursPerWeekCap: 10,
				medicalSessionsPerWeek: 15
			})
		);
		for (const r of q.months) {
			expect(r.capBinds).toBe(true);
			expect(r.medicalSessions).toBeCloseTo(40, 12);
			expect(r.displacedRelaxationSessions).toBe(0);
			expect(r.handsOnHoursPerWeek).toBeCloseTo(10, 12);
		}
		expect(q.baselineEffectiveHourlyUsd).toBeNull();
	});

	it('finds the steady state early when the cap stops the ramp', () => {
		// 20 medical/week wanted over a 10-month ramp (2, 4, 6 … per week) but the cap allows 10:
		// month 5 is the first at 10/week. With a one-month payment lag, insurance cash catches up in month 6.
		const q = projectIncome(
			scenarioA({
				relaxationSessionsPerWeek: 0,
				handsOnHoursPerWeekCap: 10,
				medicalSessionsPerWeek: 20,
				rampUpMonths: 10,
				privateShare: 0.5,
				privateDaysToPayment: 30.4375
			})
		);
		expect(q.months.map((r) => r.medicalSessions).slice(0, 6)).toEqual([
			expect.closeTo(8, 12),
			expect.closeTo(16, 12),
			expect.closeTo(24, 12),
			expect.closeTo(32, 12),
			expect.closeTo(40, 12),
			expect.closeTo(40, 12)
		]);
		expect(q.steadyStateMonth).toBe(6);
		expect(q.monthsUntilInsuranceCashCatchesUp).toBe(6);
		const steadyRevenue = (q.months[5] as MonthRow).insuranceRevenueUsd;
		expect((q.months[4] as MonthRow).insuranceCashReceivedUsd).toBeLessThan(steadyRevenue);
		expect((q.months[5] as MonthRow).insuranceCashReceivedUsd).toBeCloseTo(steadyRevenue, 9);
	});

	it('ramps linearly with a fractional ramp length', () => {
		// rampUpMonths 2.5: months 1, 2 at 1/2.5 and 2/2.5 of 5/week; month 3 on at 5/week
		const q = projectIncome(scenarioA({ rampUpMonths: 2.5 }));
		expect(q.months.slice(0, 3).map((r) => r.medicalSessions)).toEqual([
			expect.closeTo(8, 12),
			expect.closeTo(16, 12),
			expect.closeTo(20, 12)
		]);
		expect(q.steadyStateMonth).toBe(3);
	});
});

describe('projectIncome — settled months equal the steady state', () => {
	it('every month from steadyStateMonth on has the steady increment', () => {
		const p = projectIncome(
			scenarioA({
				horizonMonths: 36,
				rampUpMonths: 5,
				privateShare: 0.7,
				privateDenialRate: 0.2,
				reworkShare: 0.3,
				reworkCostUsdPerClaim: 12,
				privateBillingCostShare: 0.07,
				billingCostPerClaimUsd: 1.25,
				privateDaysToPayment: 50
			})
		);
		// lag 50 / 30.4375 = 1.64 months → ⌈⌉ = 2; ramp complete in month 5 → settled from month 7
		expect(p.steadyStateMonth).toBe(7);
		expect(p.monthsUntilInsuranceCashCatchesUp).toBe(7);
		const settled = p.months.slice(6);
		for (const r of settled) {
			expect(r.netIncrementUsd).toBeCloseTo(p.steadyStateMonthlyIncrementUsd, 9);
			expect(r.insuranceCashReceivedUsd).toBeCloseTo(r.insuranceRevenueUsd, 9);
		}
		expect((p.months[5] as MonthRow).insuranceCashReceivedUsd).toBeLessThan(
			(p.months[5] as MonthRow).insuranceRevenueUsd - 1e-6
		);
	});

	it('npv, irr and payback are those of cashFlows', () => {
		const p = projectIncome(scenarioA({ discountRateAnnual: 0.1, rampUpMonths: 3 }));
		expect(p.npvUsd).toBeCloseTo(npv(p.discountRateMonthly, p.cashFlows), 9);
		expect(p.irrMonthly).toBe(irr(p.cashFlows));
	});
});

describe('projectIncome — input validation', () => {
	it.each([
		[{ relaxationSessionsPerWeek: -1 }, 'relaxationSessionsPerWeek must be 0–80'],
		[{ medicalSessionsPerWeek: 81 }, 'medicalSessionsPerWeek must be 0–80'],
		[{ privateShare: 1.2 }, 'privateShare must be 0–1'],
		[{ privateDenialRate: -0.1 }, 'privateDenialRate must be 0–1'],
		[{ tipsShare: 2 }, 'tipsShare must be 0–1'],
		[{ horizonMonths: 5 }, 'horizonMonths must be an integer 12–120'],
		[{ horizonMonths: 200 }, 'horizonMonths must be an integer 12–120'],
		[{ horizonMonths: 36.5 }, 'horizonMonths must be an integer 12–120'],
		[{ relaxationPriceUsd: Number.NaN }, 'relaxationPriceUsd must be 0–10000'],
		[{ programCostUsd: Number.POSITIVE_INFINITY }, 'programCostUsd must be 0–10000000'],
		[{ medicalSessionMinutes: 0 }, 'medicalSessionMinutes must be 1–480'],
		[{ privateDaysToPayment: 400 }, 'privateDaysToPayment must be 0–365'],
		[{ discountRateAnnual: -0.01 }, 'discountRateAnnual must be 0–1']
	] as [Partial<IncomeInputs>, string][])('%o → %s', (override, message) => {
		expect(() => projectIncome(scenarioA(override))).toThrow(new RangeError(message));
	});

	it('names a missing or non-numeric field', () => {
		const missing = scenarioA() as Partial<IncomeInputs>;
		delete missing.weeksWorkedPerYear;
		expect(() => projectIncome(missing as IncomeInputs)).toThrow(/^weeksWorkedPerYear must be/);
		const text = { ...scenarioA(), rampUpMonths: '3' } as unknown as IncomeInputs;
		expect(() => projectIncome(text)).toThrow(/^rampUpMonths must be/);
	});

	it('rejects a cap below the current relaxation hours', () => {
		// 20 sessions × 60 min = 20 h > 15 h
		expect(() =>
			projectIncome(scenarioA({ relaxationSessionsPerWeek: 20, handsOnHoursPerWeekCap: 15 }))
		).toThrow(
			/^handsOnHoursPerWeekCap must be at least the current relaxation hands-on hours \(20 h\/week\)/
		);
	});

	it('publishes a limit for every field and accepts the bounds themselves', () => {
		// 24 practice fields + 4 payer lines × 6 fields + 6 take-home and hours fields
		expect(INCOME_INPUT_FIELDS).toHaveLength(24 + 4 * 6 + 6);
		const low = Object.fromEntries(INCOME_INPUT_FIELDS.map((f) => [f, INCOME_INPUT_LIMITS[f].min]));
		const high = Object.fromEntries(
			INCOME_INPUT_FIELDS.map((f) => [f, INCOME_INPUT_LIMITS[f].max])
		);
		expect(() => projectIncome(low as unknown as IncomeInputs)).not.toThrow();
		// all maxima: relaxation 80 × 480 min = 640 h > 168 h cap, so keep the baseline within the cap;
		// the payer lines together may take at most every session, so one line takes them all
		expect(() =>
			projectIncome({
				...(high as unknown as IncomeInputs),
				relaxationSessionMinutes: 120,
				pipShare: 0,
				wcShare: 0,
				medicaidShare: 0
			})
		).not.toThrow();
	});
});
