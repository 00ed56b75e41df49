import { describe, expect, it } from 'vitest';
import {
	defaultTexts,
	resolveAssumptions,
	resolveLoan
} from '../../../src/lib/programs/assumptions';

describe('resolveAssumptions', () => {
	it('uses the default wage when hourly earnings are blank, and the labelled defaults', () => {
		const r = resolveAssumptions(defaultTexts(), 28.1);
		expect(r.values).toEqual({
			hourlyEarningsUsd: 28.1,
			paidWorkShare: 1, // 100% ÷ 100
			travelPerDayUsd: 150,
			sessionsPerWeek: 3,
			premiumUsd: 20,
			weeksPerYear: 48,
			rampUpMonths: 6 // the income page's default ramp-up
		});
		expect(r.errors).toEqual({});
	});

	it('reads typed values, percent as a fraction', () => {
		const r = resolveAssumptions(
			{ ...defaultTexts(), hourly: '$31.50', paidShare: '25', weeks: '50' },
			28.1
		);
		expect(r.values.hourlyEarningsUsd).toBe(31.5);
		expect(r.values.paidWorkShare).toBe(0.25); // 25% ÷ 100
		expect(r.values.weeksPerYear).toBe(50);
	});

	it('keeps a bad field’s error and falls back to its default, saying so', () => {
		const r = resolveAssumptions({ ...defaultTexts(), sessions: 'lots', weeks: '60' }, 28.1);
		expect(r.errors.sessions).toBe(
			'Medical sessions per week: "lots" is not a number. Type digits, e.g. 1250.'
		);
		expect(r.errors.weeks).toBe('Weeks worked per year: must be at most 52 weeks.');
		expect(r.values.sessionsPerWeek).toBe(3);
		expect(r.values.weeksPerYear).toBe(48);
		expect(r.usingDefault).toEqual(['Medical sessions per week', 'Weeks worked per year']);
	});
});

describe('resolveLoan', () => {
	it('has no loan when the amount is blank or 0', () => {
		expect(resolveLoan({ amount: '', apr: '', months: '' }, 1000)).toEqual({
			loan: null,
			errors: {}
		});
		expect(resolveLoan({ amount: '0', apr: '', months: '' }, 1000).loan).toBeNull();
	});

	it('reads a loan, APR percent as a fraction', () => {
		expect(resolveLoan({ amount: '3,000', apr: '12', months: '12' }, 6817.4)).toEqual({
			loan: { principalUsd: 3000, aprFraction: 0.12, months: 12 },
			errors: {}
		});
	});

	it('requires rate and term, whole months, and no more than the total cost', () => {
		const r = resolveLoan({ amount: '9000', apr: '', months: '6.5' }, 6817.4);
		expect(r.loan).toBeNull();
		expect(r.errors).toEqual({
			amount: "Amount borrowed: can't be more than the total cost.",
			apr: 'Interest rate (APR): enter a number (%).',
			months: 'Loan term: enter a whole number (months).'
		});
	});
});
