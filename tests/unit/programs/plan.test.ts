import { describe, expect, it } from 'vitest';
import { programView } from '../../../src/lib/programs/cost';
import { planProgram, type Assumptions } from '../../../src/lib/programs/plan';
import { program } from './data';

const a: Assumptions = {
	hourlyEarningsUsd: 28.1,
	paidWorkShare: 1,
	travelPerDayUsd: 150,
	sessionsPerWeek: 3,
	premiumUsd: 20,
	weeksPerYear: 48,
	rampUpMonths: 0
};

describe('planProgram', () => {
	it('works out the Walton 4-day intensive ($797, 32 h, in person)', () => {
		const p = planProgram(programView(program('walton_onc_4day'), undefined), undefined, a);
		expect(p.travelDays).toMatchObject({ days: 4, isYours: false }); // 32 h ÷ 8
		expect(p.attendance?.travelUsd).toBe(600); // 4 × $150
		expect(p.attendance?.incomeForgoneUsd).toBeCloseTo(899.2, 2); // 32 × $28.10
		expect(p.attendance?.totalUsd).toBeCloseTo(2296.2, 2); // 797 + 600 + 899.20
		expect(p.monthlyGainUsd).toBe(240);
		expect(p.result?.paybackMonths).toBeCloseTo(9.5675, 3); // 2296.20 ÷ 240
	});

	it('uses your materials, fees and travel days', () => {
		const view = programView(program('walton_onc_4day'), undefined);
		const p = planProgram(view, { materialsUsd: 45, feesUsd: 25, inPersonDays: 0 }, a);
		expect(p.travelDays).toEqual({ days: 0, isYours: true, reason: 'your figure' });
		expect(p.attendance?.totalUsd).toBeCloseTo(1766.2, 2); // 797 + 45 + 25 + 0 + 899.20
		expect(p.attendance?.notIncluded).toEqual([]);
	});

	it('has no cost of attendance when the price is not published', () => {
		const p = planProgram(programView(program('klose_clt'), undefined), undefined, a);
		expect(p.attendance).toBeNull();
		expect(p.result).toBeNull();
		expect(p.missing).toContain('price not published');
	});

	it('applies a loan, and ignores one larger than the total', () => {
		const view = programView(program('walton_onc_4day'), undefined);
		const loan = { principalUsd: 1000, aprFraction: 0.12, months: 12 };
		expect(planProgram(view, undefined, a, loan).result?.loan).not.toBeNull();
		const tooBig = { ...loan, principalUsd: 5000 };
		expect(planProgram(view, undefined, a, tooBig).result?.loan).toBeNull();
	});

	it('says so, instead of throwing, when saved figures add up past what a number holds', () => {
		const view = programView(program('walton_onc_4day'), undefined);
		// 797 + 1e308 + 1e308 overflows to Infinity: no payback can be worked out from that
		const p = planProgram(view, { materialsUsd: 1e308, feesUsd: 1e308 }, a);
		expect(p.result).toBeNull();
		expect(p.attendance).toBeNull();
		expect(p.missing).toBe('the costs add up to more than can be worked out: check your figures');
	});
});
