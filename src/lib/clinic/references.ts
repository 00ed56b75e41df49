/**
 * The published figures the clinic planner starts from (billing benchmarks, practice norms and
 * the BLS national receptionist wage),
 * picked from the validated dataset rows on the server and sent
 * to the page with their sources. A missing row throws, which fails the build.
 *
 * @module
 */
import { benchOrigin, normOrigin } from '$lib/data/origins';
import type { BillingBenchmarkRow, OewsNationalAllRow, PracticeNormRow } from '$lib/data/schema';
import type { DataOrigin } from '$lib/kit/origin';
import { lowEndText, parseRange, shiftDecimal } from '$lib/numbers';
import { compareText } from '$lib/text';

/** The default value (as the form shows it) and where it comes from. */
export interface SourcedDefault {
	/** The field text: a plain numeral in the form's unit (percent fields in percent). */
	text: string;
	origin: DataOrigin;
}

export interface ClinicReferences {
	/** The higher denial band for chiropractic and physical therapy practices, for context. */
	denialChiroPt: DataOrigin;
	reworkShare: SourcedDefault;
	reworkCost: SourcedDefault;
	therapistHours: SourcedDefault;
	cashMedicalPrice: SourcedDefault;
	/** Context for the relaxation price assumption (the latest survey average found). */
	relaxationPrice: DataOrigin;
	/** Context for the commission assumption (what employed therapists reported being paid). */
	employeePay: DataOrigin;
	/** BLS national median annual wage of receptionists (43-4171), for the front desk. */
	frontDeskWage: SourcedDefault;
}

/** SOC code of Receptionists and Information Clerks, the front desk's occupation. */
export const RECEPTIONISTS = '43-4171';

export interface ReferenceRows {
	billingBenchmarks: readonly BillingBenchmarkRow[];
	practiceNorms: readonly PracticeNormRow[];
	/** The OEWS national file's rows (only the receptionists' is read). */
	nationalOccupations: readonly OewsNationalAllRow[];
}

function one<T>(rows: readonly T[], what: string, test: (r: T) => boolean): T {
	const row = rows.find(test);
	if (!row) throw new Error(`${what}: no such row`);
	return row;
}

/**
 * Picks the planner's published defaults from the rows.
 *
 * Rules: the rework share is 100 − the share of denials never reworked; rework cost is the low
 * end of the published range; therapist hours are AMTA's full-time massage hours; the self-pay
 * medical price is the low end of the one published range; the front-desk wage is the national
 * median annual wage of receptionists and information clerks (43-4171). (The payer lines' allowed amounts,
 * denial rates and payment lags come from the shared payer defaults, `$lib/income/payer-defaults`.)
 *
 * Worked example (committed data): 100 − 65 = 35, 25 (of 25-117), 27 hours, 100 (of 100-150),
 * front desk 38010 (May 2025 A_MEDIAN "38,010").
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
	const desk = one(
		rows.nationalOccupations,
		`bls-oews-national-all ${RECEPTIONISTS}`,
		(r) => r.occ_code === RECEPTIONISTS
	);
	if (desk.a_median === null)
		throw new Error(`bls-oews-national-all ${RECEPTIONISTS}: no published annual median`);

	parseRange(hours.value);
	const neverReworked = parseRange(never.value).low;
	return {
		denialChiroPt: benchOrigin(denialChiroPt, 'as published'),
		reworkShare: {
			// 100 − 65: whole percentages, so the subtraction is exact; shiftDecimal keeps it text.
			text: shiftDecimal(String(100 - neverReworked), 0),
			origin: benchOrigin(never, `100% − the ${never.value}% of denials never reworked`)
		},
		reworkCost: {
			text: lowEndText(rework.value),
			origin: benchOrigin(rework, 'low end of the published range')
		},
		therapistHours: { text: hours.value, origin: normOrigin(hours, 'as published') },
		cashMedicalPrice: {
			text: lowEndText(medical.value),
			origin: normOrigin(medical, 'low end of the published range')
		},
		relaxationPrice: normOrigin(relaxation, 'as published'),
		employeePay: normOrigin(pay, 'as published'),
		frontDeskWage: {
			text: String(desk.a_median),
			origin: {
				kind: 'data',
				dataset: 'bls-oews-national-all',
				metric: 'a_median',
				published: String(desk.a_median),
				unit: 'USD/yr',
				use: 'national annual median (a full-time year of 2,080 hours; use a local figure if you have one)',
				citation:
					'BLS Occupational Employment and Wage Statistics, national cross-industry estimates',
				scope: `${desk.occ_title} (${desk.occ_code}), United States, May 2025`,
				url: 'https://www.bls.gov/oes/',
				quality: 'official'
			}
		}
	};
}
