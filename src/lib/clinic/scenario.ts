/**
 * A clinic scenario as the form holds it (the text of every field, the state, the wage
 * percentile and the pay model), its defaults from the data and the stated assumptions, where
 * each field's value comes from, and the check that turns it into model inputs. Pure.
 *
 * @module
 */
import {
	CLINIC_NUMBER_FIELDS,
	PAYER_FIELDS,
	PAYER_FIELD_SUFFIXES,
	PAYER_LINES,
	payerField,
	SHARE_SUM_TOLERANCE,
	type ClinicInputs,
	type ClinicNumberField,
	type PayerField,
	type PayModel
} from '$lib/finance';
import { pct } from '$lib/format';
import type { DataOrigin, DefaultOrigin } from '$lib/kit/origin';
import { OPEN_PATH_SHARE, type StatePayers } from '$lib/income/payer-defaults';
import type { ClinicStateFactors } from './factors';
import { fieldText, parseField } from './clinic-fields';
import { readNumberText } from '$lib/numbers';
import type { ClinicReferences } from './references';

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
	states: readonly Pick<ClinicStateFactors, 'abbr' | 'name' | 'wages' | 'wageMissing'>[];
	national: Wages;
	refs: ClinicReferences;
	/** Source line of the wages; BLS OEWS May 2025 unless the user imported a file. */
	wageSource?: string;
	/** The payer lines of the scenario's state (national ones until that state's are loaded). */
	payers: StatePayers;
}

/** Share of sessions that are medical (self-pay plus every payer line), an assumption. */
export const MEDICAL_SHARE_PERCENT = 60;

const PAYER_FIELD_SET = new Set<string>(PAYER_FIELDS);
const isPayerField = (f: string): f is PayerField => PAYER_FIELD_SET.has(f);

/** The payer fields as the clinic form shows them (percent fields in percent). */
export function payerTexts(payers: StatePayers): Record<PayerField, string> {
	const out = {} as Record<PayerField, string>;
	for (const line of PAYER_LINES)
		for (const suffix of PAYER_FIELD_SUFFIXES) {
			const f = payerField(line, suffix);
			out[f] = fieldText(f, payers.lines[line].values[suffix]);
		}
	return out;
}

/**
 * The self-pay medical share that keeps the medical part at {@link MEDICAL_SHARE_PERCENT}% of
 * sessions: 60 − the payer shares, in percent (exact decimals).
 *
 * Worked example: one open payer at 10% → "50".
 */
export function cashMedicalText(payers: StatePayers): string {
	const texts = payerTexts(payers);
	let insuredPercent = 0;
	for (const line of PAYER_LINES) insuredPercent += Number(texts[payerField(line, 'Share')]);
	return String(MEDICAL_SHARE_PERCENT - insuredPercent);
}

/** The income page's reasons speak of "your medical sessions"; the clinic's shares are of all sessions. */
function clinicWords(o: DefaultOrigin): DefaultOrigin {
	if (o.kind !== 'assumption') return o;
	return {
		...o,
		reason: o.reason.replaceAll('of your medical sessions', 'of the clinic’s sessions')
	};
}

const assume = (reason: string): DefaultOrigin => ({ kind: 'assumption', reason });

/** Where a field's value comes from, for the kit's OriginNote under it. */
export interface FieldOrigin {
	/** Where the default comes from. */
	origin: DefaultOrigin;
	/** The default as the form would show it. */
	defaultText: string;
	/** The field holds its default. */
	isDefault: boolean;
}

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
): { annual: number; origin: DataOrigin; fallback: string | null } | null {
	const s = ctx.states.find((x) => x.abbr === state);
	const own = s?.wages[percentile] ?? null;
	const value = own ?? ctx.national[percentile];
	if (value === null) return null;
	const where = own !== null && s ? s.name : 'United States';
	return {
		annual: value,
		origin: {
			kind: 'data',
			dataset: own !== null ? 'bls-oews-state-2025' : 'bls-oews-national',
			metric: `a_${percentile === 'median' ? 'median' : `pct${percentile.slice(1)}`}`,
			published: String(value),
			unit: 'USD/yr',
			use: `${where}, annual ${WAGE_LABEL[percentile]} (hourly = annual ÷ 2,080, the BLS full-time year)`,
			citation: ctx.wageSource ?? 'BLS Occupational Employment and Wage Statistics, May 2025',
			scope: `massage therapists (31-9011), ${where}`,
			url: OEWS_URL,
			quality: 'official-rekeyed'
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
			reason: `employed therapists reported “${refs.employeePay.published}” (${refs.employeePay.citation}, ${refs.employeePay.scope})`
		},
		frontDeskHoursPerWeek: { text: '25', reason: 'a part-time desk at the busiest hours' },
		payrollOverheadShare: {
			text: '10',
			reason: 'employer payroll taxes and workers’ compensation; add benefits you offer'
		},
		relaxationShare: { text: String(100 - MEDICAL_SHARE_PERCENT), reason: mix },
		cashMedicalShare: {
			text: '',
			reason: `${MEDICAL_SHARE_PERCENT}% of sessions are medical; what the payers below do not take (${OPEN_PATH_SHARE * 100}% for each payer open in the state) is self-pay`
		},
		relaxationPriceUsd: {
			text: '90',
			reason: `the newest survey price in our data is $${refs.relaxationPrice.published} an hour (${refs.relaxationPrice.citation}, ${refs.relaxationPrice.scope}); prices have risen since, so check local menus`
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
	| 'reworkShare'
	| 'reworkCostPerClaimUsd'
	| 'cashMedicalPriceUsd'
	| 'frontDeskAnnualWageUsd';

function dataDefaults(refs: ClinicReferences): Record<DataField, ClinicReferences['reworkShare']> {
	return {
		therapistHoursPerWeek: refs.therapistHours,
		reworkShare: refs.reworkShare,
		reworkCostPerClaimUsd: refs.reworkCost,
		cashMedicalPriceUsd: refs.cashMedicalPrice,
		frontDeskAnnualWageUsd: refs.frontDeskWage
	};
}

/** The default text of every field for the context's payers (data, payer lines, assumptions). */
export function defaultFields(ctx: PlannerContext): Record<ClinicNumberField, string> {
	const assumed = assumptions(ctx.refs);
	const data = dataDefaults(ctx.refs);
	const payers = payerTexts(ctx.payers);
	const fields = Object.fromEntries(
		CLINIC_NUMBER_FIELDS.map((f) => [
			f,
			isPayerField(f)
				? payers[f]
				: ((data as Partial<Record<ClinicNumberField, { text: string }>>)[f]?.text ??
					assumed[f]?.text ??
					'')
		])
	) as Record<ClinicNumberField, string>;
	fields.cashMedicalShare = cashMedicalText(ctx.payers);
	return fields;
}

/**
 * Moves a scenario from one state's payer defaults to another's: every payer field (and the
 * self-pay medical share) still at its old default takes the new one; fields the user typed
 * stay. Pure.
 */
export function switchPayers(
	s: Scenario,
	from: StatePayers,
	to: StatePayers,
	keep: readonly string[] = []
): Scenario {
	const before = payerTexts(from);
	const after = payerTexts(to);
	const fields = { ...s.fields };
	for (const f of PAYER_FIELDS) {
		if (!keep.includes(f) && fields[f] === before[f]) fields[f] = after[f];
	}
	if (!keep.includes('cashMedicalShare') && fields.cashMedicalShare === cashMedicalText(from))
		fields.cashMedicalShare = cashMedicalText(to);
	return { ...s, fields };
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
	return resolveScenario(
		{ state, wageChoice: 'median', payModel: 'wage', fields: defaultFields(ctx) },
		ctx
	);
}

/**
 * Where a field's current value comes from: its default (from the data, the payer lines or a
 * stated assumption), whether the field still holds it, and the default as the form shows it.
 */
export function fieldOrigin(
	field: ClinicNumberField,
	s: Scenario,
	ctx: PlannerContext
): FieldOrigin {
	const text = s.fields[field];
	const of = (origin: DefaultOrigin, defaultText: string): FieldOrigin => ({
		origin,
		defaultText,
		isDefault: text === defaultText
	});
	if (field === 'therapistAnnualWageUsd') {
		const w = wageFor(ctx, s.state, s.wageChoice === 'custom' ? 'median' : s.wageChoice);
		if (!w) return of(assume('no published wage for this state'), '');
		const o = w.fallback ? { ...w.origin, use: `${w.origin.use}; ${w.fallback}` } : w.origin;
		return { ...of(o, String(w.annual)), isDefault: s.wageChoice !== 'custom' };
	}
	if (isPayerField(field)) {
		const line = PAYER_LINES.find((l) => field.startsWith(l))!;
		const suffix = field.slice(line.length) as (typeof PAYER_FIELD_SUFFIXES)[number];
		return of(clinicWords(ctx.payers.lines[line].origins[suffix]), payerTexts(ctx.payers)[field]);
	}
	if (field === 'cashMedicalShare')
		return of(assume(assumptions(ctx.refs).cashMedicalShare!.reason), cashMedicalText(ctx.payers));
	const data = (
		dataDefaults(ctx.refs) as Partial<Record<ClinicNumberField, ClinicReferences['reworkShare']>>
	)[field];
	if (data) return of(data.origin, data.text);
	const a = assumptions(ctx.refs)[field];
	return a ? of(assume(a.reason), a.text) : of(assume('no default'), '');
}

export type FieldErrors = Partial<Record<ClinicNumberField | 'shares', string>>;

/**
 * Checks every field of a scenario and, when all are valid and the session shares (relaxation,
 * self-pay medical, every payer line) add up to 100 %, returns the model inputs. Otherwise
 * returns the messages, one per field.
 *
 * Worked example: relaxation 40, self-pay medical 30, private plans 20, other payers 0 →
 * { inputs: null, errors: { shares: 'The session shares add up to 90.0%; they must add up to 100%.' } }.
 */
export function checkScenario(s: Scenario): { inputs: ClinicInputs | null; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const values: Partial<Record<ClinicNumberField, number>> = {};
	for (const f of CLINIC_NUMBER_FIELDS) {
		const r = parseField(f, s.fields[f] ?? '');
		if (!r.ok) errors[f] = r.message;
		else values[f] = r.value as number;
	}
	const shareFields = [
		'relaxationShare',
		'cashMedicalShare',
		...PAYER_LINES.map((l) => payerField(l, 'Share'))
	] as const;
	if (shareFields.every((f) => values[f] !== undefined)) {
		const sum = shareFields.reduce((t, f) => t + (values[f] as number), 0);
		if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
			const percent = shareFields.reduce(
				(t, f) => t + Number(readNumberText(s.fields[f], true)),
				0
			);
			errors.shares = `The session shares add up to ${pct(percent)}; they must add up to 100%.`;
		}
	}
	if (Object.keys(errors).length > 0) return { inputs: null, errors };
	return {
		inputs: { ...(values as Record<ClinicNumberField, number>), payModel: s.payModel },
		errors
	};
}
