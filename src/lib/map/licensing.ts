/**
 * Summarise one state's licensing facts for display: every fact per field in a fixed order
 * (sources can disagree, so all are kept), fields with no fact marked "not found in sources",
 * and continuing education per year derived from hours per cycle ÷ cycle length.
 */

export interface LicensingFact {
	field: string;
	value: string;
	unit: string | null;
	asOf: string;
	source: string;
	url: string | null;
	quality: string;
	note: string | null;
}

/** The licensing facts a state's summary lists, in this order (/location and /programs). */
export const LICENSING_FIELDS: readonly string[] = [
	'regulation_status',
	'min_training_hours',
	'exam_accepted',
	'application_fee_usd',
	'initial_fee_usd',
	'background_check_fee_usd',
	'state_exam_fee_usd',
	'renewal_fee_usd',
	'renewal_period_years',
	'ce_hours_per_cycle',
	'ce_cycle_years',
	'liability_insurance_required'
];

export const FIELD_LABELS: Readonly<Record<string, string>> = {
	regulation_status: 'Regulation',
	min_training_hours: 'Minimum training',
	exam_accepted: 'Exam',
	application_fee_usd: 'Application fee',
	initial_fee_usd: 'Initial licence fee',
	background_check_fee_usd: 'Background check fee',
	state_exam_fee_usd: 'State exam fee',
	renewal_fee_usd: 'Renewal fee',
	renewal_period_years: 'Renewal period',
	ce_hours_per_cycle: 'Continuing education per cycle',
	ce_cycle_years: 'Continuing education cycle',
	liability_insurance_required: 'Liability insurance required'
};

export interface LicensingSummary {
	fields: { field: string; label: string; facts: LicensingFact[] }[];
	/** CE hours per year, derived; null when hours or cycle length is missing or not a number. */
	cePerYear: { hours: number; years: number; perYear: number } | null;
}

function firstNumber(facts: readonly LicensingFact[]): number | null {
	for (const f of facts) {
		const n = Number(f.value);
		if (f.value.trim() !== '' && Number.isFinite(n)) return n;
	}
	return null;
}

/**
 * @example CE 24 hours every 2 years → cePerYear { hours: 24, years: 2, perYear: 12 }
 */
export function summariseLicensing(
	facts: readonly LicensingFact[],
	fieldOrder: readonly string[]
): LicensingSummary {
	const fields = fieldOrder.map((field) => ({
		field,
		label: FIELD_LABELS[field] ?? field,
		facts: facts.filter((f) => f.field === field)
	}));
	const hours = firstNumber(facts.filter((f) => f.field === 'ce_hours_per_cycle'));
	const cycle =
		firstNumber(facts.filter((f) => f.field === 'ce_cycle_years')) ??
		firstNumber(facts.filter((f) => f.field === 'renewal_period_years'));
	const cePerYear =
		hours !== null && cycle !== null && cycle > 0
			? { hours, years: cycle, perYear: hours / cycle }
			: null;
	return { fields, cePerYear };
}
