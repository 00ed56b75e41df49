/**
 * Read the marketing plan saved by `/checklist`, for other pages (the clinic planner, the income
 * projection). Read-only: it never writes to storage, so calling it cannot disturb the plan.
 *
 * Storage key: `mmt:marketing-plan:v1` (JSON, shape `MarketingPlan` in `./marketing-plan`).
 *
 * @example
 * ```ts
 * import { readMarketingPlan } from '$lib/checklist/plan-reader';
 * const plan = readMarketingPlan(localStorage);
 * if (plan.status === 'ok') budget = plan.monthlyBudgetUsd; // USD/month, unrounded
 * ```
 */
import { marketingTotals } from '$lib/finance/marketing';
import { storageKey, type KeptAside } from '$lib/state/storage';
import {
	MARKETING_PLAN_STORE_NAME,
	MARKETING_PLAN_STORE_VERSION,
	toChannelInputs,
	validatePlan,
	type MarketingPlan
} from './marketing-plan';

/** `mmt:marketing-plan:v1`. */
export const MARKETING_PLAN_KEY = storageKey(
	MARKETING_PLAN_STORE_NAME,
	MARKETING_PLAN_STORE_VERSION
);

export type MarketingPlanReading =
	/** The user has not saved a plan (the checklist page's defaults are not stored until edited). */
	| { status: 'none' }
	/** Something is saved but cannot be read; `reason` says why. */
	| {
			status: 'unreadable';
			reason: string;
			/** What is stored, to offer as a download (absent when storage cannot be read). */
			kept?: KeptAside;
	  }
	| {
			status: 'ok';
			plan: MarketingPlan;
			/** Σ channel budgets. USD/month. */
			monthlyBudgetUsd: number;
			/** Σ leads × conversion. Clients/month (expected, fractional). */
			newClientsPerMonth: number;
			/** Budget ÷ new clients; null when the plan brings no clients. USD/client. */
			blendedCacUsd: number | null;
			channels: { name: string; monthlyBudgetUsd: number; newClientsPerMonth: number }[];
	  };

export function readMarketingPlan(storage: Pick<Storage, 'getItem'>): MarketingPlanReading {
	let raw: string | null;
	try {
		raw = storage.getItem(MARKETING_PLAN_KEY);
	} catch (e) {
		return { status: 'unreadable', reason: `storage is not available (${(e as Error).message})` };
	}
	if (raw === null) return { status: 'none' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return {
			status: 'unreadable',
			reason: 'not valid JSON',
			kept: { key: MARKETING_PLAN_KEY, text: raw }
		};
	}
	const plan = validatePlan(parsed);
	if (!plan)
		return {
			status: 'unreadable',
			reason: 'unexpected shape',
			kept: { key: MARKETING_PLAN_KEY, text: raw }
		};
	const inputs = plan.channels.map(toChannelInputs);
	const totals = marketingTotals({ channels: inputs });
	return {
		status: 'ok',
		plan,
		...totals,
		channels: plan.channels.map((c, i) => ({
			name: c.name,
			monthlyBudgetUsd: c.monthlyBudgetUsd,
			newClientsPerMonth: inputs[i]!.leadsPerMonth * inputs[i]!.conversionRate
		}))
	};
}
