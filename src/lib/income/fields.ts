/**
 * The income form's fields: label, unit, group and how text typed by a person becomes a model
 * input, with a specific message for every way it can be wrong. Pure; rates are typed as
 * percentages and stored as exact fractions (see numbers.ts).
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
import { count, decimal, pctOfFraction, usd } from '$lib/format';
import { parseNumberText, shiftDecimal, withSeparators } from '$lib/numbers';

export type FieldKey = keyof IncomeInputs;

/** How a field is typed: money, a percentage (stored as a fraction), a plain number, or one of a few choices. */
export type FieldDisplay = 'usd' | 'percent' | 'number' | 'choice';

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

export interface FieldSpec {
	label: string;
	/** Unit shown with the label, e.g. "sessions/week". */
	unit: string;
	display: FieldDisplay;
	group: GroupId;
	/** One line of help under the field (optional). */
	help?: string;
	/** The values a 'choice' field offers, with their labels (a field without them gets its choices from the page). */
	choices?: readonly { value: number; label: string }[];
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
		display: 'percent'
	},
	AllowedUsd: {
		label: 'Allowed amount',
		unit: 'USD',
		display: 'usd',
		help: 'What this payer allows (its share plus the patient’s).'
	},
	PerVisit: {
		label: 'The allowed amount is',
		unit: 'per unit or per visit',
		display: 'choice',
		choices: [
			{ value: 0, label: 'per 15-minute unit' },
			{ value: 1, label: 'per visit' }
		]
	},
	DenialRate: { label: 'Claims denied at first', unit: '% of claims', display: 'percent' },
	DaysToPayment: {
		label: 'Days from session to payment',
		unit: 'days',
		display: 'number',
		help: 'Moves this payer’s cash later; it does not change the revenue.'
	},
	BillingCostShare: {
		label: 'Billing service fee',
		unit: '% of this payer’s collections',
		display: 'percent'
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

export const FIELDS: Readonly<Record<FieldKey, FieldSpec>> = {
	relaxationSessionsPerWeek: {
		label: 'Relaxation sessions',
		unit: 'sessions/week',
		display: 'number',
		group: 'current'
	},
	relaxationPriceUsd: {
		label: 'Relaxation price',
		unit: 'USD/session',
		display: 'usd',
		group: 'current'
	},
	relaxationSessionMinutes: {
		label: 'Relaxation session length',
		unit: 'minutes',
		display: 'number',
		group: 'current'
	},
	weeksWorkedPerYear: {
		label: 'Weeks worked',
		unit: 'weeks/year',
		display: 'number',
		group: 'current'
	},
	tipsShare: {
		label: 'Tips',
		unit: '% of the relaxation price',
		display: 'percent',
		group: 'current'
	},
	currentMonthlyCostsUsd: {
		label: 'Current practice costs',
		unit: 'USD/month',
		display: 'usd',
		group: 'current',
		help: 'Paid with or without medical work.'
	},
	handsOnHoursPerWeekCap: {
		label: 'Most hands-on hours you will work',
		unit: 'hours/week',
		display: 'number',
		group: 'capacity',
		help: 'Medical sessions beyond this push relaxation sessions out.'
	},
	medicalSessionsPerWeek: {
		label: 'Medical sessions once established',
		unit: 'sessions/week',
		display: 'number',
		group: 'medical'
	},
	medicalSessionMinutes: {
		label: 'Medical session length (timed minutes)',
		unit: 'minutes',
		display: 'number',
		group: 'medical'
	},
	rampUpMonths: {
		label: 'Ramp-up to the full caseload',
		unit: 'months',
		display: 'number',
		group: 'medical',
		help: 'Month m has m ÷ ramp-up of the full caseload.'
	},
	medicalCashPriceUsd: {
		label: 'Self-pay medical price',
		unit: 'USD/session',
		display: 'usd',
		group: 'payment'
	},
	...payerSpecs,
	reworkShare: {
		label: 'Denied claims reworked and paid',
		unit: '% of denied claims',
		display: 'percent',
		group: 'billing'
	},
	reworkCostUsdPerClaim: {
		label: 'Cost to rework a denied claim',
		unit: 'USD/claim',
		display: 'usd',
		group: 'billing'
	},
	billingCostPerClaimUsd: {
		label: 'Fee per claim',
		unit: 'USD/claim',
		display: 'usd',
		group: 'billing'
	},
	programCostUsd: {
		label: 'Training program, total cost of attendance',
		unit: 'USD',
		display: 'usd',
		group: 'oneTime'
	},
	equipmentUsd: { label: 'Equipment', unit: 'USD', display: 'usd', group: 'oneTime' },
	credentialingUsd: {
		label: 'Insurance credentialing',
		unit: 'USD',
		display: 'usd',
		group: 'oneTime'
	},
	launchMarketingUsd: { label: 'Launch marketing', unit: 'USD', display: 'usd', group: 'oneTime' },
	ceMonthlyUsd: {
		label: 'Continuing education',
		unit: 'USD/month',
		display: 'usd',
		group: 'recurring'
	},
	liabilityInsuranceChangeMonthlyUsd: {
		label: 'Change in liability insurance',
		unit: 'USD/month',
		display: 'usd',
		group: 'recurring',
		help: 'Negative if your premium falls.'
	},
	marketingMonthlyUsd: {
		label: 'Ongoing marketing',
		unit: 'USD/month',
		display: 'usd',
		group: 'recurring'
	},
	billingSoftwareMonthlyUsd: {
		label: 'Billing software',
		unit: 'USD/month',
		display: 'usd',
		group: 'recurring'
	},
	horizonMonths: {
		label: 'Horizon',
		unit: 'months',
		display: 'number',
		group: 'horizon',
		help: 'A whole number of months, 12 to 120.'
	},
	discountRateAnnual: {
		label: 'Discount rate',
		unit: '% per year',
		display: 'percent',
		group: 'horizon',
		help: 'Used for the net present value.'
	},
	taxYear: {
		label: 'Tax year',
		unit: 'year',
		display: 'choice',
		group: 'tax',
		help: 'Its published IRS figures turn your profit into take-home pay.'
	},
	marriedJoint: {
		label: 'Filing status',
		unit: 'federal income tax',
		display: 'choice',
		group: 'tax',
		choices: [
			{ value: 0, label: 'Single' },
			{ value: 1, label: 'Married filing jointly' }
		]
	},
	qbiDeduction: {
		label: 'Qualified business income deduction',
		unit: 'IRC §199A',
		display: 'choice',
		group: 'tax',
		choices: [
			{ value: 1, label: 'Take it' },
			{ value: 0, label: 'Leave it out' }
		]
	},
	otherTaxableIncomeUsd: {
		label: 'Other taxable income of your household',
		unit: 'USD/year',
		display: 'usd',
		group: 'tax',
		help: 'A spouse’s wages, interest…; the practice is taxed on top of it.'
	},
	stateIncomeTaxRate: {
		label: 'State and local income tax',
		unit: '% of your practice income',
		display: 'percent',
		group: 'tax'
	},
	adminHoursPerWeek: {
		label: 'Unpaid working hours besides hands-on time',
		unit: 'hours/week',
		display: 'number',
		group: 'tax',
		help: 'Notes, billing, laundry, marketing: counted in your earnings per working hour.'
	}
};

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

/**
 * A model value as the text the form shows: percentages by moving the decimal point (exact),
 * everything else as JavaScript writes the number (shortest exact form).
 *
 * Worked example: valueToText('denialRate', 0.118) → '11.8'; valueToText('programCostUsd', 3000) → '3000'.
 */
export function valueToText(key: FieldKey, value: number): string {
	// Plain digits, never exponent form (String(1e-7) is "1e-7"), so the form can read it back.
	return shiftDecimal(String(value), FIELDS[key].display === 'percent' ? 2 : 0);
}

/**
 * A value with its unit, exactly as typed (no rounding, thousands separated): "11.8%",
 * "$29.76 per 15-minute unit", "42 days", "$3,000", "$50/month".
 */
export function valueWithUnit(key: FieldKey, value: number): string {
	const spec = FIELDS[key];
	if (spec.display === 'choice') {
		return spec.choices?.find((c) => c.value === value)?.label ?? String(value);
	}
	const text = withSeparators(valueToText(key, value));
	if (spec.display === 'percent') return `${text}%`;
	if (spec.display === 'usd') {
		const money = value < 0 ? `−$${text.slice(1)}` : `$${text}`;
		const per = spec.unit.startsWith('USD/')
			? spec.unit.slice(3)
			: spec.unit === 'USD'
				? ''
				: ` ${spec.unit.slice(4)}`;
		return `${money}${per}`;
	}
	return `${text} ${spec.unit}`;
}

/** A limit of a field in the units the person types, e.g. "100%", "$10,000", "168". */
export function limitText(key: FieldKey, value: number): string {
	const d = FIELDS[key].display;
	if (d === 'percent') return `${shiftDecimal(String(value), 2)}%`;
	if (d === 'usd') return usd(value);
	return count(value);
}

export type FieldResult = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads the text of one field. Messages say what is wrong and what is expected, with units.
 *
 * Worked example: parseField('denialRate', '11.8') → { ok: true, value: 0.118 };
 * parseField('denialRate', '120') → { ok: false, message: 'Must be from 0% to 100%.' };
 * parseField('horizonMonths', '36.5') → 'Must be a whole number of months from 12 to 120.'.
 */
export function parseField(key: FieldKey, text: string): FieldResult {
	const spec = FIELDS[key];
	const limit = INCOME_INPUT_LIMITS[key];
	if (spec.display === 'choice' && spec.choices) {
		const choice = spec.choices.find((c) => String(c.value) === text.trim());
		if (choice) return { ok: true, value: choice.value };
		return {
			ok: false,
			message: `Choose one of: ${spec.choices.map((c) => c.label).join(', ')}.`
		};
	}
	const range = `from ${limitText(key, limit.min)} to ${limitText(key, limit.max)}`;
	const unit = spec.display === 'number' ? ` ${spec.unit}` : '';
	if (text.trim() === '')
		return { ok: false, message: `Required: enter a number ${range}${unit}.` };
	const typed = parseNumberText(text, spec.display === 'percent');
	if (typed === null) {
		return { ok: false, message: `“${text.trim()}” is not a number: use digits, e.g. 12.5.` };
	}
	const value = spec.display === 'percent' ? Number(shiftDecimal(String(typed), -2)) : typed;
	if (limit.integer && !Number.isInteger(value)) {
		return { ok: false, message: `Must be a whole number of ${spec.unit} ${range}.` };
	}
	if (!(value >= limit.min && value <= limit.max)) {
		return { ok: false, message: `Must be ${range}${unit}.` };
	}
	return { ok: true, value };
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
