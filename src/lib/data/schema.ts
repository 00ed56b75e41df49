/**
 * One schema per dataset in `data/`. Column names are the source's own (OEWS `tot_emp`,
 * `a_median`…). Numbers that a source may leave blank are optional and read as `null`.
 * Every committed CSV must pass its schema: the build and `tests/unit/data` enforce it.
 */
import type { ColumnKind, ColumnSpec, DatasetSchema, RowOf } from './types';

type Extra = Omit<ColumnSpec, 'name' | 'kind' | 'required'>;
type Column<N extends string, K extends ColumnKind, R extends boolean, X> = {
	readonly name: N;
	readonly kind: K;
} & (R extends true ? { readonly required: true } : unknown) &
	X;

/**
 * A builder of one kind of column, so each column is one line: `reqText('state_name')` is a
 * required text column, `num('a_mean', NONNEG)` an optional number of at least 0.
 */
function column<K extends ColumnKind, R extends boolean>(kind: K, required: R) {
	return <const N extends string, const X extends Extra = Record<never, never>>(
		name: N,
		extra?: X
	) => ({ name, kind, ...(required ? { required: true } : {}), ...extra }) as Column<N, K, R, X>;
}
const text = column('text', false);
const int = column('integer', false);
const num = column('number', false);
const reqText = column('text', true);
const reqInt = column('integer', true);
const reqNum = column('number', true);

/** A whole-cell pattern and the words an error message uses for it. */
const matching = (pattern: RegExp, patternLabel: string) => ({ pattern, patternLabel });

const FIPS2 = matching(/^\d{2}$/, 'a two-digit FIPS code such as "06"');
const USPS = matching(/^[A-Z]{2}$/, 'a two-letter USPS code such as "CA"');
const SOC = matching(/^\d{2}-\d{4}$/, 'an SOC code such as "31-9011"');
const LOWER_ID = matching(/^[a-z0-9_]+$/, 'a lower-case id');
const DATE = matching(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const PCT = { min: 0, max: 100 } as const;
const NONNEG = { min: 0 } as const;

/** Several optional text columns. */
function texts<const N extends readonly string[]>(...names: N) {
	return names.map((name) => text(name)) as {
		[I in keyof N]: Column<N[I], 'text', false, unknown>;
	};
}

/** Several optional numbers that cannot be negative (wages, counts, money). */
function nonnegNums<const N extends readonly string[]>(...names: N) {
	return names.map((name) => num(name, NONNEG)) as {
		[I in keyof N]: Column<N[I], 'number', false, typeof NONNEG>;
	};
}

/** Where one fact of a row comes from, as of when, and how good the source is. */
const factProvenance = <const P extends string>(fact: P) =>
	texts(`${fact}_source_url`, `${fact}_as_of`, `${fact}_quality`);

function schema<const Cols extends readonly ColumnSpec[]>(
	id: string,
	columns: Cols
): DatasetSchema<Cols> {
	return { id, columns };
}

/** Source and address columns carried by most datasets. */
const source = [reqText('source'), text('source_url')] as const;
const sourceQuality = reqText('source_quality');
/** The source, its quality and a free note: the closing columns of the fact tables. */
const sourcedNote = [...source, sourceQuality, text('note')] as const;

/** A state as most state-level files name it: FIPS, USPS code and name. */
const stateIds = [
	reqText('state_fips', FIPS2),
	reqText('state_abbr', USPS),
	reqText('state_name')
] as const;

/** The opening columns of the OEWS files: the year and period they describe. */
const oewsPeriod = [reqInt('reference_year'), reqText('reference_period')] as const;
const occupation = [reqText('occ_code', SOC), reqText('occ_title')] as const;

const oewsAnnualPercentiles = nonnegNums('a_pct10', 'a_pct25', 'a_median', 'a_pct75', 'a_pct90');

/** Mean and percentile wages as every OEWS file lists them: hourly, then annual. */
const oewsMeansAndPercentiles = [
	...nonnegNums('h_mean', 'a_mean', 'mean_prse'),
	...nonnegNums('h_pct10', 'h_pct25', 'h_median', 'h_pct75', 'h_pct90'),
	...oewsAnnualPercentiles
] as const;

export const oewsNational = schema('bls-oews-national', [
	reqInt('reference_year', { min: 1997, max: 2100 }),
	reqText('reference_period'),
	reqText('area_code'),
	reqText('area_title'),
	...occupation,
	text('o_group'),
	int('tot_emp', NONNEG),
	num('emp_prse', NONNEG),
	...oewsMeansAndPercentiles,
	text('suppression_flags'),
	...source
] as const);

export const oewsState2025 = schema('bls-oews-state-2025', [
	...oewsPeriod,
	...stateIds,
	...occupation,
	int('tot_emp', NONNEG),
	...nonnegNums('jobs_1000', 'loc_quotient', 'h_mean', 'a_mean', 'h_median', 'a_median'),
	...nonnegNums('a_pct10', 'a_pct25', 'a_pct75', 'a_pct90'),
	...source
] as const);

export const oewsState2024 = schema('bls-oews-state-2024', [
	...oewsPeriod,
	...stateIds,
	...occupation,
	int('tot_emp', NONNEG),
	num('a_mean', NONNEG),
	...oewsAnnualPercentiles,
	int('all_occupations_tot_emp', NONNEG),
	text('suppression_flags'),
	...source
] as const);

export const oewsState2023 = schema('bls-oews-state-2023', [
	...oewsPeriod,
	...stateIds,
	...occupation,
	...nonnegNums('h_mean', 'a_mean'),
	text('suppression_flags'),
	...source
] as const);

export const oewsNonmetro = schema('bls-oews-nonmetro', [
	...oewsPeriod,
	reqText('area', matching(/^\d{7}$/, 'a 7-digit OEWS area code')),
	reqText('area_title'),
	int('area_type'),
	reqText('prim_state', USPS),
	...occupation,
	int('tot_emp', NONNEG),
	...nonnegNums('jobs_1000', 'loc_quotient', 'h_mean', 'a_mean', 'h_median'),
	...oewsAnnualPercentiles,
	text('suppression_flags'),
	...source
] as const);

export const oewsIndustry = schema('bls-oews-industry', [
	...oewsPeriod,
	reqText('naics'),
	reqText('naics_title'),
	reqText('i_group'),
	reqInt('own_code'),
	...occupation,
	int('tot_emp', NONNEG),
	num('emp_prse', NONNEG),
	num('pct_total', PCT),
	num('pct_rpt', PCT),
	...oewsMeansAndPercentiles,
	text('suppression_flags'),
	...source
] as const);

export const projectionsNational = schema('bls-projections-national', [
	reqText('projection_period', matching(/^\d{4}-\d{4}$/, 'a period such as "2024-2034"')),
	reqInt('base_year'),
	reqInt('target_year'),
	reqInt('employment_base', NONNEG),
	int('employment_target', NONNEG),
	int('change_numeric'),
	reqNum('change_percent'),
	num('percent_self_employed_base', PCT),
	int('annual_openings', NONNEG),
	int('labor_force_exits_annual', NONNEG),
	int('occupational_transfers_annual', NONNEG),
	num('median_annual_wage', NONNEG),
	...texts(
		'median_wage_reference',
		'typical_entry_education',
		'work_experience',
		'on_the_job_training'
	),
	...source,
	reqInt('reference_year'),
	reqText('verification_status')
] as const);

export const projectionsState = schema('bls-projections-state', [
	...stateIds,
	reqText('projection_period'),
	reqInt('base_year'),
	reqInt('target_year'),
	reqInt('employment_base', NONNEG),
	reqInt('employment_projected', NONNEG),
	int('change_numeric'),
	reqNum('change_percent'),
	int('annual_openings', NONNEG),
	...source,
	reqInt('reference_year')
] as const);

export const rppState = schema('bea-rpp', [
	reqText('geofips', matching(/^\d{5}$/, 'a 5-digit BEA GeoFIPS')),
	reqText('state_fips', FIPS2),
	reqText('geo_name'),
	reqInt('line_code', { min: 1, max: 1 }),
	reqText('rpp_component'),
	reqInt('year'),
	reqInt('reference_year'),
	reqNum('rpp_index_us_100', { min: 0 }),
	...source
] as const);

export const stateFips = schema('state-fips', [
	...stateIds,
	int('reference_year'),
	...source
] as const);

export const populationState = schema('census-population', [
	...stateIds,
	reqInt('reference_year'),
	reqText('measure'),
	reqInt('population', NONNEG),
	reqInt('vintage'),
	...source
] as const);

export const householdIncome = schema('acs-household-income', [
	...stateIds,
	reqInt('reference_year'),
	reqText('acs_product'),
	reqInt('households', NONNEG),
	reqNum('median_household_income', NONNEG),
	...nonnegNums('median_household_income_moe', 'mean_household_income'),
	num('pct_hh_100k_149k', PCT),
	num('pct_hh_150k_199k', PCT),
	num('pct_hh_200k_plus', PCT),
	num('pct_hh_100k_plus_derived', PCT),
	...source
] as const);

export const cbpEstablishments = schema('cbp-establishments', [
	...stateIds,
	reqText('naics', matching(/^\d{6}$/, 'a 6-digit NAICS code')),
	reqText('naics_title'),
	int('establishments', NONNEG),
	int('employees', NONNEG),
	num('annual_payroll_thousands_usd', NONNEG),
	reqInt('reference_year'),
	...source,
	...texts('repo_path', 'note')
] as const);

export const certificationPrograms = schema('certification-programs', [
	reqText('program_id', LOWER_ID),
	reqText('provider'),
	reqText('credential'),
	reqText('specialty'),
	num('total_hours', NONNEG),
	text('hours_breakdown'),
	num('cost_usd', NONNEG),
	...texts('cost_note', 'format', 'duration', 'prerequisites', 'ce_credits', 'renewal'),
	reqText('verification_status'),
	...source,
	text('note'),
	// Per-fact provenance: where the hours and the cost each come from, as of when, and how
	// good the source is (a row's hours and cost often come from different pages).
	sourceQuality,
	...factProvenance('hours'),
	...factProvenance('cost')
] as const);

export const entryLevelPrograms = schema('entry-level-programs', [
	reqText('program_id', LOWER_ID),
	reqText('school'),
	reqText('location_state'),
	reqText('credential'),
	num('clock_hours', NONNEG),
	text('length'),
	// Kept as text: some schools publish a range ("3600-5600").
	text('tuition_fees_usd'),
	num('books_supplies_usd', NONNEG),
	text('cost_note'),
	reqText('year_or_asof'),
	...source,
	...texts('note', 'format'),
	// Per-fact provenance, as in certification-programs.
	sourceQuality,
	...factProvenance('hours'),
	...factProvenance('tuition')
] as const);

export const stateLicensing = schema('state-licensing', [
	reqText('state_code', USPS),
	reqText('state'),
	reqText('field'),
	reqText('value'),
	text('unit'),
	reqText('as_of'),
	...sourcedNote
] as const);

export const cptFees = schema('cpt-fees', [
	reqText('cpt_code', matching(/^\d{5}$/, 'a 5-digit CPT code')),
	reqText('short_descriptor'),
	reqText('timed_15min', matching(/^(yes|no)\b/, '"yes" or "no" (a note may follow)')),
	reqText('pfs_year'),
	reqText('field'),
	reqText('value'),
	text('unit'),
	...sourcedNote
] as const);

export const eightMinuteRule = schema('eight-minute-rule', [
	reqInt('billable_units', NONNEG),
	reqInt('min_total_timed_minutes', NONNEG),
	reqInt('max_total_timed_minutes', NONNEG),
	reqText('payer_scope'),
	...sourcedNote
] as const);

/** Long-format fact tables: the value is text because some facts are ranges ("15-20"). */
const factColumns = [reqText('metric'), reqText('value'), text('unit')] as const;

export const practiceNorms = schema('practice-norms', [
	...factColumns,
	reqText('population'),
	reqText('data_year'),
	reqText('published'),
	...sourcedNote
] as const);

export const billingBenchmarks = schema('billing-benchmarks', [
	...factColumns,
	reqText('scope'),
	reqText('year'),
	...sourcedNote
] as const);

/** One row per jurisdiction and payer path: can a licensed massage therapist be paid, and on what terms. */
export const payerPaths = schema('payer-paths', [
	reqText('state_abbr', USPS),
	reqText('state_name'),
	reqText(
		'payer_path',
		matching(
			/^(self-pay|auto-no-fault|workers-comp|private-health|medicare|medicaid)$/,
			'one of self-pay, auto-no-fault, workers-comp, private-health, medicare, medicaid'
		)
	),
	reqText(
		'status',
		matching(
			/^(open|closed|conditional|not found in sources)$/,
			'one of open, closed, conditional, "not found in sources"'
		)
	),
	text('condition'),
	num('rate_usd', NONNEG),
	text('rate_per', matching(/^(unit|visit)$/, '"unit" (15 minutes) or "visit", or blank')),
	text('rate_code', matching(/^(97124|97140)$/, 'CPT 97124 or 97140, or blank')),
	text('rate_year'),
	reqText('source_date'),
	...source,
	reqText(
		'source_quality',
		matching(
			/^(official|official-quoted|secondary-reputable|secondary-aggregator|none)$/,
			'a quality tier (official, official-quoted, secondary-reputable, …, none)'
		)
	),
	text('note')
] as const);

export const medicareConversionFactors = schema('medicare-conversion-factors', [
	reqInt('pfs_year'),
	reqText('effective_from', DATE),
	reqText('effective_to', DATE),
	reqNum('conversion_factor_usd', NONNEG),
	...sourcedNote
] as const);

/** Parameter ids in `irs-tax-parameters` (one row per figure, per year and filing status). */
const IRS_TAX_PARAMETER = matching(
	/^(se_social_security_rate|se_medicare_rate|se_net_earnings_factor|se_minimum_net_earnings|social_security_wage_base|additional_medicare_rate|additional_medicare_threshold|se_tax_deduction_share|standard_deduction|income_tax_bracket|qbi_deduction_rate|qbi_threshold|qbi_phase_in_range)$/,
	'a parameter id such as "standard_deduction" or "income_tax_bracket"'
);

export const irsTaxParameters = schema('irs-tax-parameters', [
	reqInt('tax_year', { min: 2000, max: 2100 }),
	reqText(
		'filing_status',
		matching(/^(all|single|married-joint)$/, '"all", "single" or "married-joint"')
	),
	reqText('parameter', IRS_TAX_PARAMETER),
	num('rate_pct', PCT),
	num('value', NONNEG),
	reqText('unit', matching(/^(percent|USD)$/, '"percent" or "USD"')),
	reqText(
		'source_date',
		matching(
			/^(\d{4}-\d{2}-\d{2}|n\.d\.)$/,
			'a date YYYY-MM-DD, or "n.d." when the source states none'
		)
	),
	...source,
	reqText(
		'source_quality',
		matching(
			/^(official|official-quoted|secondary-reputable|secondary-aggregator)$/,
			'"official", "official-quoted", "secondary-reputable" or "secondary-aggregator"'
		)
	),
	text('note')
] as const);

export const icd10Codes = schema('icd10-codes', [
	reqText('icd10_code', matching(/^[A-Z]\d{2}(\.\w{1,4})?$/, 'an ICD-10-CM code such as "M54.50"')),
	reqText('description'),
	reqText('billable'),
	text('note'),
	...source,
	sourceQuality
] as const);

/**
 * The official OEWS national file, all occupations, as BLS publishes it (upper-case headers are
 * read lower-case). Also the shape of user-imported OEWS files at the national level.
 */
export const oewsNationalAll = schema('bls-oews-national-all', [
	reqText('area'),
	reqText('area_title'),
	reqInt('area_type'),
	reqText('prim_state'),
	reqText('naics'),
	reqText('naics_title'),
	reqText('i_group'),
	reqInt('own_code'),
	...occupation,
	reqText('o_group'),
	int('tot_emp', NONNEG),
	...nonnegNums('emp_prse', 'jobs_1000', 'loc_quotient'),
	num('pct_total', PCT),
	num('pct_rpt', PCT),
	...oewsMeansAndPercentiles,
	...texts('annual', 'hourly')
] as const);

/** Practice-integration steps for `/checklist` (the project's own text; figures from other datasets). */
export const checklistSteps = schema('checklist', [
	reqText(
		'step_id',
		matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case id with hyphens, e.g. "billing-npi"')
	),
	reqText(
		'phase',
		matching(
			/^(training|licence|menu|clients|referrals|environment|billing|marketing|education)$/,
			'one of the nine phase ids (training, licence, menu, clients, referrals, …)'
		)
	),
	reqInt('step_order', { min: 1 }),
	reqText('title'),
	reqText('why'),
	reqText('how'),
	...nonnegNums('cost_low_usd', 'cost_high_usd'),
	text('cost_basis'),
	text(
		'income_field',
		matching(
			/^(programCostUsd|credentialingUsd|equipmentUsd|launchMarketingUsd)$/,
			'an /income one-time cost field (programCostUsd, credentialingUsd, …) or blank'
		)
	),
	reqText('cost_note'),
	reqText('time_note'),
	...source,
	reqText(
		'source_quality',
		matching(
			/^(official|official-quoted|secondary-reputable|secondary-aggregator|seed-only|mixed)$/,
			'a quality tier (official, secondary-reputable, seed-only, …)'
		)
	),
	text(
		'app_page',
		matching(/^\/[a-z]*(#[a-z-]+)?$/, 'an app path such as "/programs" or "/checklist#marketing"')
	)
] as const);

/** Marketing facts for `/checklist`, one figure per row, copied from practice-norms and billing-benchmarks. */
export const marketingContext = schema('marketing-context', [
	reqText('fact_id', LOWER_ID),
	reqText('topic'),
	reqText('measure'),
	reqNum('value', NONNEG),
	num('value_high', NONNEG),
	reqText('unit'),
	reqText('population'),
	reqText('data_year'),
	reqText('published'),
	reqText('source'),
	reqText('source_url'),
	sourceQuality,
	reqText('copied_from'),
	text('note')
] as const);

export type OewsNationalAllRow = RowOf<typeof oewsNationalAll.columns>;
export type OewsNationalRow = RowOf<typeof oewsNational.columns>;
export type OewsState2025Row = RowOf<typeof oewsState2025.columns>;
export type OewsState2024Row = RowOf<typeof oewsState2024.columns>;
export type OewsState2023Row = RowOf<typeof oewsState2023.columns>;
export type OewsNonmetroRow = RowOf<typeof oewsNonmetro.columns>;
export type OewsIndustryRow = RowOf<typeof oewsIndustry.columns>;
export type ProjectionsNationalRow = RowOf<typeof projectionsNational.columns>;
export type ProjectionsStateRow = RowOf<typeof projectionsState.columns>;
export type RppStateRow = RowOf<typeof rppState.columns>;
export type StateFipsRow = RowOf<typeof stateFips.columns>;
export type PopulationStateRow = RowOf<typeof populationState.columns>;
export type HouseholdIncomeRow = RowOf<typeof householdIncome.columns>;
export type CbpEstablishmentsRow = RowOf<typeof cbpEstablishments.columns>;
export type CertificationProgramRow = RowOf<typeof certificationPrograms.columns>;
export type EntryLevelProgramRow = RowOf<typeof entryLevelPrograms.columns>;
export type StateLicensingRow = RowOf<typeof stateLicensing.columns>;
export type CptFeeRow = RowOf<typeof cptFees.columns>;
export type EightMinuteRuleRow = RowOf<typeof eightMinuteRule.columns>;
export type PracticeNormRow = RowOf<typeof practiceNorms.columns>;
export type BillingBenchmarkRow = RowOf<typeof billingBenchmarks.columns>;
export type PayerPathRow = RowOf<typeof payerPaths.columns>;
export type MedicareConversionFactorRow = RowOf<typeof medicareConversionFactors.columns>;
export type IrsTaxParameterRow = RowOf<typeof irsTaxParameters.columns>;
export type Icd10CodeRow = RowOf<typeof icd10Codes.columns>;
export type ChecklistStepRow = RowOf<typeof checklistSteps.columns>;
export type MarketingContextRow = RowOf<typeof marketingContext.columns>;
