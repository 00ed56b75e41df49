import { describe, expect, it } from 'vitest';
import {
	customChannel,
	defaultChannels,
	marketingPlanStore,
	nextCustomId,
	parsePlanField,
	toChannelInputs,
	validatePlan,
	type MarketingFacts
} from '$lib/checklist/marketing-plan';
import { MARKETING_PLAN_KEY, readMarketingPlan } from '$lib/checklist/plan-reader';
import { loadValue } from '$lib/state/storage';
import { MemoryStorage } from './helpers';

const facts: MarketingFacts = {
	visitsPerYear: { value: 3.5, source: 'AMTA 2021' },
	pricePerVisit: { value: 100, source: 'clinic blog' },
	providerReferralsPerMonth: { value: 1, source: 'AMTA members' }
};
const plan = { channels: defaultChannels(facts).map((d) => d.plan) };

describe('defaultChannels', () => {
	it('returns the five strategies with every value labelled source or assumption', () => {
		const d = defaultChannels(facts);
		expect(d.map((c) => c.plan.id)).toEqual([
			'website',
			'social',
			'providers',
			'intro',
			'referrals'
		]);
		for (const c of d) {
			expect(c.basis.visitsPerClientPerYear).toEqual({ kind: 'source', text: 'AMTA 2021' });
			expect(c.basis.pricePerVisitUsd.kind).toBe('source');
			expect(c.basis.monthlyRetentionPct.kind).toBe('assumption');
			expect(c.basis.monthlyRetentionPct.text).toMatch(/no published figure/);
		}
		const providers = d[2]!;
		expect(providers.plan.leadsPerMonth).toBe(1);
		expect(providers.basis.leadsPerMonth).toEqual({ kind: 'source', text: 'AMTA members' });
		expect(d[0]!.basis.monthlyBudgetUsd.kind).toBe('assumption');
	});

	it('converts percentages to the engine’s fractions', () => {
		expect(toChannelInputs(plan.channels[0]!)).toEqual({
			monthlyBudgetUsd: 50,
			leadsPerMonth: 4,
			conversionRate: 0.25,
			visitsPerClientPerYear: 3.5,
			monthlyRetention: 0.9,
			pricePerVisitUsd: 100
		});
	});
});

describe('parsePlanField', () => {
	it.each([
		['monthlyBudgetUsd', '$1,250', 1250],
		['conversionPct', '25%', 25],
		['visitsPerClientPerYear', '3.5', 3.5],
		['monthlyRetentionPct', '0', 0],
		['pricePerVisitUsd', ' 100 ', 100]
	] as const)('reads %s %j as %d', (key, raw, value) => {
		expect(parsePlanField(key, raw)).toEqual({ value });
	});

	it.each([
		['monthlyBudgetUsd', '', 'Enter a number from 0 to 1,000,000 (USD/month); it cannot be blank.'],
		[
			'leadsPerMonth',
			'ten',
			'Enter a number from 0 to 100,000 (leads/month); "ten" is not a number.'
		],
		['conversionPct', '120', 'Enter a number from 0 to 100 (%).'],
		['conversionPct', '-5', 'Enter a number from 0 to 100 (%).'],
		[
			'monthlyRetentionPct',
			'100',
			'Enter a number from 0 to below 100 (%): 100% would mean clients never leave, so a client would be worth an endless amount.'
		]
	] as const)('explains what %s expects for %j', (key, raw, message) => {
		expect(parsePlanField(key, raw)).toEqual({ error: message });
	});
});

describe('validatePlan', () => {
	it('accepts the default plan and rejects out-of-bounds or malformed channels', () => {
		expect(validatePlan(plan)).toEqual(plan);
		const bad = (over: object) => ({ channels: [{ ...plan.channels[0], ...over }] });
		expect(validatePlan(bad({ monthlyRetentionPct: 100 }))).toBeNull();
		expect(validatePlan(bad({ conversionPct: '25' }))).toBeNull();
		expect(validatePlan(bad({ kind: 'billboard' }))).toBeNull();
		expect(validatePlan({ channels: 'none' })).toBeNull();
	});

	it('adds custom channels with unused ids', () => {
		const c = customChannel(nextCustomId(plan), 'Flyers', plan.channels[0]);
		expect(c).toMatchObject({
			id: 'custom-1',
			kind: 'custom',
			monthlyBudgetUsd: 0,
			pricePerVisitUsd: 100
		});
		expect(nextCustomId({ channels: [...plan.channels, c] })).toBe('custom-2');
		expect(validatePlan({ channels: [c] })).not.toBeNull();
	});
});

describe('readMarketingPlan', () => {
	it('reads the plan saved by the store under mmt:marketing-plan:v1', () => {
		const storage = new MemoryStorage();
		expect(MARKETING_PLAN_KEY).toBe('mmt:marketing-plan:v1');
		expect(readMarketingPlan(storage)).toEqual({ status: 'none' });
		storage.setItem(MARKETING_PLAN_KEY, JSON.stringify(plan));
		const r = readMarketingPlan(storage);
		expect(r.status).toBe('ok');
		if (r.status !== 'ok') return;
		// budget 50 + 0 + 0 + 100 + 25 = 175 USD/month
		expect(r.monthlyBudgetUsd).toBe(175);
		// clients 4×0.25 + 3×0.2 + 1×0.8 + 4×0.5 + 2×0.5 = 1 + 0.6 + 0.8 + 2 + 1 = 5.4
		expect(r.newClientsPerMonth).toBeCloseTo(5.4, 10);
		// blended CAC = 175 ÷ 5.4 = 32.41
		expect(r.blendedCacUsd).toBeCloseTo(32.41, 2);
		expect(r.channels[0]).toEqual({ name: 'Website', monthlyBudgetUsd: 50, newClientsPerMonth: 1 });
	});

	it('reports an unreadable plan without writing anything', () => {
		const storage = new MemoryStorage();
		storage.setItem(MARKETING_PLAN_KEY, '{oops');
		expect(readMarketingPlan(storage)).toEqual({
			status: 'unreadable',
			reason: 'not valid JSON',
			kept: { key: MARKETING_PLAN_KEY, text: '{oops' }
		});
		storage.setItem(MARKETING_PLAN_KEY, '{"channels":[{"id":1}]}');
		expect(readMarketingPlan(storage)).toEqual({
			status: 'unreadable',
			reason: 'unexpected shape',
			kept: { key: MARKETING_PLAN_KEY, text: '{"channels":[{"id":1}]}' }
		});
		expect([...storage.map.keys()]).toEqual([MARKETING_PLAN_KEY]);
	});

	it('round-trips through the store spec', () => {
		const storage = new MemoryStorage();
		const spec = marketingPlanStore(() => plan);
		expect(loadValue(storage, spec).from).toBe('initial');
		storage.setItem(MARKETING_PLAN_KEY, JSON.stringify(plan));
		expect(loadValue(storage, spec)).toMatchObject({ from: 'current', value: plan });
	});
});
