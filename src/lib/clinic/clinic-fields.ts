/**
 * The clinic form's fields: the kit's field model ($lib/kit/field) with each input's label,
 * unit, kind and the model's limits (CLINIC_INPUT_LIMITS). Pure; percentages are typed in
 * percent and held as exact fractions.
 *
 * @module
 */
import {
	CLINIC_INPUT_LIMITS,
	CLINIC_NUMBER_FIELDS,
	LINE_PATH,
	PAYER_LINES,
	payerField,
	type ClinicNumberField,
	type PayerField,
	type PayerFieldSuffix
} from '$lib/finance';
import { PATH_LABELS, PER_VISIT_CHOICES } from '$lib/income/payer-defaults';
import {
	fieldText as kitFieldText,
	readField,
	type FieldRead,
	type FieldSpec
} from '$lib/kit/field';

const PAYER_META: Readonly<Record<PayerFieldSuffix, FieldSpec>> = {
	Share: { label: 'share of sessions', unit: '% of sessions', kind: 'percent' },
	AllowedUsd: { label: 'allowed amount', unit: 'USD', kind: 'money' },
	PerVisit: {
		label: 'allowed amount is',
		unit: 'per unit or per visit',
		kind: 'select',
		choices: PER_VISIT_CHOICES
	},
	DenialRate: { label: 'claims denied at first', unit: '% of claims', kind: 'percent' },
	DaysToPayment: { label: 'days to payment', unit: 'days', kind: 'number' },
	BillingCostShare: { label: 'billing service fee', unit: '% of collections', kind: 'percent' }
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
) as Record<PayerField, FieldSpec>;

const SPECS: Readonly<Record<ClinicNumberField, FieldSpec>> = {
	treatmentRooms: { label: 'Treatment rooms', unit: 'rooms', kind: 'number' },
	hoursOpenPerWeek: { label: 'Hours open', unit: 'hours/week', kind: 'number' },
	weeksOpenPerYear: { label: 'Weeks open', unit: 'weeks/year', kind: 'number' },
	sessionMinutes: { label: 'Hands-on minutes per session', unit: 'minutes', kind: 'number' },
	turnoverMinutes: { label: 'Turnover between sessions', unit: 'minutes', kind: 'number' },
	therapists: { label: 'Therapists', unit: 'full-time equivalents', kind: 'number' },
	therapistHoursPerWeek: {
		label: 'Scheduled hours per therapist',
		unit: 'hours/week',
		kind: 'number'
	},
	startUtilisation: { label: 'Capacity booked in month 1', unit: '%', kind: 'percent' },
	targetUtilisation: { label: 'Capacity booked once established', unit: '%', kind: 'percent' },
	rampMonths: { label: 'Month the target is reached', unit: 'month number', kind: 'number' },
	therapistAnnualWageUsd: { label: 'Therapist wage', unit: 'USD/yr, full-time', kind: 'money' },
	commissionShare: { label: 'Therapist commission', unit: '% of session revenue', kind: 'percent' },
	frontDeskHoursPerWeek: { label: 'Front-desk hours', unit: 'hours/week', kind: 'number' },
	frontDeskAnnualWageUsd: { label: 'Front-desk wage', unit: 'USD/yr, full-time', kind: 'money' },
	payrollOverheadShare: { label: 'Payroll taxes and benefits', unit: '% of pay', kind: 'percent' },
	relaxationShare: { label: 'Relaxation, self-pay', unit: '% of sessions', kind: 'percent' },
	cashMedicalShare: { label: 'Medical, self-pay', unit: '% of sessions', kind: 'percent' },
	relaxationPriceUsd: { label: 'Relaxation price', unit: 'USD/session', kind: 'money' },
	cashMedicalPriceUsd: { label: 'Self-pay medical price', unit: 'USD/session', kind: 'money' },
	reworkShare: { label: 'Denied claims reworked and paid', unit: '% of denials', kind: 'percent' },
	reworkCostPerClaimUsd: { label: 'Cost to rework a claim', unit: 'USD/claim', kind: 'money' },
	...payerMeta,
	suppliesPerSessionUsd: { label: 'Supplies and laundry', unit: 'USD/session', kind: 'money' },
	rentMonthlyUsd: { label: 'Rent', unit: 'USD/month', kind: 'money' },
	utilitiesMonthlyUsd: { label: 'Utilities', unit: 'USD/month', kind: 'money' },
	softwareMonthlyUsd: { label: 'Software', unit: 'USD/month', kind: 'money' },
	liabilityInsuranceMonthlyUsd: { label: 'Liability insurance', unit: 'USD/month', kind: 'money' },
	marketingMonthlyUsd: { label: 'Marketing', unit: 'USD/month', kind: 'money' },
	otherMonthlyUsd: { label: 'Other running costs', unit: 'USD/month', kind: 'money' },
	fitOutUsd: { label: 'Fit-out and renovation', unit: 'USD', kind: 'money' },
	equipmentUsd: { label: 'Tables and equipment', unit: 'USD', kind: 'money' },
	depositsAndFeesUsd: { label: 'Deposits, licences and fees', unit: 'USD', kind: 'money' },
	launchMarketingUsd: { label: 'Launch marketing', unit: 'USD', kind: 'money' },
	loanPrincipalUsd: { label: 'Loan amount', unit: 'USD', kind: 'money' },
	loanAnnualRate: { label: 'Loan interest rate', unit: '% APR', kind: 'percent' },
	loanTermMonths: { label: 'Loan term', unit: 'months', kind: 'number' },
	horizonMonths: { label: 'Months to project', unit: 'months', kind: 'number' }
};

/** Every clinic field's spec, with the model's limits. */
export const FIELD_META: Readonly<Record<ClinicNumberField, FieldSpec>> = Object.fromEntries(
	CLINIC_NUMBER_FIELDS.map((f) => [f, { ...SPECS[f], ...CLINIC_INPUT_LIMITS[f] }])
) as Record<ClinicNumberField, FieldSpec>;

/**
 * Typed text → the model's value for a field, or the message to show at the field (kit rules).
 *
 * Worked example: parseField('wcDenialRate', '11.8') → { ok: true, value: 0.118 };
 * parseField('treatmentRooms', '2.5') → 'Must be a whole number of rooms from 1 to 50.'.
 */
export function parseField(field: ClinicNumberField, text: string): FieldRead {
	return readField(FIELD_META[field], text);
}

/** The form's text for a model value: percent fields shifted back (exact), others as numerals. */
export function fieldText(field: ClinicNumberField, value: number): string {
	return kitFieldText(FIELD_META[field], value);
}
