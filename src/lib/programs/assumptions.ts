/**
 * The calculator's inputs as typed, their defaults with the reason for each, and how they
 * are read into numbers (`Assumptions`, an optional `Loan`). A field with an error keeps its
 * text; the calculation then uses the default and says so.
 */
import { parseField, type FieldSpec } from './fields';
import type { Loan } from './payback';
import { DEFAULT_RAMP_UP_MONTHS } from '$lib/income/defaults';
import type { Assumptions } from './plan';

export type AssumptionKey =
	'hourly' | 'paidShare' | 'travel' | 'sessions' | 'premium' | 'weeks' | 'rampUp';

export const ASSUMPTION_FIELDS: Readonly<Record<AssumptionKey, FieldSpec>> = {
	hourly: { label: 'Your earnings per hour of work', unit: 'USD/hr', min: 0, max: 1000 },
	paidShare: { label: 'Training hours taken from paid work', unit: '%', min: 0, max: 100 },
	travel: { label: 'Travel, lodging and meals per day away', unit: 'USD/day', min: 0 },
	sessions: { label: 'Medical sessions per week', unit: 'sessions/week', min: 0, max: 80 },
	premium: { label: 'Price premium per medical session', unit: 'USD/session', min: 0 },
	weeks: { label: 'Weeks worked per year', unit: 'weeks', min: 0, max: 52 },
	rampUp: { label: 'Months to build the full medical caseload', unit: 'months', min: 0, max: 120 }
};

/**
 * Defaults that are assumptions (not data), each with the reason the page shows. The hourly
 * earnings default is data (a BLS median wage) and is passed in separately.
 */
export const ASSUMPTION_DEFAULTS: Readonly<
	Record<Exclude<AssumptionKey, 'hourly'>, { value: number; reason: string }>
> = {
	paidShare: {
		value: 100,
		reason:
			'every training hour replaces an hour of paid work (the cautious case); lower it if you train on days off'
	},
	travel: {
		value: 150,
		reason:
			'a budget hotel night plus meals; the bundled data has no travel costs, so put in your own (0 if the course is near home)'
	},
	sessions: {
		value: 3,
		reason:
			'a cautious start; the bundled data does not say how many medical sessions a newly certified therapist books'
	},
	premium: {
		value: 20,
		reason:
			'the bundled data has no survey of what medical sessions add to the price; use what clinics near you charge'
	},
	weeks: { value: 48, reason: 'four weeks off a year for holidays and illness' },
	rampUp: {
		value: DEFAULT_RAMP_UP_MONTHS,
		reason:
			'the income page’s default: referral relationships with prescribers take months to build, and month m earns m ÷ this of the full gain; 0 = the full gain from month 1'
	}
};

export type AssumptionTexts = Record<AssumptionKey, string>;

export function defaultTexts(): AssumptionTexts {
	const d = ASSUMPTION_DEFAULTS;
	return {
		hourly: '',
		paidShare: String(d.paidShare.value),
		travel: String(d.travel.value),
		sessions: String(d.sessions.value),
		premium: String(d.premium.value),
		weeks: String(d.weeks.value),
		rampUp: String(d.rampUp.value)
	};
}

export interface ResolvedAssumptions {
	values: Assumptions;
	errors: Partial<Record<AssumptionKey, string>>;
	/** Labels of fields that have an error, so their default was used instead. */
	usingDefault: string[];
}

/**
 * Read the typed inputs. A blank hourly earnings field means "use the default wage"; any field
 * with an error falls back to its default and is listed in `usingDefault`.
 *
 * @example resolveAssumptions({ …defaultTexts(), paidShare: '50' }, 28.1).values.paidWorkShare → 0.5
 */
export function resolveAssumptions(
	texts: AssumptionTexts,
	hourlyDefaultUsd: number
): ResolvedAssumptions {
	const errors: Partial<Record<AssumptionKey, string>> = {};
	const usingDefault: string[] = [];
	const read = (key: AssumptionKey, fallback: number): number => {
		const r = parseField(texts[key], ASSUMPTION_FIELDS[key]);
		if (!r.ok) {
			errors[key] = r.error;
			usingDefault.push(ASSUMPTION_FIELDS[key].label);
			return fallback;
		}
		return r.value ?? fallback;
	};
	const d = ASSUMPTION_DEFAULTS;
	return {
		values: {
			hourlyEarningsUsd: read('hourly', hourlyDefaultUsd),
			paidWorkShare: read('paidShare', d.paidShare.value) / 100,
			travelPerDayUsd: read('travel', d.travel.value),
			sessionsPerWeek: read('sessions', d.sessions.value),
			premiumUsd: read('premium', d.premium.value),
			weeksPerYear: read('weeks', d.weeks.value),
			rampUpMonths: read('rampUp', d.rampUp.value)
		},
		errors,
		usingDefault
	};
}

export interface LoanTexts {
	amount: string;
	apr: string;
	months: string;
}

export type LoanKey = keyof LoanTexts;

export const LOAN_FIELDS: Readonly<Record<LoanKey, FieldSpec>> = {
	amount: { label: 'Amount borrowed', unit: 'USD', min: 0 },
	apr: { label: 'Interest rate (APR)', unit: '%', min: 0, max: 100 },
	months: { label: 'Loan term', unit: 'months', min: 1, max: 360, integer: true }
};

/**
 * Read the financing fields: no loan when the amount is blank or 0; otherwise the rate and
 * term are required, and the amount may not exceed the total cost.
 *
 * @example resolveLoan({ amount: '3000', apr: '12', months: '12' }, 6817.4)
 *   → { loan: { principalUsd: 3000, aprFraction: 0.12, months: 12 }, errors: {} }
 */
export function resolveLoan(
	t: LoanTexts,
	totalCostUsd: number | null
): { loan: Loan | null; errors: Partial<Record<LoanKey, string>> } {
	const errors: Partial<Record<LoanKey, string>> = {};
	const amount = parseField(t.amount, LOAN_FIELDS.amount);
	if (!amount.ok) return { loan: null, errors: { amount: amount.error } };
	if (amount.value === null || amount.value === 0) return { loan: null, errors };
	if (totalCostUsd !== null && amount.value > totalCostUsd)
		errors.amount = `${LOAN_FIELDS.amount.label}: can't be more than the total cost.`;
	const apr = parseField(t.apr, { ...LOAN_FIELDS.apr, required: true });
	if (!apr.ok) errors.apr = apr.error;
	const months = parseField(t.months, { ...LOAN_FIELDS.months, required: true });
	if (!months.ok) errors.months = months.error;
	if (Object.keys(errors).length > 0 || !apr.ok || !months.ok) return { loan: null, errors };
	return {
		loan: { principalUsd: amount.value, aprFraction: apr.value! / 100, months: months.value! },
		errors
	};
}
