/**
 * What the checklist costs, by kind, and the link that carries those costs to the income
 * projection (`/income` reads its inputs from the query string; field names are those of
 * `IncomeInputs` in `$lib/finance/income`).
 *
 * For each step not marked "not for me" that has a one-time cost kind: the user's own figure if
 * they entered one, else the chosen end of the published range, else the step is listed as
 * having no published cost. A kind whose steps all lack a cost is left out of the link (the
 * income page keeps its own value) rather than sent as 0.
 */
import { stepState, type ChecklistData, type IncomeField, type Step } from './types';

/** The one-time cost kinds, in the order the income page lists them. */
export const COST_KINDS: readonly { field: IncomeField; label: string }[] = [
	{ field: 'programCostUsd', label: 'Training and certification' },
	{ field: 'credentialingUsd', label: 'NPI, credentialing and billing set-up' },
	{ field: 'equipmentUsd', label: 'Equipment and room' },
	{ field: 'launchMarketingUsd', label: 'Launch marketing' }
];

export type CostBasis = 'low' | 'high';

export interface CostedStep {
	step: Step;
	/** USD used for the sum. */
	usd: number;
	/** Where the figure came from. */
	from: 'your figure' | 'published low end' | 'published high end';
}

export interface KindTotal {
	field: IncomeField;
	label: string;
	/** Sum of the known costs, USD; null when no step of this kind has a cost. */
	totalUsd: number | null;
	costed: CostedStep[];
	/** Steps of this kind with no published cost and no own figure. */
	unknown: Step[];
}

export interface CostSummary {
	kinds: KindTotal[];
	/** Sum over kinds of the known costs, USD; null when nothing is known. */
	totalUsd: number | null;
	/** All steps with no cost, across kinds. */
	unknown: Step[];
	/** Steps left out because they are marked "not for me". */
	skipped: Step[];
}

/** Sum the known one-time costs of the steps that apply, by kind. */
export function costSummary(options: {
	steps: readonly Step[];
	data: ChecklistData;
	basis: CostBasis;
}): CostSummary {
	const { steps, data, basis } = options;
	const skipped: Step[] = [];
	const kinds: KindTotal[] = COST_KINDS.map((k) => ({
		...k,
		totalUsd: null,
		costed: [],
		unknown: []
	}));
	for (const step of [...steps].sort((a, b) => a.order - b.order)) {
		if (step.incomeField === null) continue;
		const state = stepState(data, step.id);
		if (state.status === 'skip') {
			skipped.push(step);
			continue;
		}
		const kind = kinds.find((k) => k.field === step.incomeField);
		if (!kind) continue;
		const published = basis === 'low' ? step.costLowUsd : step.costHighUsd;
		if (state.costUsd !== null) kind.costed.push({ step, usd: state.costUsd, from: 'your figure' });
		else if (published !== null)
			kind.costed.push({
				step,
				usd: published,
				from: basis === 'low' ? 'published low end' : 'published high end'
			});
		else kind.unknown.push(step);
	}
	for (const k of kinds)
		k.totalUsd = k.costed.length > 0 ? k.costed.reduce((sum, c) => sum + c.usd, 0) : null;
	const known = kinds.filter((k) => k.totalUsd !== null);
	return {
		kinds,
		totalUsd: known.length > 0 ? known.reduce((s, k) => s + (k.totalUsd as number), 0) : null,
		unknown: kinds.flatMap((k) => k.unknown),
		skipped
	};
}

/**
 * The `/income` address carrying the known totals (unrounded), plus the monthly marketing budget
 * when one is given. Kinds with no known cost are left out, never sent as 0.
 *
 * @example incomeHref(summary) → "/income?programCostUsd=1750&credentialingUsd=120"
 */
export function incomeHref(summary: CostSummary, marketingMonthlyUsd?: number | null): string {
	const q = new URLSearchParams();
	for (const k of summary.kinds) if (k.totalUsd !== null) q.set(k.field, String(k.totalUsd));
	if (marketingMonthlyUsd !== undefined && marketingMonthlyUsd !== null)
		q.set('marketingMonthlyUsd', String(marketingMonthlyUsd));
	const s = q.toString();
	return s ? `/income?${s}` : '/income';
}

/** Human name of an app page a step points to. */
export const PAGE_NAMES: Readonly<Record<string, string>> = {
	'/programs': 'Programs',
	'/location': 'Location',
	'/income': 'Income projection',
	'/clinic': 'Clinic planner',
	'/checklist#marketing': 'Marketing plan (on this page)'
};

/**
 * Whether a step's page can be linked: only pages that have shipped (listed in the site's
 * navigation) or an anchor on this page. Links to pages still being built would break the
 * prerendered site.
 */
export function pageLink(
	appPage: string | null,
	liveHrefs: readonly string[]
): { href: string | null; label: string } | null {
	if (appPage === null) return null;
	const label = PAGE_NAMES[appPage] ?? appPage;
	const path = appPage.split('#')[0] ?? appPage;
	const live = path === '/checklist' || liveHrefs.includes(path);
	return { href: live ? appPage : null, label };
}
