/**
 * A clinic scenario as the form holds it (the text of every field, the state, the wage
 * percentile and the pay model), its defaults from the data and the stated assumptions, where
 * each field's value comes from, and the check that turns it into model inputs. Pure.
 *
 * @module
 */
import {
	CLINIC_NUMBER_FIELDS,
	SHARE_SUM_TOLERANCE,
	type ClinicInputs,
	type ClinicNumberField,
	type PayModel
} from '$lib/finance';
import { pct } from '$lib/format';
import type { ClinicState } from './factors';
import { parseField } from './fields';
import { readNumberText } from './numbers';
import type { ClinicReferences, Reference } from './references';

export const WAGE_PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
export type WagePercentile = (typeof WAGE_PERCENTILES)[number];
export type WageChoice = WagePercentile | 'custom';
export const WAGE_LABEL: Record<WagePercentile, string> = {
	p10: '10th percentile',
	p25: '25th percentile',
	median: 'median',
	p75: '75th percentile',
	p90: '90th percentile'
};
/** The "state" value meaning national figures. */
export const NATIONAL = 'US';

export interface Scenario {
	/** USPS code, or {@link NATIONAL}. */
	state: string;
	wageChoice: WageChoice;
	payModel: PayModel;
	/** Every numeric field as text, in the form's units (percent fields in percent). */
	fields: Record<ClinicNumberField, string>;
}

export type Wages = Record<WagePercentile, number | null>;

/** What the planner needs from the data to build defaults. */
export interface PlannerContext {
	states: readonly Pick<ClinicState, 'abbr' | 'name' | 'wages' | 'wageMissing'>[];
	national: Wages;
	refs: ClinicReferences;
	/** Source line of the wages; BLS OEWS May 2025 unless the user imported a file. */
	wageSource?: string;
}

/** Where a field's value comes from, for the note under it. */
export type Origin =
	| { kind: 'data'; use: string; ref: Reference; text: string }
	| { kind: 'assumption'; reason: string }
	| { kind: 'yours' };

const OEWS_URL = 'https://www.bls.gov/oes/';

/**
 * The therapist wage for a state and percentile: the May 2025 OEWS annual figure, or the
 * national one (with a note) when the state's is not published.
 *
 * Worked example: Alabama, median → 48,930 (the file's a_median); Vermont → the US figure, with
 * "Vermont: not published (no May 2025 row for this state); using the United States figure".
 */
export function wageFor(
	ctx: PlannerContext,
	state: string,
	percentile: WagePercentile
): { annual: number; ref: Reference; fallback: string | null } | null {
	const s = ctx.states.find((x) => x.abbr === state);
	const own = s?.wages[percentile] ?? null;
	const value = own ?? ctx.national[percentile];
	if (value === null) return null;
	const where = own !== null && s ? s.name : 'United States';
	return {
		annual: value,
		ref: {
			dataset: own !== null ? 'bls-oews-state-2025' : 'bls-oews-national',
			published: String(value),
			unit: 'USD/yr',
			source: ctx.wageSource ?? 'BLS Occupational Employment and Wage Statistics, May 2025',
			scope: `massage therapists (31-9011), ${where}, annual ${WAGE_LABEL[percentile]}`,
			url: OEWS_URL,
			quality: 'official-rekeyed',
			note: 'hourly = annual ÷ 2,080 (the BLS full-time year)'
		},
		fallback:
			s && own === null
				? `${s.name}: ${s.wageMissing ?? 'not published'}; using the United States figure`
				: null
	};
}

/** Defaults that no dataset gives, each with the reason shown next to it. */
export function assumptions(
	refs: ClinicReferences
): Partial<Record<ClinicNumberField, { text: string; reason: string }>> {
	const mix = 'a clinic growing its medical work; set your own mix';
	return {
		treatmentRooms: { text: '3', reason: 'a small clinic; set it to your floor plan' },
		hoursOpenPerWeek: { text: '50', reason: 'for example 10 hours a day, 5 days a week' },
		weeksOpenPerYear: { text: '50', reason: 'two weeks closed for holidays' },
		sessionMinutes: { text: '60', reason: 'a one-hour session (4 units under the 8-minute rule)' },
		turnoverMinutes: { text: '15', reason: 'time to change linens and write notes' },
		therapists: { text: '3', reason: 'one therapist per room' },
		startUtilisation: { text: '20', reason: 'a new clinic starts mostly empty' },
		targetUtilisation: { text: '75', reason: 'leaves room for cancellations and no-shows' },
		rampMonths: { text: '12', reason: 'a year to build a client base and referrals' },
		commissionShare: {
			text: '40',
			reason: `employed therapists reported “${refs.employeePay.published}” (${refs.employeePay.source}, ${refs.employeePay.scope})`
		},
		frontDeskHoursPerWeek: { text: '25', reason: 'a part-time desk at the busiest hours' },
		frontDeskAnnualWageUsd: {
			text: '37440',
			reason: 'no receptionist wage is in this app’s data; use a local figure'
		},
		payrollOverheadShare: {
			text: '10',
			reason: 'employer payroll taxes and workers’ compensation; add benefits you offer'
		},
		relaxationShare: { text: '40', reason: mix },
		cashMedicalShare: { text: '30', reason: mix },
		insuranceShare: { text: '30', reason: mix },
		relaxationPriceUsd: {
			text: '90',
			reason: `the newest survey price in our data is $${refs.relaxationPrice.published} an hour (${refs.relaxationPrice.source}, ${refs.relaxationPrice.scope}); prices have risen since, so check local menus`
		},
		suppliesPerSessionUsd: { text: '5', reason: 'linens, laundry and lotion' },
		rentMonthlyUsd: { text: '3500', reason: 'depends entirely on the space: use a quote' },
		utilitiesMonthlyUsd: { text: '400', reason: 'power, water, internet and phone' },
		softwareMonthlyUsd: { text: '250', reason: 'booking, notes and claims software' },
		liabilityInsuranceMonthlyUsd: {
			text: '100',
			reason: 'professional and general liability for the clinic; get a quote'
		},
		marketingMonthlyUsd: { text: '500', reason: 'local search, referral visits and print' },
		otherMonthlyUsd: { text: '300', reason: 'cleaning, accounting and bank fees' },
		fitOutUsd: { text: '25000', reason: 'walls, sinks and sound-proofing for three rooms' },
		equipmentUsd: { text: '9000', reason: 'tables, linens, desk and computers' },
		depositsAndFeesUsd: { text: '7000', reason: 'a rent deposit, business licences and fees' },
		launchMarketingUsd: { text: '3000', reason: 'website, signs and opening outreach' },
		loanPrincipalUsd: { text: '30000', reason: 'part of the start-up costs borrowed' },
		loanAnnualRate: { text: '9', reason: 'a small-business loan rate; use your quote' },
		loanTermMonths: { text: '60', reason: 'five years' },
		horizonMonths: { text: '36', reason: 'three years' }
	};
}

type DataField =
	| 'therapistHoursPerWeek'
	| 'allowedPerUnitUsd'
	| 'denialRate'
	| 'reworkShare'
	| 'reworkCostPerClaimUsd'
	| 'daysToPayment'
	| 'cashMedicalPriceUsd';

function dataDefaults(refs: ClinicReferences): Record<DataField, ClinicReferences['denialRate']> {
	return {
		therapistHoursPerWeek: refs.therapistHours,
		allowedPerUnitUsd: refs.allowedPerUnit,
		denialRate: refs.denialRate,
		reworkShare: refs.reworkShare,
		reworkCostPerClaimUsd: refs.reworkCost,
		daysToPayment: refs.daysToPayment,
		cashMedicalPriceUsd: refs.cashMedicalPrice
	};
}

/** The wage text for a scenario whose wage follows the data (unchanged for "custom"). */
export function resolveScenario(s: Scenario, ctx: PlannerContext): Scenario {
	if (s.wageChoice === 'custom') return s;
	const w = wageFor(ctx, s.state, s.wageChoice);
	if (!w) return s;
	return { ...s, fields: { ...s.fields, therapistAnnualWageUsd: String(w.annual) } };
}

/** The starting scenario: national wage median, published defaults, stated assumptions. */
export function defaultScenario(ctx: PlannerContext, state: string = NATIONAL): Scenario {
	const assumed = assumptions(ctx.refs);
	const data = dataDefaults(ctx.refs);
	const fields = Object.fromEntries(
		CLINIC_NUMBER_FIELDS.map((f) => [
			f,
			(data as Partial<Record<ClinicNumberField, { text: string }>>)[f]?.text ??
				assumed[f]?.text ??
				''
		])
	) as Record<ClinicNumberField, string>;
	return resolveScenario({ state, wageChoice: 'median', payModel: 'wage', fields }, ctx);
}

/** Where a field's current value comes from: the data, a stated assumption, or the user. */
export function fieldOrigin(field: ClinicNumberField, s: Scenario, ctx: PlannerContext): Origin {
	const text = s.fields[field];
	if (field === 'therapistAnnualWageUsd') {
		if (s.wageChoice === 'custom') return { kind: 'yours' };
		const w = wageFor(ctx, s.state, s.wageChoice);
		if (!w) return { kind: 'yours' };
		return { kind: 'data', use: w.fallback ?? 'as published', ref: w.ref, text: String(w.annual) };
	}
	const data = (
		dataDefaults(ctx.refs) as Partial<Record<ClinicNumberField, ClinicReferences['denialRate']>>
	)[field];
	if (data)
		return text === data.text
			? { kind: 'data', use: data.use, ref: data.ref, text }
			: { kind: 'yours' };
	const a = assumptions(ctx.refs)[field];
	return a && text === a.text ? { kind: 'assumption', reason: a.reason } : { kind: 'yours' };
}

export type FieldErrors = Partial<Record<ClinicNumberField | 'shares', string>>;

/**
 * Checks every field of a scenario and, when all are valid and the session shares add up to
 * 100 %, returns the model inputs. Otherwise returns the messages, one per field.
 *
 * Worked example: shares 40 / 30 / 20 → { inputs: null, errors: { shares: 'The three shares add
 * up to 90.0%; they must add up to 100%.' } }.
 */
export function checkScenario(s: Scenario): { inputs: ClinicInputs | null; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const values: Partial<Record<ClinicNumberField, number>> = {};
	for (const f of CLINIC_NUMBER_FIELDS) {
		const r = parseField(f, s.fields[f] ?? '');
		if ('message' in r) errors[f] = r.message;
		else values[f] = r.value;
	}
	const shareFields = ['relaxationShare', 'cashMedicalShare', 'insuranceShare'] as const;
	if (shareFields.every((f) => values[f] !== undefined)) {
		const sum = shareFields.reduce((t, f) => t + (values[f] as number), 0);
		if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
			const percent = shareFields.reduce(
				(t, f) => t + Number(readNumberText(s.fields[f], true)),
				0
			);
			errors.shares = `The three shares add up to ${pct(percent)}; they must add up to 100%.`;
		}
	}
	if (Object.keys(errors).length > 0) return { inputs: null, errors };
	return {
		inputs: { ...(values as Record<ClinicNumberField, number>), payModel: s.payModel },
		errors
	};
}
