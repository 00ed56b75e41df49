/**
 * Marketing-channel arithmetic: how many new clients a channel brings each month, what each one
 * costs to acquire (CAC), what a client is worth over the time they keep coming (lifetime value,
 * LTV), and the 12-month path of active clients and spend for a whole plan.
 *
 * Conventions: money in USD, never rounded; rates are fractions (0.25 = 25 %); months are
 * calendar-month steps. Lifetime value is revenue (price × visits), before any costs.
 *
 * @module
 */

/** One marketing channel's inputs (website, social media, provider referrals, …). */
export interface ChannelInputs {
	/** Money spent on the channel each month. USD/month, 0–1 000 000. */
	monthlyBudgetUsd: number;
	/** Enquiries the channel brings each month. Leads/month, 0–100 000. */
	leadsPerMonth: number;
	/** Share of leads who book a first visit. Fraction, 0–1. */
	conversionRate: number;
	/** Visits an active client makes in a year. Visits/year, 0–365. */
	visitsPerClientPerYear: number;
	/** Share of active clients still coming the next month. Fraction, at least 0 and below 1. */
	monthlyRetention: number;
	/** Price the client (or payer) pays per visit. USD/visit, 0–10 000. */
	pricePerVisitUsd: number;
}

export interface ChannelLimit {
	min: number;
	max: number;
	/** When true the maximum itself is not allowed (retention of exactly 1 means clients never leave). */
	maxExclusive?: boolean;
}

/** Bounds of every channel input; shared with the form so the page checks input first. */
export const CHANNEL_INPUT_LIMITS: Readonly<Record<keyof ChannelInputs, ChannelLimit>> = {
	monthlyBudgetUsd: { min: 0, max: 1_000_000 },
	leadsPerMonth: { min: 0, max: 100_000 },
	conversionRate: { min: 0, max: 1 },
	visitsPerClientPerYear: { min: 0, max: 365 },
	monthlyRetention: { min: 0, max: 1, maxExclusive: true },
	pricePerVisitUsd: { min: 0, max: 10_000 }
};

const FIELDS = Object.keys(CHANNEL_INPUT_LIMITS) as (keyof ChannelInputs)[];

/** Months in a year, used to turn visits per year into visits per month. */
const MONTHS_PER_YEAR = 12;

/**
 * Rejects impossible channel inputs.
 *
 * Rule: every field is a finite number within {@link CHANNEL_INPUT_LIMITS}; monthlyRetention
 * must stay below 1, since a client who never leaves has an infinite lifetime value.
 *
 * Worked example: `validateChannelInputs({ …, conversionRate: 1.5 })` throws
 * `RangeError('conversionRate must be 0–1')`.
 *
 * @param label optional prefix for the message, e.g. `channels[2].`.
 * @throws RangeError whose message starts with the offending field's name.
 */
export function validateChannelInputs(inputs: ChannelInputs, label = ''): void {
	if (typeof inputs !== 'object' || inputs === null) {
		throw new RangeError(`${label || 'inputs'} must be an object`);
	}
	for (const field of FIELDS) {
		const { min, max, maxExclusive } = CHANNEL_INPUT_LIMITS[field];
		const v = inputs[field];
		const ok =
			typeof v === 'number' &&
			Number.isFinite(v) &&
			v >= min &&
			(maxExclusive ? v < max : v <= max);
		if (!ok) {
			const range = maxExclusive ? `at least ${min} and below ${max}` : `${min}–${max}`;
			throw new RangeError(`${label}${field} must be ${range}`);
		}
	}
}

/** What one channel yields, per month and per client. `null` means "not defined", never 0. */
export interface ChannelMetrics {
	/** leadsPerMonth × conversionRate. Clients/month. */
	newClientsPerMonth: number;
	/** Cost per acquired client: monthlyBudgetUsd ÷ newClientsPerMonth. USD/client; null when the channel brings no clients. */
	cacUsd: number | null;
	/** pricePerVisitUsd × visitsPerClientPerYear ÷ 12. USD per active client per month. */
	monthlyRevenuePerClientUsd: number;
	/** Expected months a new client stays: 1 ÷ (1 − monthlyRetention). Months. */
	expectedClientMonths: number;
	/** monthlyRevenuePerClientUsd × expectedClientMonths. USD of revenue per acquired client. */
	lifetimeValueUsd: number;
	/** lifetimeValueUsd ÷ cacUsd. Ratio; null when CAC is null or 0 (nothing spent per client). */
	ltvToCac: number | null;
	/** cacUsd ÷ monthlyRevenuePerClientUsd. Months; 0 when CAC is 0; null when CAC is null or a client brings no revenue. */
	monthsToRecoverCac: number | null;
}

/**
 * The acquisition economics of one channel.
 *
 * Formulas (units in brackets):
 * - new clients per month = leadsPerMonth × conversionRate [clients/month];
 * - CAC = monthlyBudgetUsd ÷ new clients per month [USD/client] (null if no clients);
 * - monthly revenue per client = pricePerVisitUsd × visitsPerClientPerYear ÷ 12 [USD/month];
 * - expected client months = 1 + r + r² + … = 1 ÷ (1 − r), r = monthlyRetention: a client
 *   counts in the month they arrive and each later month stays with probability r [months];
 * - LTV = monthly revenue per client × expected client months [USD];
 * - LTV:CAC = LTV ÷ CAC [ratio] (null when CAC is 0 or null);
 * - months to recover CAC = CAC ÷ monthly revenue per client [months]. It is below the expected
 *   client months exactly when LTV:CAC > 1: otherwise the average client leaves first.
 * No constants from data; 12 months per year.
 *
 * Worked example: budget $150/month, 6 leads, 25 % convert, 3.5 visits/year, retention 0.9,
 * $100 per visit → 6 × 0.25 = 1.5 clients/month; CAC = 150 ÷ 1.5 = $100; revenue per client =
 * 100 × 3.5 ÷ 12 = $29.1667/month; lifetime = 1 ÷ 0.1 = 10 months; LTV = $291.667;
 * LTV:CAC = 2.9167; months to recover = 100 ÷ 29.1667 = 3.4286.
 *
 * @throws RangeError from {@link validateChannelInputs}.
 */
export function channelMetrics(inputs: ChannelInputs): ChannelMetrics {
	validateChannelInputs(inputs);
	const newClientsPerMonth = inputs.leadsPerMonth * inputs.conversionRate;
	const cacUsd = newClientsPerMonth > 0 ? inputs.monthlyBudgetUsd / newClientsPerMonth : null;
	const monthlyRevenuePerClientUsd =
		(inputs.pricePerVisitUsd * inputs.visitsPerClientPerYear) / MONTHS_PER_YEAR;
	const expectedClientMonths = 1 / (1 - inputs.monthlyRetention);
	const lifetimeValueUsd = monthlyRevenuePerClientUsd * expectedClientMonths;
	const ltvToCac = cacUsd !== null && cacUsd > 0 ? lifetimeValueUsd / cacUsd : null;
	let monthsToRecoverCac: number | null = null;
	if (cacUsd === 0) monthsToRecoverCac = 0;
	else if (cacUsd !== null && monthlyRevenuePerClientUsd > 0)
		monthsToRecoverCac = cacUsd / monthlyRevenuePerClientUsd;
	return {
		newClientsPerMonth,
		cacUsd,
		monthlyRevenuePerClientUsd,
		expectedClientMonths,
		lifetimeValueUsd,
		ltvToCac,
		monthsToRecoverCac
	};
}

/** One month of a plan's projection. Client counts are expected values (fractional). */
export interface MarketingMonth {
	/** 1 = the first month of the plan. */
	month: number;
	/** Clients gained this month, all channels. Clients. */
	newClients: number;
	/** Clients active this month (new ones included), all channels. Clients. */
	activeClients: number;
	/** Marketing spend this month, all channels. USD. */
	spendUsd: number;
	/** Spend from month 1 to this month. USD. */
	cumulativeSpendUsd: number;
	/** activeClients × visits × price, per channel, this month. USD (revenue, not profit). */
	revenueUsd: number;
}

/**
 * Month-by-month path of a marketing plan: new and active clients, spend and revenue.
 *
 * Formula, per channel with N = leadsPerMonth × conversionRate and r = monthlyRetention:
 * active₁ = N; activeₘ = r × activeₘ₋₁ + N (last month's clients who stay, plus this month's new
 * ones). Revenueₘ = activeₘ × pricePerVisitUsd × visitsPerClientPerYear ÷ 12. Spendₘ =
 * monthlyBudgetUsd. Totals are summed over channels. Units as in {@link MarketingMonth}.
 *
 * Worked example: one channel, N = 2, r = 0.5, $60 budget, $120 per visit, 12 visits/year →
 * active = 2, 3, 3.5 in months 1–3; revenue = $240, $360, $420; cumulative spend $60, $120, $180.
 *
 * @param options.channels the plan's channels (an empty plan gives months of zeros).
 * @param options.months months to project, an integer 1–120 (default 12).
 * @throws RangeError naming the channel and field (`channels[1].monthlyRetention must be …`), or `months must be an integer 1–120`.
 */
export function projectMarketing(options: {
	channels: readonly ChannelInputs[];
	months?: number;
}): MarketingMonth[] {
	const months = options.months ?? 12;
	if (!Number.isInteger(months) || months < 1 || months > 120) {
		throw new RangeError('months must be an integer 1–120');
	}
	options.channels.forEach((c, i) => validateChannelInputs(c, `channels[${i}].`));
	const active = options.channels.map(() => 0);
	const out: MarketingMonth[] = [];
	let cumulativeSpendUsd = 0;
	for (let month = 1; month <= months; month++) {
		let newClients = 0;
		let activeClients = 0;
		let spendUsd = 0;
		let revenueUsd = 0;
		options.channels.forEach((c, i) => {
			const n = c.leadsPerMonth * c.conversionRate;
			const a = c.monthlyRetention * (active[i] as number) + n;
			active[i] = a;
			newClients += n;
			activeClients += a;
			spendUsd += c.monthlyBudgetUsd;
			revenueUsd += (a * c.pricePerVisitUsd * c.visitsPerClientPerYear) / MONTHS_PER_YEAR;
		});
		cumulativeSpendUsd += spendUsd;
		out.push({ month, newClients, activeClients, spendUsd, cumulativeSpendUsd, revenueUsd });
	}
	return out;
}

/** A plan's monthly totals. */
export interface MarketingTotals {
	/** Σ monthlyBudgetUsd. USD/month. */
	monthlyBudgetUsd: number;
	/** Σ new clients per month. Clients/month. */
	newClientsPerMonth: number;
	/** Blended CAC: total budget ÷ total new clients. USD/client; null when the plan brings no clients. */
	blendedCacUsd: number | null;
}

/**
 * Totals of a plan: budget, new clients and the blended cost per acquired client.
 *
 * Formula: budget = Σ monthlyBudgetUsd; new clients = Σ leadsPerMonth × conversionRate;
 * blended CAC = budget ÷ new clients (null when no channel brings clients).
 *
 * Worked example: channels ($150, 1.5 clients) and ($0, 0.5 clients) → $150/month,
 * 2 clients/month, blended CAC $75.
 *
 * @throws RangeError naming the channel and field, as {@link projectMarketing}.
 */
export function marketingTotals(options: { channels: readonly ChannelInputs[] }): MarketingTotals {
	let monthlyBudgetUsd = 0;
	let newClientsPerMonth = 0;
	options.channels.forEach((c, i) => {
		validateChannelInputs(c, `channels[${i}].`);
		monthlyBudgetUsd += c.monthlyBudgetUsd;
		newClientsPerMonth += c.leadsPerMonth * c.conversionRate;
	});
	return {
		monthlyBudgetUsd,
		newClientsPerMonth,
		blendedCacUsd: newClientsPerMonth > 0 ? monthlyBudgetUsd / newClientsPerMonth : null
	};
}
