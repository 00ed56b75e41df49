/**
 * The income form's fields: the kit's field model ($lib/kit/field) with each input's label,
 * unit, kind, group and the model's limits, and the rules that tie fields together. Pure;
 * rates are typed as percentages and stored as exact fractions.
 *
 * @module
 */
import {
	INCOME_INPUT_FIELDS,
	INCOME_INPUT_LIMITS,
	insuredShare,
	PAYER_LINES,
	PAYER_SHARE_TOLERANCE,
	payerField,
	validateIncomeInputs,
	type IncomeInputs,
	type PayerField,
	type PayerFieldSuffix,
	type PayerLineId
} from '$lib/finance';
import { count, decimal, pctOfFraction } from '$lib/format';
import { PER_VISIT_CHOICES } from './payer-defaults';
import { fieldText, readField, valueText, type FieldSpec as KitFieldSpec } from '$lib/kit/field';

export type FieldKey = keyof IncomeInputs;

export type GroupId =
	| 'current'
	| 'capacity'
	| 'medical'
	| 'payment'
	| `payer-${PayerLineId}`
	| 'billing'
	| 'oneTime'
	| 'recurring'
	| 'horizon'
	| 'tax';

/** A kit field with the group of the form it belongs to. */
export interface FieldSpec extends KitFieldSpec {
	group: GroupId;
}

export interface GroupSpec {
	id: GroupId;
	legend: string;
	/** Advanced groups start collapsed in a <details>. */
	advanced: boolean;
}

export const GROUPS: readonly GroupSpec[] = [
	{ id: 'current', legend: 'Your practice today', advanced: false },
	{ id: 'capacity', legend: 'Capacity', advanced: false },
	{ id: 'medical', legend: 'Medical sessions', advanced: false },
	{ id: 'payment', legend: 'Self-pay medical sessions', advanced: false },
	{ id: 'payer-pip', legend: 'Auto no-fault (PIP) or med-pay', advanced: false },
	{ id: 'payer-wc', legend: 'Workers’ compensation', advanced: false },
	{ id: 'payer-private', legend: 'Private health plans', advanced: false },
	{ id: 'payer-medicaid', legend: 'Medicaid', advanced: false },
	{ id: 'billing', legend: 'Reworking denials and claim fees (all payers)', advanced: true },
	{ id: 'oneTime', legend: 'One-time costs (paid before month 1)', advanced: false },
	{ id: 'recurring', legend: 'Monthly costs of the medical work', advanced: true },
	{ id: 'horizon', legend: 'Horizon and discounting', advanced: false },
	{ id: 'tax', legend: 'Taxes and working hours', advanced: false }
];

/** The group of a payer line's fields. */
export const payerGroup = (line: PayerLineId): GroupId => `payer-${line}`;

const PAYER_SPECS: Readonly<Record<PayerFieldSuffix, Omit<FieldSpec, 'group'>>> = {
	Share: {
		label: 'Medical sessions this payer pays for',
		unit: '% of medical sessions',
		kind: 'percent'
	},
	AllowedUsd: {
		label: 'Allowed amount',
		unit: 'USD',
		kind: 'money',
		help: 'What this payer allows (its share plus the patient’s).'
	},
	PerVisit: {
		label: 'The allowed amount is',
		unit: 'per unit or per visit',
		kind: 'select',
		choices: PER_VISIT_CHOICES
	},
	DenialRate: { label: 'Claims denied at first', unit: '% of claims', kind: 'percent' },
	DaysToPayment: {
		label: 'Days from session to payment',
		unit: 'days',
		kind: 'number',
		help: 'Moves this payer’s cash later; it does not change the revenue.'
	},
	BillingCostShare: {
		label: 'Billing service fee',
		unit: '% of this payer’s collections',
		kind: 'percent'
	}
};

const payerSpecs = Object.fromEntries(
	PAYER_LINES.flatMap((line) =>
		(Object.keys(PAYER_SPECS) as PayerFieldSuffix[]).map((suffix) => [
			payerField(line, suffix),
			{ ...PAYER_SPECS[suffix], group: payerGroup(line) }
		])
	)
) as Record<PayerField, FieldSpec>;

const SPECS: Readonly<Record<FieldKey, FieldSpec>> = {
	relaxationSessionsPerWeek: {
		label: 'Relaxation sessions',
		unit: 'sessions/week',
		kind: 'number',
		group: 'current'
	},
	relaxationPriceUsd: {
		label: 'Relaxation price',
		unit: 'USD/session',
		kind: 'money',
		group: 'current'
	},
	relaxationSessionMinutes: {
		label: 'Relaxation session length',
		unit: 'minutes',
		kind: 'number',
		group: 'current'
	},
	weeksWorkedPerYear: {
		label: 'Weeks worked',
		unit: 'weeks/year',
		kind: 'number',
		group: 'current'
	},
	tipsShare: {
		label: 'Tips',
		unit: '% of the relaxation price',
		kind: 'percent',
		group: 'current'
	},
	currentMonthlyCostsUsd: {
		label: 'Current practice costs',
		unit: 'USD/month',
		kind: 'money',
		group: 'current',
		help: 'Paid with or without medical work.'
	},
	handsOnHoursPerWeekCap: {
		label: 'Most hands-on hours you will work',
		unit: 'hours/week',
		kind: 'number',
		group: 'capacity',
		help: 'Medical sessions beyond this push relaxation sessions out.'
	},
	medicalSessionsPerWeek: {
		label: 'Medical sessions once established',
		unit: 'sessions/week',
		kind: 'number',
		group: 'medical'
	},
	medicalSessionMinutes: {
		label: 'Medical session length (timed minutes)',
		unit: 'minutes',
		kind: 'number',
		group: 'medical'
	},
	rampUpMonths: {
		label: 'Ramp-up to the full caseload',
		unit: 'months',
		kind: 'number',
		group: 'medical',
		help: 'Month m has m ÷ ramp-up of the full caseload.'
	},
	medicalCashPriceUsd: {
		label: 'Self-pay medical price',
		unit: 'USD/session',
		kind: 'money',
		group: 'payment'
	},
	...payerSpecs,
	reworkShare: {
		label: 'Denied claims reworked and paid',
		unit: '% of denied claims',
		kind: 'percent',
		group: 'billing'
	},
	reworkCostUsdPerClaim: {
		label: 'Cost to rework a denied claim',
		unit: 'USD/claim',
		kind: 'money',
		group: 'billing'
	},
	billingCostPerClaimUsd: {
		label: 'Fee per claim',
		unit: 'USD/claim',
		kind: 'money',
		group: 'billing'
	},
	programCostUsd: {
		label: 'Training program, total cost of attendance',
		unit: 'USD',
		kind: 'money',
		group: 'oneTime'
	},
	equipmentUsd: { label: 'Equipment', unit: 'USD', kind: 'money', group: 'oneTime' },
	credentialingUsd: {
		label: 'Insurance credentialing',
		unit: 'USD',
		kind: 'money',
		group: 'oneTime'
	},
	launchMarketingUsd: { label: 'Launch marketing', unit: 'USD', kind: 'money', group: 'oneTime' },
	ceMonthlyUsd: {
		label: 'Continuing education',
		unit: 'USD/month',
		kind: 'money',
		group: 'recurring'
	},
	liabilityInsuranceChangeMonthlyUsd: {
		label: 'Change in liability insurance',
		unit: 'USD/month',
		kind: 'money',
		group: 'recurring',
		help: 'Negative if your premium falls.'
	},
	marketingMonthlyUsd: {
		label: 'Ongoing marketing',
		unit: 'USD/month',
		kind: 'money',
		group: 'recurring'
	},
	billingSoftwareMonthlyUsd: {
		label: 'Billing software',
		unit: 'USD/month',
		kind: 'money',
		group: 'recurring'
	},
	horizonMonths: {
		label: 'Horizon',
		unit: 'months',
		kind: 'number',
		group: 'horizon',
		help: 'A whole number of months, 12 to 120.'
	},
	discountRateAnnual: {
		label: 'Discount rate',
		unit: '% per year',
		kind: 'percent',
		group: 'horizon',
		help: 'Used for the net present value.'
	},
	taxYear: {
		label: 'Tax year',
		unit: 'year',
		kind: 'select',
		group: 'tax',
		help: 'Its published IRS figures turn your profit into take-home pay.'
	},
	marriedJoint: {
		label: 'Filing status',
		unit: 'federal income tax',
		kind: 'select',
		group: 'tax',
		choices: [
			{ value: 0, label: 'Single' },
			{ value: 1, label: 'Married filing jointly' }
		]
	},
	qbiDeduction: {
		label: 'Qualified business income deduction',
		unit: 'IRC §199A',
		kind: 'select',
		group: 'tax',
		choices: [
			{ value: 1, label: 'Take it' },
			{ value: 0, label: 'Leave it out' }
		]
	},
	otherTaxableIncomeUsd: {
		label: 'Other taxable income of your household',
		unit: 'USD/year',
		kind: 'money',
		group: 'tax',
		help: 'A spouse’s wages, interest…; the practice is taxed on top of it.'
	},
	stateIncomeTaxRate: {
		label: 'State and local income tax',
		unit: '% of your practice income',
		kind: 'percent',
		group: 'tax'
	},
	adminHoursPerWeek: {
		label: 'Unpaid working hours besides hands-on time',
		unit: 'hours/week',
		kind: 'number',
		group: 'tax',
		help: 'Notes, billing, laundry, marketing: counted in your earnings per working hour.'
	}
};

/**
 * Every income field: its spec with the model's limits (INCOME_INPUT_LIMITS), so the form, the
 * link reader and the model agree on what is allowed.
 */
export const FIELDS: Readonly<Record<FieldKey, FieldSpec>> = Object.fromEntries(
	INCOME_INPUT_FIELDS.map((k) => [k, { ...SPECS[k], ...INCOME_INPUT_LIMITS[k] }])
) as Record<FieldKey, FieldSpec>;

/** A field's label with its group where labels repeat (payer lines): "Workers’ compensation: Allowed amount". */
export function fieldTitle(key: FieldKey): string {
	const spec = FIELDS[key];
	if (!spec.group.startsWith('payer-')) return spec.label;
	const legend = GROUPS.find((g) => g.id === spec.group)?.legend ?? '';
	return `${legend}: ${spec.label}`;
}

/** Fields of a group, in model order. */
export function fieldsOf(group: GroupId): FieldKey[] {
	return INCOME_INPUT_FIELDS.filter((k) => FIELDS[k].group === group);
}

/** A model value as the text the form shows (kit `fieldText`): valueToText('privateDenialRate', 0.118) → '11.8'. */
export const valueToText = (key: FieldKey, value: number): string => fieldText(FIELDS[key], value);

/** A value with its unit, exactly as typed (kit `valueText`): "11.8%", "$29.76", "42 days". */
export const valueWithUnit = (key: FieldKey, value: number): string =>
	valueText(FIELDS[key], value);

export type FieldResult = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads the text of one field with the kit's rules (every income field is required).
 *
 * Worked example: parseField('privateDenialRate', '11.8') → { ok: true, value: 0.118 };
 * parseField('privateDenialRate', '120') → { ok: false, message: 'Must be from 0% to 100%.' };
 * parseField('horizonMonths', '36.5') → 'Must be a whole number of months from 12 to 120.'.
 */
export function parseField(key: FieldKey, text: string): FieldResult {
	const r = readField(FIELDS[key], text);
	return r.ok ? { ok: true, value: r.value as number } : r;
}

/** Hands-on hours a week of the relaxation practice today: sessions × minutes ÷ 60. */
export function relaxationHours(
	inputs: Pick<IncomeInputs, 'relaxationSessionsPerWeek' | 'relaxationSessionMinutes'>
): number {
	return (inputs.relaxationSessionsPerWeek * inputs.relaxationSessionMinutes) / 60;
}

/** Hours as text: whole hours plainly, otherwise to two decimals (format.ts rounds). */
export function hoursText(hours: number): string {
	return Number.isInteger(hours) ? count(hours) : decimal(hours, 2);
}

/** The form's text for every field. */
export type Draft = Record<FieldKey, string>;

export interface DraftResult {
	/** The inputs when every field is valid, else null. */
	inputs: IncomeInputs | null;
	/** Message per invalid field. */
	errors: Partial<Record<FieldKey, string>>;
}

export function toDraft(inputs: IncomeInputs): Draft {
	return Object.fromEntries(
		INCOME_INPUT_FIELDS.map((k) => [k, valueToText(k, inputs[k])])
	) as Draft;
}

/**
 * Reads the whole form: each field on its own, then the rule that ties fields together (the
 * hands-on cap must be at least today's relaxation hours, so that field's minimum moves with
 * them). Never throws.
 */
export function parseDraft(draft: Draft): DraftResult {
	const errors: Partial<Record<FieldKey, string>> = {};
	const values: Partial<IncomeInputs> = {};
	for (const key of INCOME_INPUT_FIELDS) {
		const r = parseField(key, draft[key] ?? '');
		if (r.ok) values[key] = r.value;
		else errors[key] = r.message;
	}
	if (Object.keys(errors).length > 0) return { inputs: null, errors };
	const inputs = values as IncomeInputs;
	const insured = insuredShare(inputs);
	if (insured > 1 + PAYER_SHARE_TOLERANCE) {
		const total = pctOfFraction(insured);
		for (const line of PAYER_LINES) {
			const key = payerField(line, 'Share');
			if (inputs[key] > 0)
				errors[key] =
					`The payers’ shares add up to ${total}: together they can take at most 100% of your medical sessions (the rest is self-pay).`;
		}
		return { inputs: null, errors };
	}
	const hours = relaxationHours(inputs);
	if (inputs.handsOnHoursPerWeekCap < hours) {
		errors.handsOnHoursPerWeekCap = `Must be at least your relaxation hours today: ${inputs.relaxationSessionsPerWeek} sessions × ${inputs.relaxationSessionMinutes} min = ${hoursText(hours)} hours/week.`;
		return { inputs: null, errors };
	}
	try {
		validateIncomeInputs(inputs);
	} catch (e) {
		const message = (e as Error).message;
		const key = INCOME_INPUT_FIELDS.find((k) => message.startsWith(k)) ?? 'horizonMonths';
		errors[key] = `Not accepted by the model: ${message}.`;
		return { inputs: null, errors };
	}
	return { inputs, errors };
}
