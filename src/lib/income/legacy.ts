/**
 * Scenarios and links saved before the payer lines had one insurance payer:
 * `insuranceShare`, `allowedPerUnitUsd`, `denialRate`, `daysToPayment` and `billingCostShare`.
 * They now mean the private-health-plans line (the payer those figures described); the other
 * lines keep their defaults. Pure.
 *
 * @module
 */
import { payerDriver, payerField, type PayerField } from '$lib/finance';
import { pctOfFraction, usdHourly } from '$lib/format';

/** The old single-insurance fields and the private-plan fields they become. */
export const LEGACY_PAYER_FIELDS: Readonly<Record<string, PayerField>> = {
	insuranceShare: payerField('private', 'Share'),
	allowedPerUnitUsd: payerField('private', 'AllowedUsd'),
	denialRate: payerField('private', 'DenialRate'),
	daysToPayment: payerField('private', 'DaysToPayment'),
	billingCostShare: payerField('private', 'BillingCostShare')
};

/** The old uncertain drivers and the private-plan drivers they become. */
export const LEGACY_DRIVERS: Readonly<Record<string, string>> = {
	allowedPerUnitUsd: payerDriver('private', 'AllowedUsd'),
	denialRate: payerDriver('private', 'DenialRate'),
	daysToPayment: payerDriver('private', 'DaysToPayment')
};

/**
 * Renames the old fields of a flat record (unknown keys are kept as they are) and says what
 * was done, or returns null when the record has none of them. An amount per unit stays per unit.
 *
 * Worked example: { insuranceShare: 0.5, allowedPerUnitUsd: 29.76 } → { privateShare: 0.5,
 * privateAllowedUsd: 29.76, privatePerVisit: 0 } with the message "…50.0% of medical sessions
 * billed to insurance at $29.76 per unit…".
 */
export function mapLegacyPayers(
	record: Record<string, unknown>,
	what: string
): { record: Record<string, unknown>; message: string } | null {
	const keys = Object.keys(LEGACY_PAYER_FIELDS).filter((k) => k in record);
	if (keys.length === 0) return null;
	const next: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(record)) {
		if (!(k in LEGACY_PAYER_FIELDS)) next[k] = v;
	}
	for (const k of keys) next[LEGACY_PAYER_FIELDS[k]!] = record[k];
	if ('allowedPerUnitUsd' in record) next[payerField('private', 'PerVisit')] = 0;
	const share = record.insuranceShare;
	const allowed = record.allowedPerUnitUsd;
	const detail =
		typeof share === 'number' && typeof allowed === 'number'
			? ` (${pctOfFraction(share)} of medical sessions billed to insurance at ${usdHourly(allowed)} per unit)`
			: '';
	return {
		record: next,
		message: `${what} was made before the payer lines: its single insurance payer${detail} is now the “Private health plans” line, and the other payers start from their defaults. Check them against your state’s payers.`
	};
}
