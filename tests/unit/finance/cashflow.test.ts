import { describe, expect, it } from 'vitest';
import {
	annualRateFromMonthly,
	irr,
	loanPayment,
	monthlyRateFromAnnual,
	npv,
	paybackPeriod
} from '$lib/finance';

describe('npv', () => {
	it('is 0 when the rate equals the one-period return', () => {
		// −100 + 110 / 1.1 = −100 + 100 = 0
		expect(npv(0.1, [-100, 110])).toBeCloseTo(0, 12);
	});

	it('discounts a four-period textbook series', () => {
		// −1000 + 300/1.05 + 400/1.05² + 500/1.05³
		// = −1000 + 285.7142857142857 + 362.8117913832200 + 431.9187992657380
		// = 80.4448763632437 (checked with 40-digit decimal arithmetic)
		expect(npv(0.05, [-1000, 300, 400, 500])).toBeCloseTo(80.4448763632437, 10);
	});

	it('is the plain sum at a zero rate', () => {
		expect(npv(0, [-1000, 300, 400, 500])).toBeCloseTo(200, 12);
		expect(npv(0, [1, 2, 3])).toBe(6);
	});

	it('does not discount flows[0] and is 0 for no flows', () => {
		expect(npv(0.5, [42])).toBe(42);
		expect(npv(0.5, [])).toBe(0);
	});

	it('rejects impossible inputs naming the field', () => {
		expect(() => npv(-1, [1])).toThrow(/ratePerPeriod/);
		expect(() => npv(Number.NaN, [1])).toThrow(RangeError);
		expect(() => npv(0.1, [1, Number.POSITIVE_INFINITY])).toThrow(/cashFlows\[1\]/);
	});
});

describe('irr', () => {
	it('finds 10 % for [−100, 110]', () => {
		expect(irr([-100, 110])).toBeCloseTo(0.1, 12);
	});

	it('matches an independent bisection for [−1000, 300, 400, 500]', () => {
		// Bisection with 40-digit decimals on −1000 + 300/(1+r) + 400/(1+r)² + 500/(1+r)³:
		// r = 0.08896339469334993531776…
		const r = irr([-1000, 300, 400, 500]);
		expect(r).not.toBeNull();
		expect(r as number).toBeCloseTo(0.0889633946933499, 12);
	});

	it('handles negative returns', () => {
		// −100 + 50/(1+r) = 0 → 1 + r = 0.5 → r = −0.5
		expect(irr([-100, 50])).toBeCloseTo(-0.5, 12);
	});

	it('ignores leading zeros', () => {
		expect(irr([0, -100, 110])).toBeCloseTo(0.1, 12);
	});

	it('returns null when flows never change sign', () => {
		expect(irr([-100, -50, -1])).toBeNull();
		expect(irr([100, 50, 1])).toBeNull();
		expect(irr([0, 0, 0])).toBeNull();
		expect(irr([])).toBeNull();
	});

	it('returns null when the only root is outside the search range', () => {
		// −1 + 1e7/(1+r) = 0 → r = 9 999 999 > 1e6
		expect(irr([-1, 1e7])).toBeNull();
	});

	it('with two sign changes returns the root closest to 0', () => {
		// −100 + 230x − 132x² with x = 1/(1+r) factors as −132(x − 1/1.1)(x − 1/1.2):
		// roots r = 0.1 and r = 0.2; the one closer to 0 is 0.1.
		const r = irr([-100, 230, -132]);
		expect(r).toBeCloseTo(0.1, 10);
		expect(npv(r as number, [-100, 230, -132])).toBeCloseTo(0, 8);
		// 10 − 23x + 12x² = 12(x − 1.25)(x − 2/3): roots r = −0.2 and r = 0.5 → −0.2
		expect(irr([10, -23, 12])).toBeCloseTo(-0.2, 10);
	});

	it('returns null with two sign changes and no real root', () => {
		// −100 + 230x − 140x²: discriminant 230² − 4·100·140 = 52 900 − 56 000 < 0
		expect(irr([-100, 230, -140])).toBeNull();
	});

	it('rejects non-finite flows', () => {
		expect(() => irr([-1, Number.NaN])).toThrow(/cashFlows\[1\]/);
	});
});

describe('paybackPeriod', () => {
	it('interpolates inside the crossing period', () => {
		// running totals −1000, −700, −300, +200 → 2 + 300/500 = 2.6
		expect(paybackPeriod([-1000, 300, 400, 500])).toBeCloseTo(2.6, 12);
	});

	it('is 0 when flows[0] ≥ 0', () => {
		expect(paybackPeriod([0, -5, 10])).toBe(0);
		expect(paybackPeriod([5, -10])).toBe(0);
	});

	it('is null when the running total never reaches 0', () => {
		expect(paybackPeriod([-100, 10, 10])).toBeNull();
		expect(paybackPeriod([])).toBeNull();
	});

	it('lands exactly on a period boundary', () => {
		// running totals −100, −50, 0 → reaches 0 at the end of period 2: 1 + 50/50 = 2
		expect(paybackPeriod([-100, 50, 50, 10])).toBe(2);
	});

	it('reports the first crossing even if the total dips again', () => {
		// −100 → +50 in period 1: 0 + 100/150 = 2/3
		expect(paybackPeriod([-100, 150, -200, 10])).toBeCloseTo(2 / 3, 12);
	});
});

describe('loanPayment', () => {
	it('matches the annuity formula', () => {
		// 10000 × 0.005 / (1 − 1.005^−60) = 50 / 0.258627804… = 193.32801529427918… (40-digit decimals)
		expect(loanPayment(10_000, 0.005, 60)).toBeCloseTo(193.328015294279, 9);
		// one period: repay principal plus one period of interest
		expect(loanPayment(1000, 0.1, 1)).toBeCloseTo(1100, 10);
	});

	it('is principal ÷ periods at a zero rate', () => {
		expect(loanPayment(12_000, 0, 24)).toBe(500);
	});

	it('stays accurate for tiny rates', () => {
		// r → 0: payment → P/n + P·r·(n+1)/(2n)
		expect(loanPayment(12_000, 1e-12, 24)).toBeCloseTo(500 + (12_000 * 1e-12 * 25) / 48, 9);
	});

	it('rejects impossible inputs naming the field', () => {
		expect(() => loanPayment(-1, 0.01, 12)).toThrow(/principal/);
		expect(() => loanPayment(1000, -1, 12)).toThrow(/ratePerPeriod/);
		expect(() => loanPayment(1000, 0.01, 0)).toThrow(/periods/);
		expect(() => loanPayment(1000, 0.01, 1.5)).toThrow(/periods/);
	});
});

describe('rate conversion', () => {
	it('converts annual ↔ monthly compound rates', () => {
		// 1.01¹² − 1 = 0.12682503013196977
		expect(monthlyRateFromAnnual(0.12682503013196977)).toBeCloseTo(0.01, 15);
		expect(annualRateFromMonthly(0.01)).toBeCloseTo(0.12682503013196977, 14);
		expect(monthlyRateFromAnnual(0)).toBe(0);
	});

	it('rejects rates ≤ −1', () => {
		expect(() => monthlyRateFromAnnual(-1)).toThrow(/annualRate/);
		expect(() => annualRateFromMonthly(-1)).toThrow(/monthlyRate/);
	});
});
