import { describe, expect, it } from 'vitest';
import {
	channelMetrics,
	marketingTotals,
	projectMarketing,
	validateChannelInputs,
	type ChannelInputs
} from '$lib/finance';

/** The worked example of the TSDoc: $150 budget, 6 leads, 25 %, 3.5 visits, r = 0.9, $100. */
const website: ChannelInputs = {
	monthlyBudgetUsd: 150,
	leadsPerMonth: 6,
	conversionRate: 0.25,
	visitsPerClientPerYear: 3.5,
	monthlyRetention: 0.9,
	pricePerVisitUsd: 100
};

describe('channelMetrics', () => {
	it('returns new clients, CAC, LTV, LTV:CAC and months to recover, worked by hand', () => {
		const m = channelMetrics(website);
		// 6 leads × 0.25 = 1.5 new clients a month
		expect(m.newClientsPerMonth).toBeCloseTo(1.5, 10);
		// CAC = $150 ÷ 1.5 = $100
		expect(m.cacUsd).toBeCloseTo(100, 2);
		// revenue per client = $100 × 3.5 ÷ 12 = $29.1666…/month
		expect(m.monthlyRevenuePerClientUsd).toBeCloseTo(29.1667, 3);
		// lifetime = 1 ÷ (1 − 0.9) = 10 months
		expect(m.expectedClientMonths).toBeCloseTo(10, 10);
		// LTV = 29.1666… × 10 = $291.67
		expect(m.lifetimeValueUsd).toBeCloseTo(291.67, 2);
		// LTV:CAC = 291.666… ÷ 100 = 2.9167
		expect(m.ltvToCac).toBeCloseTo(2.9167, 4);
		// months to recover = 100 ÷ 29.1666… = 3.4286
		expect(m.monthsToRecoverCac).toBeCloseTo(3.4286, 4);
	});

	it('returns a CAC above LTV when the channel costs more than a client brings', () => {
		// $400 budget, 4 leads × 0.5 = 2 clients → CAC $200.
		// $60 × 6 visits ÷ 12 = $30/month; r = 0.5 → 2 months; LTV = $60 → LTV:CAC 0.3.
		const m = channelMetrics({
			monthlyBudgetUsd: 400,
			leadsPerMonth: 4,
			conversionRate: 0.5,
			visitsPerClientPerYear: 6,
			monthlyRetention: 0.5,
			pricePerVisitUsd: 60
		});
		expect(m.cacUsd).toBeCloseTo(200, 2);
		expect(m.lifetimeValueUsd).toBeCloseTo(60, 2);
		expect(m.ltvToCac).toBeCloseTo(0.3, 10);
		// 200 ÷ 30 = 6.667 months, longer than the 2 months a client stays on average
		expect(m.monthsToRecoverCac).toBeCloseTo(6.6667, 4);
		expect(m.monthsToRecoverCac!).toBeGreaterThan(m.expectedClientMonths);
	});

	it('returns null CAC (not 0) when a channel brings no clients', () => {
		const m = channelMetrics({ ...website, conversionRate: 0 });
		expect(m.newClientsPerMonth).toBe(0);
		expect(m.cacUsd).toBeNull();
		expect(m.ltvToCac).toBeNull();
		expect(m.monthsToRecoverCac).toBeNull();
	});

	it('returns a CAC of 0 and an undefined ratio for a free channel', () => {
		// provider referrals: no budget, 1 lead × 0.8 = 0.8 clients
		const m = channelMetrics({
			...website,
			monthlyBudgetUsd: 0,
			leadsPerMonth: 1,
			conversionRate: 0.8
		});
		expect(m.cacUsd).toBe(0);
		expect(m.ltvToCac).toBeNull();
		expect(m.monthsToRecoverCac).toBe(0);
	});

	it('returns null months to recover when a client brings no revenue', () => {
		const m = channelMetrics({ ...website, pricePerVisitUsd: 0 });
		expect(m.lifetimeValueUsd).toBe(0);
		expect(m.ltvToCac).toBe(0);
		expect(m.monthsToRecoverCac).toBeNull();
	});

	it('counts one month of revenue when no client returns (retention 0)', () => {
		// $120 × 12 ÷ 12 = $120/month × 1 month
		const m = channelMetrics({
			...website,
			monthlyRetention: 0,
			visitsPerClientPerYear: 12,
			pricePerVisitUsd: 120
		});
		expect(m.expectedClientMonths).toBe(1);
		expect(m.lifetimeValueUsd).toBeCloseTo(120, 2);
	});
});

describe('validateChannelInputs', () => {
	it.each([
		['monthlyBudgetUsd', -1, 'monthlyBudgetUsd must be 0–1000000'],
		['leadsPerMonth', Number.NaN, 'leadsPerMonth must be 0–100000'],
		['conversionRate', 1.5, 'conversionRate must be 0–1'],
		['visitsPerClientPerYear', 400, 'visitsPerClientPerYear must be 0–365'],
		['monthlyRetention', 1, 'monthlyRetention must be at least 0 and below 1'],
		['pricePerVisitUsd', Number.POSITIVE_INFINITY, 'pricePerVisitUsd must be 0–10000']
	] as const)('rejects %s = %s naming the field', (field, value, message) => {
		expect(() => validateChannelInputs({ ...website, [field]: value })).toThrow(RangeError);
		expect(() => channelMetrics({ ...website, [field]: value })).toThrow(message);
	});

	it('rejects a value that is not a number', () => {
		const bad = { ...website, leadsPerMonth: '6' } as unknown as ChannelInputs;
		expect(() => channelMetrics(bad)).toThrow('leadsPerMonth must be');
	});

	it('accepts the bounds themselves', () => {
		expect(() =>
			validateChannelInputs({ ...website, conversionRate: 1, monthlyRetention: 0 })
		).not.toThrow();
	});
});

describe('projectMarketing', () => {
	it('returns active clients, spend and revenue month by month, worked by hand', () => {
		// N = 4 × 0.5 = 2 new clients, r = 0.5: active 2, 0.5×2+2 = 3, 0.5×3+2 = 3.5
		// revenue per active client = $120 × 12 ÷ 12 = $120 → $240, $360, $420
		const rows = projectMarketing({
			channels: [
				{
					monthlyBudgetUsd: 60,
					leadsPerMonth: 4,
					conversionRate: 0.5,
					visitsPerClientPerYear: 12,
					monthlyRetention: 0.5,
					pricePerVisitUsd: 120
				}
			],
			months: 3
		});
		expect(rows.map((r) => r.month)).toEqual([1, 2, 3]);
		expect(rows.map((r) => r.newClients)).toEqual([2, 2, 2]);
		expect(rows.map((r) => r.activeClients)).toEqual([2, 3, 3.5]);
		expect(rows.map((r) => r.revenueUsd)).toEqual([240, 360, 420]);
		expect(rows.map((r) => r.spendUsd)).toEqual([60, 60, 60]);
		expect(rows.map((r) => r.cumulativeSpendUsd)).toEqual([60, 120, 180]);
	});

	it('sums channels and approaches N ÷ (1 − r) active clients', () => {
		// website: 1.5 new/month, r = 0.9 → steady state 1.5 ÷ 0.1 = 15
		// month 12: 1.5 × (1 − 0.9¹²) ÷ 0.1 = 15 × (1 − 0.282430…) = 10.7636
		// second channel: 1 new/month, r = 0 → always 1 active
		const rows = projectMarketing({
			channels: [
				website,
				{
					...website,
					monthlyBudgetUsd: 0,
					leadsPerMonth: 1,
					conversionRate: 1,
					monthlyRetention: 0
				}
			]
		});
		expect(rows).toHaveLength(12);
		expect(rows[11]!.activeClients).toBeCloseTo(10.7636 + 1, 3);
		expect(rows[11]!.newClients).toBeCloseTo(2.5, 10);
		// spend: $150 a month for 12 months = $1,800
		expect(rows[11]!.cumulativeSpendUsd).toBeCloseTo(1800, 2);
	});

	it('returns months of zeros for an empty plan', () => {
		const rows = projectMarketing({ channels: [], months: 2 });
		expect(rows).toEqual([
			{
				month: 1,
				newClients: 0,
				activeClients: 0,
				spendUsd: 0,
				cumulativeSpendUsd: 0,
				revenueUsd: 0
			},
			{
				month: 2,
				newClients: 0,
				activeClients: 0,
				spendUsd: 0,
				cumulativeSpendUsd: 0,
				revenueUsd: 0
			}
		]);
	});

	it('names the channel and field of impossible input, and rejects a bad horizon', () => {
		expect(() =>
			projectMarketing({ channels: [website, { ...website, monthlyRetention: 1.2 }] })
		).toThrow('channels[1].monthlyRetention must be at least 0 and below 1');
		expect(() => projectMarketing({ channels: [website], months: 0 })).toThrow(
			'months must be an integer 1–120'
		);
		expect(() => projectMarketing({ channels: [website], months: 2.5 })).toThrow(/months/);
	});
});

describe('marketingTotals', () => {
	it('returns the budget, new clients and blended CAC', () => {
		// ($150, 1.5 clients) + ($0, 1 × 0.5 = 0.5 clients) → $150, 2 clients, $75 each
		const t = marketingTotals({
			channels: [
				website,
				{ ...website, monthlyBudgetUsd: 0, leadsPerMonth: 1, conversionRate: 0.5 }
			]
		});
		expect(t.monthlyBudgetUsd).toBeCloseTo(150, 2);
		expect(t.newClientsPerMonth).toBeCloseTo(2, 10);
		expect(t.blendedCacUsd).toBeCloseTo(75, 2);
	});

	it('returns a null blended CAC when no channel brings clients', () => {
		expect(
			marketingTotals({ channels: [{ ...website, leadsPerMonth: 0 }] }).blendedCacUsd
		).toBeNull();
		expect(marketingTotals({ channels: [] })).toEqual({
			monthlyBudgetUsd: 0,
			newClientsPerMonth: 0,
			blendedCacUsd: null
		});
	});

	it('rejects impossible input naming the channel', () => {
		expect(() => marketingTotals({ channels: [{ ...website, leadsPerMonth: -2 }] })).toThrow(
			'channels[0].leadsPerMonth must be 0–100000'
		);
	});
});
