/**
 * The marketing plan as the page edits and saves it: channels with their inputs in the units a
 * person types (percentages as 0–100), the plan's defaults with the reason or source of each, and
 * field checks with messages for the form. Saved under `mmt:marketing-plan:v1`.
 *
 * Rates are kept as percentages here because that is what the user typed; `toChannelInputs`
 * turns them into the fractions the finance engine takes.
 */
import { CHANNEL_INPUT_LIMITS, type ChannelInputs } from '$lib/finance/marketing';
import { count } from '$lib/format';
import type { StoreSpec } from '$lib/state/storage';

export type ChannelKind = 'website' | 'social' | 'providers' | 'intro' | 'referrals' | 'custom';

export interface ChannelPlan {
	/** Stable id within the plan, e.g. "website" or "custom-2". */
	id: string;
	kind: ChannelKind;
	name: string;
	monthlyBudgetUsd: number;
	leadsPerMonth: number;
	/** Percent of leads who book a first visit, 0–100. */
	conversionPct: number;
	visitsPerClientPerYear: number;
	/** Percent of active clients still coming the next month, 0 to below 100. */
	monthlyRetentionPct: number;
	pricePerVisitUsd: number;
}

export interface MarketingPlan {
	channels: ChannelPlan[];
}

export type PlanField =
	| 'monthlyBudgetUsd'
	| 'leadsPerMonth'
	| 'conversionPct'
	| 'visitsPerClientPerYear'
	| 'monthlyRetentionPct'
	| 'pricePerVisitUsd';

export interface PlanFieldSpec {
	key: PlanField;
	label: string;
	unit: string;
	min: number;
	max: number;
	maxExclusive?: boolean;
}

const L = CHANNEL_INPUT_LIMITS;
/** The editable fields, their units and bounds (the finance engine's, in the units typed). */
export const PLAN_FIELDS: readonly PlanFieldSpec[] = [
	{ key: 'monthlyBudgetUsd', label: 'Monthly budget', unit: 'USD/month', ...L.monthlyBudgetUsd },
	{ key: 'leadsPerMonth', label: 'Expected leads', unit: 'leads/month', ...L.leadsPerMonth },
	{ key: 'conversionPct', label: 'Leads who book a first visit', unit: '%', min: 0, max: 100 },
	{
		key: 'visitsPerClientPerYear',
		label: 'Visits per client',
		unit: 'visits/year',
		...L.visitsPerClientPerYear
	},
	{
		key: 'monthlyRetentionPct',
		label: 'Clients still coming the next month',
		unit: '%',
		min: 0,
		max: 100,
		maxExclusive: true
	},
	{ key: 'pricePerVisitUsd', label: 'Price per visit', unit: 'USD/visit', ...L.pricePerVisitUsd }
];

/** The engine's inputs for a channel: percentages become fractions. */
export function toChannelInputs(c: ChannelPlan): ChannelInputs {
	return {
		monthlyBudgetUsd: c.monthlyBudgetUsd,
		leadsPerMonth: c.leadsPerMonth,
		conversionRate: c.conversionPct / 100,
		visitsPerClientPerYear: c.visitsPerClientPerYear,
		monthlyRetention: c.monthlyRetentionPct / 100,
		pricePerVisitUsd: c.pricePerVisitUsd
	};
}

/**
 * Read what the user typed into a field: the number, or a message saying what is expected.
 * Thousands separators and a leading $ are accepted; blank is an error (a channel needs every
 * input).
 */
export function parsePlanField(key: PlanField, raw: string): { value: number } | { error: string } {
	const spec = PLAN_FIELDS.find((f) => f.key === key);
	if (!spec) return { error: `Unknown field ${key}` };
	const text = raw.trim().replace(/^\$/, '').replace(/%$/, '').replaceAll(',', '').trim();
	const range = spec.maxExclusive
		? `from ${spec.min} to below ${spec.max}`
		: `from ${spec.min} to ${count(spec.max)}`;
	const expected = `Enter a number ${range} (${spec.unit})`;
	if (text === '') return { error: `${expected}; it cannot be blank.` };
	if (!/^-?(\d*\.?\d+|\d+\.)$/.test(text))
		return { error: `${expected}; "${raw.trim()}" is not a number.` };
	const value = Number(text);
	const tooHigh = spec.maxExclusive ? value >= spec.max : value > spec.max;
	if (value < spec.min || tooHigh) {
		const why =
			key === 'monthlyRetentionPct' && value >= 100
				? ': 100% would mean clients never leave, so a client would be worth an endless amount'
				: '';
		return { error: `${expected}${why}.` };
	}
	return { value };
}

/** Where a default comes from: a source, or an assumption with its reason. */
export interface FieldBasis {
	kind: 'source' | 'assumption';
	text: string;
}

/** A sourced figure the defaults use: its value and how to cite it. */
export interface SourcedFigure {
	value: number;
	source: string;
}

export interface MarketingFacts {
	/** Massages per consumer a year (AMTA 2021). */
	visitsPerYear: SourcedFigure;
	/** Low end of the one published medical-massage price per hour. */
	pricePerVisit: SourcedFigure;
	/** Low end of healthcare-provider referrals a month, for members who get them (AMTA). */
	providerReferralsPerMonth: SourcedFigure;
}

export interface ChannelDefault {
	plan: ChannelPlan;
	basis: Record<PlanField, FieldBasis>;
}

const assume = (text: string): FieldBasis => ({ kind: 'assumption', text });
const NO_RATE = 'no published figure was found';

/**
 * The default channels (the five strategies the seed article lists), with the reason for each
 * value. Only visits per year, price and provider referrals come from data; every other value is
 * an assumption, labelled as such, for the user to replace.
 */
export function defaultChannels(facts: MarketingFacts): ChannelDefault[] {
	const shared = {
		visitsPerClientPerYear: facts.visitsPerYear.value,
		monthlyRetentionPct: 90,
		pricePerVisitUsd: facts.pricePerVisit.value
	};
	const sharedBasis = {
		visitsPerClientPerYear: { kind: 'source', text: facts.visitsPerYear.source },
		monthlyRetentionPct: assume(
			`${NO_RATE} for how long massage clients keep coming; 90% a month means an average client stays 10 months`
		),
		pricePerVisitUsd: { kind: 'source', text: facts.pricePerVisit.source }
	} as const;
	const channel = (
		id: Exclude<ChannelKind, 'custom'>,
		name: string,
		values: Pick<ChannelPlan, 'monthlyBudgetUsd' | 'leadsPerMonth' | 'conversionPct'>,
		basis: Record<'monthlyBudgetUsd' | 'leadsPerMonth' | 'conversionPct', FieldBasis>
	): ChannelDefault => ({
		plan: { id, kind: id, name, ...values, ...shared },
		basis: { ...basis, ...sharedBasis }
	});
	// One reason for every placeholder, so the page lists it once.
	const placeholder = assume(
		`${NO_RATE} for a therapist's practice; a placeholder to replace with yours`
	);
	return [
		channel(
			'website',
			'Website',
			{ monthlyBudgetUsd: 50, leadsPerMonth: 4, conversionPct: 25 },
			{
				monthlyBudgetUsd: placeholder,
				leadsPerMonth: placeholder,
				conversionPct: placeholder
			}
		),
		channel(
			'social',
			'Social media',
			{ monthlyBudgetUsd: 0, leadsPerMonth: 3, conversionPct: 20 },
			{
				monthlyBudgetUsd: assume('posting costs time rather than money; add any paid promotion'),
				leadsPerMonth: placeholder,
				conversionPct: placeholder
			}
		),
		channel(
			'providers',
			'Healthcare-provider referrals',
			{
				monthlyBudgetUsd: 0,
				leadsPerMonth: facts.providerReferralsPerMonth.value,
				conversionPct: 80
			},
			{
				monthlyBudgetUsd: assume('outreach costs time; add printing or meetings you pay for'),
				leadsPerMonth: { kind: 'source', text: facts.providerReferralsPerMonth.source },
				conversionPct: assume(
					`${NO_RATE}; a referred patient arrives with a prescription, so most are assumed to book`
				)
			}
		),
		channel(
			'intro',
			'Introductory sessions or packages',
			{ monthlyBudgetUsd: 100, leadsPerMonth: 4, conversionPct: 50 },
			{
				monthlyBudgetUsd: assume(
					`the value of the discounts given each month; ${NO_RATE}, so a placeholder to replace with yours`
				),
				leadsPerMonth: placeholder,
				conversionPct: placeholder
			}
		),
		channel(
			'referrals',
			'Testimonials and client referrals',
			{ monthlyBudgetUsd: 25, leadsPerMonth: 2, conversionPct: 50 },
			{
				monthlyBudgetUsd: assume(
					`thank-you credits for clients who refer; ${NO_RATE}, so a placeholder to replace with yours`
				),
				leadsPerMonth: placeholder,
				conversionPct: placeholder
			}
		)
	];
}

/** A new custom channel: zeros except the shared client figures, all "your figure". */
export function customChannel(id: string, name: string, like?: ChannelPlan): ChannelPlan {
	return {
		id,
		kind: 'custom',
		name,
		monthlyBudgetUsd: 0,
		leadsPerMonth: 0,
		conversionPct: 0,
		visitsPerClientPerYear: like?.visitsPerClientPerYear ?? 0,
		monthlyRetentionPct: like?.monthlyRetentionPct ?? 0,
		pricePerVisitUsd: like?.pricePerVisitUsd ?? 0
	};
}

/** An id for a new custom channel that is not used yet in the plan. */
export function nextCustomId(plan: MarketingPlan): string {
	let n = 1;
	while (plan.channels.some((c) => c.id === `custom-${n}`)) n++;
	return `custom-${n}`;
}

const KINDS = new Set<string>(['website', 'social', 'providers', 'intro', 'referrals', 'custom']);

/** A saved plan if every channel is well-formed and within bounds, else null. */
export function validatePlan(value: unknown): MarketingPlan | null {
	if (typeof value !== 'object' || value === null) return null;
	const channels = (value as { channels?: unknown }).channels;
	if (!Array.isArray(channels) || channels.length > 50) return null;
	const out: ChannelPlan[] = [];
	for (const c of channels) {
		if (typeof c !== 'object' || c === null) return null;
		const r = c as Record<string, unknown>;
		if (typeof r.id !== 'string' || typeof r.name !== 'string' || r.name.length > 100) return null;
		if (typeof r.kind !== 'string' || !KINDS.has(r.kind)) return null;
		for (const f of PLAN_FIELDS) {
			const v = r[f.key];
			if (typeof v !== 'number' || !Number.isFinite(v) || v < f.min) return null;
			if (f.maxExclusive ? v >= f.max : v > f.max) return null;
		}
		out.push({ ...(r as unknown as ChannelPlan) });
	}
	return { channels: out };
}

export const MARKETING_PLAN_STORE_NAME = 'marketing-plan';
export const MARKETING_PLAN_STORE_VERSION = 1;

/** The storage spec of the plan; `initial` is the default plan built from the data. */
export function marketingPlanStore(initial: () => MarketingPlan): StoreSpec<MarketingPlan> {
	return {
		name: MARKETING_PLAN_STORE_NAME,
		version: MARKETING_PLAN_STORE_VERSION,
		initial,
		validate: validatePlan
	};
}
