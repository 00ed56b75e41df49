import { projectIncome } from '$lib/finance';
import { scenarioA } from '../finance/fixtures';
import { describe, expect, it } from 'vitest';
import {
	PAYBACK_HORIZON_MONTHS,
	loanTerms,
	monthlyGain,
	payback
} from '../../../src/lib/programs/payback';

describe('monthlyGain', () => {
	it('is sessions a week × premium × weeks a year ÷ 12', () => {
		// 3 × $20 × 48 = $2,880 a year ÷ 12 = $240 a month
		expect(monthlyGain({ sessionsPerWeek: 3, premiumUsd: 20, weeksPerYear: 48 })).toBe(240);
		// 2 × $15 × 50 = $1,500 a year ÷ 12 = $125
		expect(monthlyGain({ sessionsPerWeek: 2, premiumUsd: 15, weeksPerYear: 50 })).toBe(125);
	});

	it('rejects more than 52 weeks and negative inputs', () => {
		expect(() => monthlyGain({ sessionsPerWeek: 1, premiumUsd: 1, weeksPerYear: 53 })).toThrow(
			'weeksPerYear'
		);
		expect(() => monthlyGain({ sessionsPerWeek: -1, premiumUsd: 1, weeksPerYear: 1 })).toThrow(
			'sessionsPerWeek'
		);
	});
});

describe('loanTerms', () => {
	it('works out a $3,000 loan at 12% APR over 12 months', () => {
		// r = 0.12 ÷ 12 = 0.01; payment = 3000 × 0.01 ÷ (1 − 1.01^−12) = 30 ÷ 0.112551 = 266.546…
		const t = loanTerms({ principalUsd: 3000, aprFraction: 0.12, months: 12 });
		expect(t.paymentUsd).toBeCloseTo(266.5464, 3);
		// interest = 12 × 266.5464 − 3000 = 198.556
		expect(t.interestUsd).toBeCloseTo(198.556, 2);
	});

	it('works out $5,000 at 9% over 24 months', () => {
		// r = 0.0075; 1.0075^−24 = 0.835831; payment = 37.5 ÷ 0.164169 = 228.424
		const t = loanTerms({ principalUsd: 5000, aprFraction: 0.09, months: 24 });
		expect(t.paymentUsd).toBeCloseTo(228.4237, 3);
		expect(t.interestUsd).toBeCloseTo(482.169, 2); // 24 × 228.4237 − 5000
	});

	it('splits evenly with no interest at 0% APR', () => {
		expect(loanTerms({ principalUsd: 1200, aprFraction: 0, months: 12 })).toEqual({
			paymentUsd: 100,
			interestUsd: 0
		});
	});

	it('rejects a loan term that is not 1–360 whole months', () => {
		expect(() => loanTerms({ principalUsd: 1, aprFraction: 0, months: 0 })).toThrow('months');
		expect(() => loanTerms({ principalUsd: 1, aprFraction: 0, months: 1.5 })).toThrow('months');
	});
});

describe('payback', () => {
	it('pays back $6,817.40 at $240 a month in 28.41 months', () => {
		const r = payback({ totalCostUsd: 6817.4, monthlyGainUsd: 240, rampUpMonths: 0, loan: null });
		// running total after 28 months: −6817.40 + 28 × 240 = −97.40; month 29 adds 240
		// → 28 + 97.40 ÷ 240 = 28.4058…
		expect(r.paybackMonths).toBeCloseTo(28.4058, 3);
		expect(r.flows).toHaveLength(PAYBACK_HORIZON_MONTHS + 1);
		expect(r.upfrontUsd).toBe(6817.4);
		const [three, five] = r.netGains;
		expect(three?.netUsd).toBeCloseTo(1822.6, 2); // 36 × 240 − 6817.40
		expect(three?.roi).toBeCloseTo(0.26735, 4); // 1822.60 ÷ 6817.40
		expect(five?.netUsd).toBeCloseTo(7582.6, 2); // 60 × 240 − 6817.40
		expect(five?.roi).toBeCloseTo(1.11225, 4); // 7582.60 ÷ 6817.40
	});

	it('counts loan interest as part of what the training must pay back', () => {
		const r = payback({
			totalCostUsd: 3000,
			monthlyGainUsd: 240,
			rampUpMonths: 0,
			loan: { principalUsd: 3000, aprFraction: 0.12, months: 12 }
		});
		expect(r.upfrontUsd).toBe(0);
		expect(r.loan?.paymentUsd).toBeCloseTo(266.5464, 3);
		expect(r.paidUsd).toBeCloseTo(3198.556, 2); // 3000 + 198.556 interest
		// 3198.556 ÷ 240 = 13.327 months (running total crosses 0 in month 14)
		expect(r.paybackMonths).toBeCloseTo(13.3273, 3);
		expect(r.monthlyCashWhileRepayingUsd).toBeCloseTo(-26.5464, 3); // 240 − 266.5464
		expect(r.netGains[0]?.netUsd).toBeCloseTo(5441.444, 2); // 36 × 240 − 3198.556
	});

	it('never pays back with no extra income', () => {
		const r = payback({ totalCostUsd: 1000, monthlyGainUsd: 0, rampUpMonths: 6, loan: null });
		expect(r.paybackMonths).toBeNull();
		expect(r.netGains[1]?.netUsd).toBe(-1000);
		expect(r.netGains[1]?.roi).toBe(-1);
	});

	it('rejects a loan larger than the cost', () => {
		expect(() =>
			payback({
				totalCostUsd: 1000,
				monthlyGainUsd: 100,
				rampUpMonths: 0,
				loan: { principalUsd: 1001, aprFraction: 0.1, months: 12 }
			})
		).toThrow('principalUsd');
	});

	it('builds the gain up under the income page’s ramp rule', () => {
		// $3,000, $600 a month once settled, 3-month ramp: 200, 400, 600, 600 …
		// running total −2800, −2400, −1800, −1200, −600, 0 → paid back at month 6 exactly
		const r = payback({ totalCostUsd: 3000, monthlyGainUsd: 600, rampUpMonths: 3, loan: null });
		expect(r.flows.slice(0, 5)).toEqual([-3000, 200, 400, 600, 600]);
		expect(r.paybackMonths).toBe(6);
	});

	it('gives the same month as the income projection for the same cost, gain and ramp-up', () => {
		// The income model with only self-pay medical work and no monthly costs: 5 sessions a week
		// × 4 weeks × $120 = $2,400 a month once settled, a 3-month ramp, $3,000 up front.
		const inputs = scenarioA({
			ceMonthlyUsd: 0,
			liabilityInsuranceChangeMonthlyUsd: 0,
			marketingMonthlyUsd: 0,
			billingSoftwareMonthlyUsd: 0,
			equipmentUsd: 0,
			launchMarketingUsd: 0,
			programCostUsd: 3000,
			rampUpMonths: 3,
			horizonMonths: 36
		});
		const income = projectIncome(inputs);
		expect(income.steadyStateMonthlyIncrementUsd).toBeCloseTo(2400, 9);
		const programs = payback({
			totalCostUsd: 3000,
			monthlyGainUsd: 2400,
			rampUpMonths: 3,
			loan: null
		});
		// 800, 1600, 2400: −2200, −600, +1800 → 2 + 600 ÷ 2400 = 2.25 months on both pages
		expect(programs.paybackMonths).toBeCloseTo(2.25, 12);
		expect(income.paybackMonths).toBeCloseTo(2.25, 12);
	});
});
