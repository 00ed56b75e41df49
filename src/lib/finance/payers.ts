/**
 * Payer lines: who pays for a medical session besides the client. One line per payer path that
 * can pay a massage therapist (auto no-fault / PIP, workers' compensation, private health plans,
 * Medicaid); the sessions no line takes are self-pay. Original Medicare is not a line: it does
 * not pay massage therapists, so the app shows its rate as a reference only.
 *
 * The lines are flat number fields (`wcShare`, `wcAllowedUsd`, …) so that the income and clinic
 * inputs stay flat, URL- and JSON-serialisable. Pure: no rounding, no constants from data.
 *
 * @module
 */
import type { FieldLimit } from './limits';

/**
 * Average days per calendar month, 365.25 / 12 = 30.4375 (Gregorian year of 365.25 days,
 * leap years included). Converts days to payment into months of cash lag.
 */
export const DAYS_PER_MONTH = 365.25 / 12;

/** The payer lines, in the fixed order the model, the forms and the Monte Carlo use. */
export const PAYER_LINES = ['pip', 'wc', 'private', 'medicaid'] as const;
export type PayerLineId = (typeof PAYER_LINES)[number];

/** Every payer path of the `payer-paths` dataset (self-pay and Medicare included). */
export const PAYER_PATHS = [
	'self-pay',
	'auto-no-fault',
	'workers-comp',
	'private-health',
	'medicare',
	'medicaid'
] as const;
export type PayerPath = (typeof PAYER_PATHS)[number];

/** The dataset path each line stands for. */
export const LINE_PATH: Readonly<Record<PayerLineId, PayerPath>> = {
	pip: 'auto-no-fault',
	wc: 'workers-comp',
	private: 'private-health',
	medicaid: 'medicaid'
};

/** The six numbers of one line, as field-name suffixes. */
export const PAYER_FIELD_SUFFIXES = [
	'Share',
	'AllowedUsd',
	'PerVisit',
	'DenialRate',
	'DaysToPayment',
	'BillingCostShare'
] as const;
export type PayerFieldSuffix = (typeof PAYER_FIELD_SUFFIXES)[number];

/** A payer field name, e.g. `wcAllowedUsd`. */
export type PayerField = `${PayerLineId}${PayerFieldSuffix}`;

/**
 * The flat payer fields of a model's inputs:
 * - `<line>Share`: fraction of the sessions this payer pays for, 0–1 (all lines together ≤ 1);
 * - `<line>AllowedUsd`: allowed amount (payer + patient share), USD per 15-minute unit or per
 *   visit, 0–10 000;
 * - `<line>PerVisit`: 1 when the allowed amount is per visit, 0 when per 15-minute unit;
 * - `<line>DenialRate`: fraction of claims denied at first, 0–1;
 * - `<line>DaysToPayment`: days from session to payment, 0–365;
 * - `<line>BillingCostShare`: billing-service fee as a fraction of this payer's collections, 0–1.
 */
export type PayerFields = Record<PayerField, number>;

/** Name of one payer field. */
export function payerField(line: PayerLineId, suffix: PayerFieldSuffix): PayerField {
	return `${line}${suffix}`;
}

const SUFFIX_LIMITS: Readonly<Record<PayerFieldSuffix, FieldLimit>> = {
	Share: { min: 0, max: 1 },
	AllowedUsd: { min: 0, max: 10_000 },
	PerVisit: { min: 0, max: 1, integer: true },
	DenialRate: { min: 0, max: 1 },
	DaysToPayment: { min: 0, max: 365 },
	BillingCostShare: { min: 0, max: 1 }
};

/** Every payer field name, line by line in {@link PAYER_LINES} order. */
export const PAYER_FIELDS: readonly PayerField[] = PAYER_LINES.flatMap((line) =>
	PAYER_FIELD_SUFFIXES.map((suffix) => payerField(line, suffix))
);

/** Inclusive limits of every payer field (plausibility bounds chosen for this app, not data). */
export const PAYER_FIELD_LIMITS = Object.fromEntries(
	PAYER_LINES.flatMap((line) =>
		PAYER_FIELD_SUFFIXES.map((suffix) => [payerField(line, suffix), SUFFIX_LIMITS[suffix]])
	)
) as Readonly<Record<PayerField, FieldLimit>>;

/** Sum of the payer shares may exceed 1 by this much (floating-point slack, e.g. 0.1 + 0.2). */
export const PAYER_SHARE_TOLERANCE = 1e-9;

/**
 * Sum of the line shares (fraction of sessions paid by a payer other than the client).
 *
 * Worked example: pipShare 0.1, wcShare 0.2, others 0 → 0.30000000000000004.
 */
export function insuredShare(inputs: PayerFields): number {
	let sum = 0;
	for (const line of PAYER_LINES) sum += inputs[payerField(line, 'Share')];
	return sum;
}

/**
 * The rule that ties the lines together: their shares add up to at most 1 (the rest is
 * self-pay). Field limits are checked by the caller's limits table.
 *
 * @throws RangeError `pipShare + wcShare + privateShare + medicaidShare must be at most 1 (now 1.2)`.
 */
export function validatePayerShares(inputs: PayerFields): void {
	const sum = insuredShare(inputs);
	if (!(sum <= 1 + PAYER_SHARE_TOLERANCE)) {
		throw new RangeError(
			`${PAYER_LINES.map((l) => payerField(l, 'Share')).join(' + ')} must be at most 1 (now ${sum})`
		);
	}
}

/**
 * Fraction of the allowed amount that is eventually paid: (1 − denialRate) + denialRate ×
 * reworkShare (first-time payments plus reworked denials paid in full).
 *
 * Worked example: 10% denied, 50% of those reworked → 0.9 + 0.05 = 0.95.
 */
export function paidShare(denialRate: number, reworkShare: number): number {
	return 1 - denialRate + denialRate * reworkShare;
}

/**
 * Revenue of one session billed to a line, USD: allowed × (units, or 1 per visit) × paid share.
 *
 * Worked example: $30 per unit, 4 units, 10% denied, half reworked → 30 × 4 × 0.95 = $114;
 * the same $30 per visit → 30 × 0.95 = $28.50.
 */
export function revenuePerClaim(
	allowedUsd: number,
	perVisit: number,
	unitsPerSession: number,
	denialRate: number,
	reworkShare: number
): number {
	return allowedUsd * (perVisit === 1 ? 1 : unitsPerSession) * paidShare(denialRate, reworkShare);
}

/**
 * A payment lag in months, split into whole months and a fraction: days ÷ 30.4375
 * ({@link DAYS_PER_MONTH}) = whole + fraction. Cash of month m is then (1 − fraction) × revenue of
 * month m − whole + fraction × revenue of month m − whole − 1.
 *
 * Worked example: 45 days → 1.4784… months = 1 + 0.4784….
 */
export function lagSplit(days: number): { months: number; whole: number; fraction: number } {
	const months = days / DAYS_PER_MONTH;
	const whole = Math.floor(months);
	return { months, whole, fraction: months - whole };
}
