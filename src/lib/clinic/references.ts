/**
 * The published figures the clinic planner starts from (billing benchmarks and practice norms),
 * picked from the validated dataset rows on the server and sent
 * to the page with their sources. A missing row throws, which fails the build.
 *
 * @module
 */
import type { BillingBenchmarkRow, PracticeNormRow } from '$lib/data/schema';
import { lowEndText, parsePublished, shiftPoint } from './numbers';
import { compareText } from '$lib/text';

/** Where a default comes from: a dataset row, kept as printed. */
export interface Reference {
	/** Dataset id (folder under `data/`). */
	dataset: string;
	/** The value exactly as published ("42-137", "29.76"). */
	published: string;
	unit: string;
	/** Publisher and report (the source column). */
	source: string;
	/** Who or what it describes, and when. */
	scope: string;
	url: string | null;
	quality: string;
	note: string | null;
}

/** The default value (as the form shows it) and how it follows from the reference. */
export interface SourcedDefault {
	/** The field text: a plain numeral in the form's unit (percent fields in percent). */
	text: string;
	/** How the published value becomes the default ("low end of the published range"). */
	use: string;
	ref: Reference;
}

export interface ClinicReferences {
	/** The higher denial band for chiropractic and physical therapy practices, for context. */
	denialChiroPt: Reference;
	reworkShare: SourcedDefault;
	reworkCost: SourcedDefault;
	therapistHours: SourcedDefault;
	cashMedicalPrice: SourcedDefault;
	/** Context for the relaxation price assumption (the latest survey average found). */
	relaxationPrice: Reference;
	/** Context for the commission assumption (what employed therapists reported being paid). */
	employeePay: Reference;
}

export interface ReferenceRows {
	billingBenchmarks: readonly BillingBenchmarkRow[];
	practiceNorms: readonly PracticeNormRow[];
}

function one<T>(rows: readonly T[], what: string, test: (r: T) => boolean): T {
	const row = rows.find(test);
	if (!row) throw new Error(`${what}: no such row`);
	return row;
}

const benchRef = (r: BillingBenchmarkRow): Reference => ({
	dataset: 'billing-benchmarks',
	published: r.value,
	unit: r.unit ?? '',
	source: r.source,
	scope: `${r.scope}, ${r.year}`,
	url: r.source_url,
	quality: r.source_quality,
	note: r.note
});

const normRef = (r: PracticeNormRow): Reference => ({
	dataset: 'practice-norms',
	published: r.value,
	unit: r.unit ?? '',
	source: r.source,
	scope: `${r.population}, ${r.data_year}`,
	url: r.source_url,
	quality: r.source_quality,
	note: r.note
});

/**
 * Picks the planner's published defaults from the rows.
 *
 * Rules: the rework share is 100 − the share of denials never reworked; rework cost is the low
 * end of the published range; therapist hours are AMTA's full-time massage hours; the self-pay
 * medical price is the low end of the one published range. (The payer lines' allowed amounts,
 * denial rates and payment lags come from the shared payer defaults, `$lib/income/payer-defaults`.)
 *
 * Worked example (committed data): 100 − 65 = 35, 25 (of 25-117), 27 hours, 100 (of 100-150).
 *
 * @throws Error naming the dataset and row when one is missing or unreadable.
 */
export function clinicReferences(rows: ReferenceRows): ClinicReferences {
	const { billingBenchmarks: bench, practiceNorms: norms } = rows;
	const metric = (m: string, scope?: string) =>
		one(
			bench,
			`billing-benchmarks ${m}${scope ? ` (${scope})` : ''}`,
			(r) => r.metric === m && (scope === undefined || r.scope === scope)
		);
	const denialChiroPt = metric(
		'initial_claim_denial_rate',
		'chiropractic and physical therapy practices'
	);
	const never = metric('share_of_denials_never_reworked');
	const rework = metric('cost_to_rework_denied_claim');
	const norm = (m: string) => one(norms, `practice-norms ${m}`, (r) => r.metric === m);
	const hours = norm('full_time_massage_hours_per_week');
	const medical = norm('medical_massage_price_per_hour');
	const relaxation = norms
		.filter((r) => r.metric === 'avg_price_60min_massage')
		.sort((a, b) => compareText(b.data_year, a.data_year))[0];
	if (!relaxation) throw new Error('practice-norms avg_price_60min_massage: no such row');
	const pay = norm('employee_setting_price_and_pay');

	parsePublished(hours.value);
	const neverReworked = parsePublished(never.value).low;
	return {
		denialChiroPt: benchRef(denialChiroPt),
		reworkShare: {
			// 100 − 65: whole percentages, so the subtraction is exact; shiftPoint keeps it text.
			text: shiftPoint(String(100 - neverReworked), 0),
			use: `100% − the ${never.value}% of denials never reworked`,
			ref: benchRef(never)
		},
		reworkCost: {
			text: lowEndText(rework.value),
			use: 'low end of the published range',
			ref: benchRef(rework)
		},
		therapistHours: { text: hours.value, use: 'as published', ref: normRef(hours) },
		cashMedicalPrice: {
			text: lowEndText(medical.value),
			use: 'low end of the published range',
			ref: normRef(medical)
		},
		relaxationPrice: normRef(relaxation),
		employeePay: normRef(pay)
	};
}
