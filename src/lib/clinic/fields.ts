/**
 * The clinic form's fields: label, unit, whether the form shows it in percent, and how typed
 * text becomes a model value (with a specific message at the field when it cannot). Pure.
 *
 * @module
 */
import {
	CLINIC_INPUT_LIMITS,
	clinicFieldProblem,
	LINE_PATH,
	PAYER_LINES,
	payerField,
	type ClinicNumberField,
	type PayerField,
	type PayerFieldSuffix
} from '$lib/finance';
import { PATH_LABELS } from '$lib/income/payer-defaults';
import { readNumberText, shiftPoint } from './numbers';
import { count } from '$lib/format';

export interface FieldMeta {
	label: string;
	/** Unit shown with the label, e.g. "USD/month". */
	unit: string;
	/** Shown and typed in percent; the model holds a fraction. */
	percent?: boolean;
	/** Offered as a select: the values (as the form's text) and their labels. */
	choices?: readonly { text: string; label: string }[];
}

const PAYER_META: Readonly<Record<PayerFieldSuffix, FieldMeta>> = {
	Share: { label: 'share of sessions', unit: '% of sessions', percent: true },
	AllowedUsd: { label: 'allowed amount', unit: 'USD' },
	PerVisit: {
		label: 'allowed amount is',
		unit: 'per unit or per visit',
		choices: [
			{ text: '0', label: 'per 15-minute unit' },
			{ text: '1', label: 'per visit' }
		]
	},
	DenialRate: { label: 'claims denied at first', unit: '% of claims', percent: true },
	DaysToPayment: { label: 'days to payment', unit: 'days' },
	BillingCostShare: { label: 'billing service fee', unit: '% of collections', percent: true }
};

/** Every payer field's label: "Workers’ compensation: share of sessions". */
const payerMeta = Object.fromEntries(
	PAYER_LINES.flatMap((line) =>
		(Object.keys(PAYER_META) as PayerFieldSuffix[]).map((suffix) => [
			payerField(line, suffix),
			{
				...PAYER_META[suffix],
				label: `${PATH_LABELS[LINE_PATH[line]]}: ${PAYER_META[suffix].label}`
			}
		])
	)
) as Record<PayerField, FieldMeta>;

export const FIELD_META: Readonly<Record<ClinicNumberField, FieldMeta>> = {
	treatmentRooms: { label: 'Treatment rooms', unit: 'rooms' },
	hoursOpenPerWeek: { label: 'Hours open', unit: 'hours/week' },
	weeksOpenPerYear: { label: 'Weeks open', unit: 'weeks/year' },
	sessionMinutes: { label: 'Hands-on minutes per session', unit: 'minutes' },
	turnoverMinutes: { label: 'Turnover between sessions', unit: 'minutes' },
	therapists: { label: 'Therapists', unit: 'full-time equivalents' },
	therapistHoursPerWeek: { label: 'Scheduled hours per therapist', unit: 'hours/week' },
	startUtilisation: { label: 'Capacity booked in month 1', unit: '%', percent: true },
	targetUtilisation: { label: 'Capacity booked once established', unit: '%', percent: true },
	rampMonths: { label: 'Month the target is reached', unit: 'month number' },
	therapistAnnualWageUsd: { label: 'Therapist wage', unit: 'USD/yr, full-time' },
	commissionShare: { label: 'Therapist commission', unit: '% of session revenue', percent: true },
	frontDeskHoursPerWeek: { label: 'Front-desk hours', unit: 'hours/week' },
	frontDeskAnnualWageUsd: { label: 'Front-desk wage', unit: 'USD/yr, full-time' },
	payrollOverheadShare: { label: 'Payroll taxes and benefits', unit: '% of pay', percent: true },
	relaxationShare: { label: 'Relaxation, self-pay', unit: '% of sessions', percent: true },
	cashMedicalShare: { label: 'Medical, self-pay', unit: '% of sessions', percent: true },
	relaxationPriceUsd: { label: 'Relaxation price', unit: 'USD/session' },
	cashMedicalPriceUsd: { label: 'Self-pay medical price', unit: 'USD/session' },
	reworkShare: { label: 'Denied claims reworked and paid', unit: '% of denials', percent: true },
	reworkCostPerClaimUsd: { label: 'Cost to rework a claim', unit: 'USD/claim' },
	...payerMeta,
	suppliesPerSessionUsd: { label: 'Supplies and laundry', unit: 'USD/session' },
	rentMonthlyUsd: { label: 'Rent', unit: 'USD/month' },
	utilitiesMonthlyUsd: { label: 'Utilities', unit: 'USD/month' },
	softwareMonthlyUsd: { label: 'Software', unit: 'USD/month' },
	liabilityInsuranceMonthlyUsd: { label: 'Liability insurance', unit: 'USD/month' },
	marketingMonthlyUsd: { label: 'Marketing', unit: 'USD/month' },
	otherMonthlyUsd: { label: 'Other running costs', unit: 'USD/month' },
	fitOutUsd: { label: 'Fit-out and renovation', unit: 'USD' },
	equipmentUsd: { label: 'Tables and equipment', unit: 'USD' },
	depositsAndFeesUsd: { label: 'Deposits, licences and fees', unit: 'USD' },
	launchMarketingUsd: { label: 'Launch marketing', unit: 'USD' },
	loanPrincipalUsd: { label: 'Loan amount', unit: 'USD' },
	loanAnnualRate: { label: 'Loan interest rate', unit: '% APR', percent: true },
	loanTermMonths: { label: 'Loan term', unit: 'months' },
	horizonMonths: { label: 'Months to project', unit: 'months' }
};

/** "1–50 rooms", "0–100 %": a field's limits in the unit the form uses. */
export function limitText(field: ClinicNumberField): string {
	const meta = FIELD_META[field];
	const { min, max } = CLINIC_INPUT_LIMITS[field];
	const show = (v: number) => (meta.percent ? shiftPoint(String(v), 2) : count(v));
	return `${show(min)} to ${show(max)} ${meta.unit}`;
}

/**
 * Typed text → the model's value for a field, or a message to show at the field. Percent
 * fields move the decimal point in the text (exact: "11.8" → 0.118).
 *
 * Worked example: parseField('wcDenialRate', '11.8') → { value: 0.118 };
 * parseField('treatmentRooms', '2.5') → { message: 'Treatment rooms must be a whole number from
 * 1 to 50 rooms.' }; parseField('rentMonthlyUsd', 'lots') → { message: '“lots” is not a number …' }.
 */
export function parseField(
	field: ClinicNumberField,
	text: string
): { value: number } | { message: string } {
	const meta = FIELD_META[field];
	if (text.trim() === '') {
		return { message: `Enter ${meta.label.toLowerCase()} (${meta.unit}).` };
	}
	const numeral = readNumberText(text, meta.percent);
	if (numeral === null) {
		return { message: `“${text.trim()}” is not a number: type digits, like 1,500 or 12.5.` };
	}
	const value = Number(meta.percent ? shiftPoint(numeral, -2) : numeral);
	if (clinicFieldProblem(field, value) !== null) {
		const whole = CLINIC_INPUT_LIMITS[field].integer ? 'a whole number ' : '';
		return { message: `${meta.label} must be ${whole}from ${limitText(field)}.` };
	}
	return { value };
}

/** The form's text for a model value: percent fields shifted back (exact), others as numerals. */
export function fieldText(field: ClinicNumberField, value: number): string {
	return FIELD_META[field].percent ? shiftPoint(String(value), 2) : String(value);
}
