/**
 * One schema per dataset in `data/`. Column names are the source's own (OEWS `tot_emp`,
 * `a_median`…). Numbers that a source may leave blank are optional and read as `null`.
 * Every committed CSV must pass its schema: the build and `tests/unit/data` enforce it.
 */
import type { ColumnSpec, DatasetSchema, RowOf } from './types';

const FIPS2 = { pattern: /^\d{2}$/, patternLabel: 'a two-digit FIPS code such as "06"' } as const;
const USPS = {
	pattern: /^[A-Z]{2}$/,
	patternLabel: 'a two-letter USPS code such as "CA"'
} as const;
const SOC = { pattern: /^\d{2}-\d{4}$/, patternLabel: 'an SOC code such as "31-9011"' } as const;
const PCT = { min: 0, max: 100 } as const;
const NONNEG = { min: 0 } as const;

function schema<const Cols extends readonly ColumnSpec[]>(
	id: string,
	columns: Cols
): DatasetSchema<Cols> {
	return { id, columns };
}

/** Source and address columns carried by most datasets. */
const source = [
	{ name: 'source', kind: 'text', required: true },
	{ name: 'source_url', kind: 'text' }
] as const;
const sourceQuality = { name: 'source_quality', kind: 'text', required: true } as const;

const oewsAnnualPercentiles = [
	{ name: 'a_pct10', kind: 'number', ...NONNEG },
	{ name: 'a_pct25', kind: 'number', ...NONNEG },
	{ name: 'a_median', kind: 'number', ...NONNEG },
	{ name: 'a_pct75', kind: 'number', ...NONNEG },
	{ name: 'a_pct90', kind: 'number', ...NONNEG }
] as const;

/** Mean and percentile wages as every OEWS file lists them: hourly, then annual. */
const oewsMeansAndPercentiles = [
	{ name: 'h_mean', kind: 'number', ...NONNEG },
	{ name: 'a_mean', kind: 'number', ...NONNEG },
	{ name: 'mean_prse', kind: 'number', ...NONNEG },
	{ name: 'h_pct10', kind: 'number', ...NONNEG },
	{ name: 'h_pct25', kind: 'number', ...NONNEG },
	{ name: 'h_median', kind: 'number', ...NONNEG },
	{ name: 'h_pct75', kind: 'number', ...NONNEG },
	{ name: 'h_pct90', kind: 'number', ...NONNEG },
	...oewsAnnualPercentiles
] as const;

export const oewsNational = schema('bls-oews-national', [
	{ name: 'reference_year', kind: 'integer', required: true, min: 1997, max: 2100 },
	{ name: 'reference_period', kind: 'text', required: true },
	{ name: 'area_code', kind: 'text', required: true },
	{ name: 'area_title', kind: 'text', required: true },
	{ name: 'occ_code', kind: 'text', required: true, ...SOC },
	{ name: 'occ_title', kind: 'text', required: true },
	{ name: 'o_group', kind: 'text' },
	{ name: 'tot_emp', kind: 'integer', ...NONNEG },
	{ name: 'emp_prse', kind: 'number', ...NONNEG },
	...oewsMeansAndPercentiles,
	{ name: 'suppression_flags', kind: 'text' },
	...source
] as const);

export const oewsState2025 = schema('bls-oews-state-2025', [
	{ name: 'reference_year', kind: 'integer', required: true },
	{ name: 'reference_period', kind: 'text', required: true },
	{ name: 'state_fips', kind: 'text', required: true, ...FIPS2 },
	{ name: 'state_abbr', kind: 'text', required: true, ...USPS },
	{ name: 'state_name', kind: 'text', required: true },
	{ name: 'occ_code', kind: 'text', required: true, ...SOC },
	{ name: 'occ_title', kind: 'text', required: true },
	{ name: 'tot_emp', kind: 'integer', ...NONNEG },
	{ name: 'jobs_1000', kind: 'number', ...NONNEG },
	{ name: 'loc_quotient', kind: 'number', ...NONNEG },
	{ name: 'h_mean', kind: 'number', ...NONNEG },
	{ name: 'a_mean', kind: 'number', ...NONNEG },
	{ name: 'h_median', kind: 'number', ...NONNEG },
	{ name: 'a_median', kind: 'number', ...NONNEG },
	{ name: 'a_pct10', kind: 'number', ...NONNEG },
	{ name: 'a_pct25', kind: 'number', ...NONNEG },
	{ name: 'a_pct75', kind: 'number', ...NONNEG },
	{ name: 'a_pct90', kind: 'number', ...NONNEG },
	...source
] as const);

export const oewsState2024 = schema('bls-oews-state-2024', [
	{ name: 'reference_year', kind: 'integer', required: true },
	{ name: 'reference_period', kind: 'text', required: true },
	{ name: 'state_fips', kind: 'text', required: true, ...FIPS2 },
	{ name: 'state_abbr', kind: 'text', required: true, ...USPS },
	{ name: 'state_name', kind: 'text', required: true },
	{ name: 'occ_code', kind: 'text', required: true, ...SOC },
	{ name: 'occ_title', kind: 'text', required: true },
	{ name: 'tot_emp', kind: 'integer', ...NONNEG },
	{ name: 'a_mean', kind: 'number', ...NONNEG },
	...oewsAnnualPercentiles,
	{ name: 'all_occupations_tot_emp', kind: 'integer', ...NONNEG },
	{ name: 'suppression_flags', kind: 'text' },
	...source
] as const);

export const oewsState2023 = schema('bls-oews-state-2023', [
	{ name: 'reference_year', kind: 'integer', required: true },
	{ name: 'reference_period', kind: 'text', required: true },
	{ name: 'state_fips', kind: 'text', required: true, ...FIPS2 },
	{ name: 'state_abbr', kind: 'text', required: true, ...USPS },
	{ name: 'state_name', kind: 'text', required: true },
	{ name: 'occ_code', kind: 'text', required: true, ...SOC },
	{ name: 'occ_title', kind: 'text', required: true },
	{ name: 'h_mean', kind: 'number', ...NONNEG },
	{ name: 'a_mean', kind: 'number', ...NONNEG },
	{ name: 'suppression_flags', kind: 'text' },
	...source
] as const);

export const oewsNonmetro = schema('bls-oews-nonmetro', [
	{ name: 'reference_year', kind: 'integer', required: true },
	{ name: 'reference_period', kind: 'text', required: true },
	{
		name: 'area',
		kind: 'text',
		required: true,
		pattern: /^\d{7}$/,
		patternLabel: 'a 7-digit OEWS area code'
	},
	{ name: 'area_title', kind: 'text', required: true },
	{ name: 'area_type', kind: 'integer' },
	{ name: 'prim_state', kind: 'text', required: true, ...USPS },
	{ name: 'occ_code', kind: 'text', required: true, ...SOC },
	{ name: 'occ_title', kind: 'text', required: true },
	{ name: 'tot_emp', kind: 'integer', ...NONNEG },
	{ name: 'jobs_1000', kind: 'number', ...NONNEG },
	{ name: 'loc_quotient', kind: 'number', ...NONNEG },
	{ name: 'h_mean', kind: 'number', ...NONNEG },
	{ name: 'a_mean', kind: 'number', ...NONNEG },
	{ name: 'h_median', kind: 'number', ...NONNEG },
	...oewsAnnualPercentiles,
	{ name: 'suppression_flags', kind: 'text' },
	...source
] as const);

export const oewsIndustry = schema('bls-oews-industry', [
	{ name: 'reference_year', kind: 'integer', required: true },
	{ name: 'reference_period', kind: 'text', required: true },
	{ name: 'naics', kind: 'text', required: true },
	{ name: 'naics_title', kind: 'text', required: true },
	{ name: 'i_group', kind: 'text', required: true },
	{ name: 'own_code', kind: 'integer', required: true },
	{ name: 'occ_code', kind: 'text', required: true, ...SOC },
	{ name: 'occ_title', kind: 'text', required: true },
	{ name: 'tot_emp', kind: 'integer', ...NONNEG },
	{ name: 'emp_prse', kind: 'number', ...NONNEG },
	{ name: 'pct_total', kind: 'number', ...PCT },
	{ name: 'pct_rpt', kind: 'number', ...PCT },
	...oewsMeansAndPercentiles,
	{ name: 'suppression_flags', kind: 'text' },
	...source
] as const);

export const projectionsNational = schema('bls-projections-national', [
	{
		name: 'projection_period',
		kind: 'text',
		required: true,
		pattern: /^\d{4}-\d{4}$/,
		patternLabel: 'a period such as "2024-2034"'
	},
	{ name: 'base_year', kind: 'integer', required: true },
	{ name: 'target_year', kind: 'integer', required: true },
	{ name: 'employment_base', kind: 'integer', required: true, ...NONNEG },
	{ name: 'employment_target', kind: 'integer', ...NONNEG },
	{ name: 'change_numeric', kind: 'integer' },
	{ name: 'change_percent', kind: 'number', required: true },
	{ name: 'percent_self_employed_base', kind: 'number', ...PCT },
	{ name: 'annual_openings', kind: 'integer', ...NONNEG },
	{ name: 'labor_force_exits_annual', kind: 'integer', ...NONNEG },
	{ name: 'occupational_transfers_annual', kind: 'integer', ...NONNEG },
	{ name: 'median_annual_wage', kind: 'number', ...NONNEG },
	{ name: 'median_wage_reference', kind: 'text' },
	{ name: 'typical_entry_education', kind: 'text' },
	{ name: 'work_experience', kind: 'text' },
	{ name: 'on_the_job_training', kind: 'text' },
	...source,
	{ name: 'reference_year', kind: 'integer', required: true },
	{ name: 'verification_status', kind: 'text', required: true }
] as const);

export const projectionsState = schema('bls-projections-state', [
	{ name: 'state_fips', kind: 'text', required: true, ...FIPS2 },
	{ name: 'state_abbr', kind: 'text', required: true, ...USPS },
	{ name: 'state_name', kind: 'text', required: true },
	{ name: 'projection_period', kind: 'text', required: true },
	{ name: 'base_year', kind: 'integer', required: true },
	{ name: 'target_year', kind: 'integer', required: true },
	{ name: 'employment_base', kind: 'integer', required: true, ...NONNEG },
	{ name: 'employment_projected', kind: 'integer', required: true, ...NONNEG },
	{ name: 'change_numeric', kind: 'integer' },
	{ name: 'change_percent', kind: 'number', required: true },
	{ name: 'annual_openings', kind: 'integer', ...NONNEG },
	...source,
	{ name: 'reference_year', kind: 'integer', required: true }
] as const);

export const rppState = schema('bea-rpp', [
	{
		name: 'geofips',
		kind: 'text',
		required: true,
		pattern: /^\d{5}$/,
		patternLabel: 'a 5-digit BEA GeoFIPS'
	},
	{ name: 'state_fips', kind: 'text', required: true, ...FIPS2 },
	{ name: 'geo_name', kind: 'text', required: true },
	{ name: 'line_code', kind: 'integer', required: true, min: 1, max: 1 },
	{ name: 'rpp_component', kind: 'text', required: true },
	{ name: 'year', kind: 'integer', required: true },
	{ name: 'reference_year', kind: 'integer', required: true },
	{ name: 'rpp_index_us_100', kind: 'number', required: true, min: 0 },
	...source
] as const);

export const stateFips = schema('state-fips', [
	{ name: 'state_fips', kind: 'text', required: true, ...FIPS2 },
	{ name: 'state_abbr', kind: 'text', required: true, ...USPS },
	{ name: 'state_name', kind: 'text', required: true },
	{ name: 'reference_year', kind: 'integer' },
	...source
] as const);

export const populationState = schema('census-population', [
	{ name: 'state_fips', kind: 'text', required: true, ...FIPS2 },
	{ name: 'state_abbr', kind: 'text', required: true, ...USPS },
	{ name: 'state_name', kind: 'text', required: true },
	{ name: 'reference_year', kind: 'integer', required: true },
	{ name: 'measure', kind: 'text', required: true },
	{ name: 'population', kind: 'integer', required: true, ...NONNEG },
	{ name: 'vintage', kind: 'integer', required: true },
	...source
] as const);

export const householdIncome = schema('acs-household-income', [
	{ name: 'state_fips', kind: 'text', required: true, ...FIPS2 },
	{ name: 'state_abbr', kind: 'text', required: true, ...USPS },
	{ name: 'state_name', kind: 'text', required: true },
	{ name: 'reference_year', kind: 'integer', required: true },
	{ name: 'acs_product', kind: 'text', required: true },
	{ name: 'households', kind: 'integer', required: true, ...NONNEG },
	{ name: 'median_household_income', kind: 'number', required: true, ...NONNEG },
	{ name: 'median_household_income_moe', kind: 'number', ...NONNEG },
	{ name: 'mean_household_income', kind: 'number', ...NONNEG },
	{ name: 'pct_hh_100k_149k', kind: 'number', ...PCT },
	{ name: 'pct_hh_150k_199k', kind: 'number', ...PCT },
	{ name: 'pct_hh_200k_plus', kind: 'number', ...PCT },
	{ name: 'pct_hh_100k_plus_derived', kind: 'number', ...PCT },
	...source
] as const);

export const cbpEstablishments = schema('cbp-establishments', [
	{ name: 'state_fips', kind: 'text', required: true, ...FIPS2 },
	{ name: 'state_abbr', kind: 'text', required: true, ...USPS },
	{ name: 'state_name', kind: 'text', required: true },
	{
		name: 'naics',
		kind: 'text',
		required: true,
		pattern: /^\d{6}$/,
		patternLabel: 'a 6-digit NAICS code'
	},
	{ name: 'naics_title', kind: 'text', required: true },
	{ name: 'establishments', kind: 'integer', ...NONNEG },
	{ name: 'employees', kind: 'integer', ...NONNEG },
	{ name: 'annual_payroll_thousands_usd', kind: 'number', ...NONNEG },
	{ name: 'reference_year', kind: 'integer', required: true },
	...source,
	{ name: 'repo_path', kind: 'text' },
	{ name: 'note', kind: 'text' }
] as const);

export const certificationPrograms = schema('certification-programs', [
	{
		name: 'program_id',
		kind: 'text',
		required: true,
		pattern: /^[a-z0-9_]+$/,
		patternLabel: 'a lower-case id'
	},
	{ name: 'provider', kind: 'text', required: true },
	{ name: 'credential', kind: 'text', required: true },
	{ name: 'specialty', kind: 'text', required: true },
	{ name: 'total_hours', kind: 'number', ...NONNEG },
	{ name: 'hours_breakdown', kind: 'text' },
	{ name: 'cost_usd', kind: 'number', ...NONNEG },
	{ name: 'cost_note', kind: 'text' },
	{ name: 'format', kind: 'text' },
	{ name: 'duration', kind: 'text' },
	{ name: 'prerequisites', kind: 'text' },
	{ name: 'ce_credits', kind: 'text' },
	{ name: 'renewal', kind: 'text' },
	{ name: 'verification_status', kind: 'text', required: true },
	...source,
	{ name: 'note', kind: 'text' },
	// Per-fact provenance: where the hours and the cost each come from, as of when, and how
	// good the source is (a row's hours and cost often come from different pages).
	sourceQuality,
	{ name: 'hours_source_url', kind: 'text' },
	{ name: 'hours_as_of', kind: 'text' },
	{ name: 'hours_quality', kind: 'text' },
	{ name: 'cost_source_url', kind: 'text' },
	{ name: 'cost_as_of', kind: 'text' },
	{ name: 'cost_quality', kind: 'text' }
] as const);

export const entryLevelPrograms = schema('entry-level-programs', [
	{
		name: 'program_id',
		kind: 'text',
		required: true,
		pattern: /^[a-z0-9_]+$/,
		patternLabel: 'a lower-case id'
	},
	{ name: 'school', kind: 'text', required: true },
	{ name: 'location_state', kind: 'text', required: true },
	{ name: 'credential', kind: 'text', required: true },
	{ name: 'clock_hours', kind: 'number', ...NONNEG },
	{ name: 'length', kind: 'text' },
	// Kept as text: some schools publish a range ("3600-5600").
	{ name: 'tuition_fees_usd', kind: 'text' },
	{ name: 'books_supplies_usd', kind: 'number', ...NONNEG },
	{ name: 'cost_note', kind: 'text' },
	{ name: 'year_or_asof', kind: 'text', required: true },
	...source,
	{ name: 'note', kind: 'text' },
	{ name: 'format', kind: 'text' },
	// Per-fact provenance, as in certification-programs.
	sourceQuality,
	{ name: 'hours_source_url', kind: 'text' },
	{ name: 'hours_as_of', kind: 'text' },
	{ name: 'hours_quality', kind: 'text' },
	{ name: 'tuition_source_url', kind: 'text' },
	{ name: 'tuition_as_of', kind: 'text' },
	{ name: 'tuition_quality', kind: 'text' }
] as const);

export const stateLicensing = schema('state-licensing', [
	{ name: 'state_code', kind: 'text', required: true, ...USPS },
	{ name: 'state', kind: 'text', required: true },
	{ name: 'field', kind: 'text', required: true },
	{ name: 'value', kind: 'text', required: true },
	{ name: 'unit', kind: 'text' },
	{ name: 'as_of', kind: 'text', required: true },
	...source,
	sourceQuality,
	{ name: 'note', kind: 'text' }
] as const);

export const cptFees = schema('cpt-fees', [
	{
		name: 'cpt_code',
		kind: 'text',
		required: true,
		pattern: /^\d{5}$/,
		patternLabel: 'a 5-digit CPT code'
	},
	{ name: 'short_descriptor', kind: 'text', required: true },
	{
		name: 'timed_15min',
		kind: 'text',
		required: true,
		pattern: /^(yes|no)\b/,
		patternLabel: '"yes" or "no" (a note may follow)'
	},
	{ name: 'pfs_year', kind: 'text', required: true },
	{ name: 'field', kind: 'text', required: true },
	{ name: 'value', kind: 'text', required: true },
	{ name: 'unit', kind: 'text' },
	...source,
	sourceQuality,
	{ name: 'note', kind: 'text' }
] as const);

export const eightMinuteRule = schema('eight-minute-rule', [
	{ name: 'billable_units', kind: 'integer', required: true, ...NONNEG },
	{ name: 'min_total_timed_minutes', kind: 'integer', required: true, ...NONNEG },
	{ name: 'max_total_timed_minutes', kind: 'integer', required: true, ...NONNEG },
	{ name: 'payer_scope', kind: 'text', required: true },
	...source,
	sourceQuality,
	{ name: 'note', kind: 'text' }
] as const);

/** Long-format fact tables: the value is text because some facts are ranges ("15-20"). */
const factColumns = [
	{ name: 'metric', kind: 'text', required: true },
	{ name: 'value', kind: 'text', required: true },
	{ name: 'unit', kind: 'text' }
] as const;

export const practiceNorms = schema('practice-norms', [
	...factColumns,
	{ name: 'population', kind: 'text', required: true },
	{ name: 'data_year', kind: 'text', required: true },
	{ name: 'published', kind: 'text', required: true },
	...source,
	sourceQuality,
	{ name: 'note', kind: 'text' }
] as const);

export const billingBenchmarks = schema('billing-benchmarks', [
	...factColumns,
	{ name: 'scope', kind: 'text', required: true },
	{ name: 'year', kind: 'text', required: true },
	...source,
	sourceQuality,
	{ name: 'note', kind: 'text' }
] as const);

/** One row per jurisdiction and payer path: can a licensed massage therapist be paid, and on what terms. */
export const payerPaths = schema('payer-paths', [
	{ name: 'state_abbr', kind: 'text', required: true, ...USPS },
	{ name: 'state_name', kind: 'text', required: true },
	{
		name: 'payer_path',
		kind: 'text',
		required: true,
		pattern: /^(self-pay|auto-no-fault|workers-comp|private-health|medicare|medicaid)$/,
		patternLabel: 'one of self-pay, auto-no-fault, workers-comp, private-health, medicare, medicaid'
	},
	{
		name: 'status',
		kind: 'text',
		required: true,
		pattern: /^(open|closed|conditional|not found in sources)$/,
		patternLabel: 'one of open, closed, conditional, "not found in sources"'
	},
	{ name: 'condition', kind: 'text' },
	{ name: 'rate_usd', kind: 'number', ...NONNEG },
	{
		name: 'rate_per',
		kind: 'text',
		pattern: /^(unit|visit)$/,
		patternLabel: '"unit" (15 minutes) or "visit", or blank'
	},
	{
		name: 'rate_code',
		kind: 'text',
		pattern: /^(97124|97140)$/,
		patternLabel: 'CPT 97124 or 97140, or blank'
	},
	{ name: 'rate_year', kind: 'text' },
	{ name: 'source_date', kind: 'text', required: true },
	...source,
	{
		name: 'source_quality',
		kind: 'text',
		required: true,
		pattern: /^(official|official-quoted|secondary-reputable|secondary-aggregator|none)$/,
		patternLabel: 'a quality tier (official, official-quoted, secondary-reputable, …, none)'
	},
	{ name: 'note', kind: 'text' }
] as const);

export const medicareConversionFactors = schema('medicare-conversion-factors', [
	{ name: 'pfs_year', kind: 'integer', required: true },
	{
		name: 'effective_from',
		kind: 'text',
		required: true,
		pattern: /^\d{4}-\d{2}-\d{2}$/,
		patternLabel: 'a date YYYY-MM-DD'
	},
	{
		name: 'effective_to',
		kind: 'text',
		required: true,
		pattern: /^\d{4}-\d{2}-\d{2}$/,
		patternLabel: 'a date YYYY-MM-DD'
	},
	{ name: 'conversion_factor_usd', kind: 'number', required: true, ...NONNEG },
	...source,
	sourceQuality,
	{ name: 'note', kind: 'text' }
] as const);

/** Parameter ids in `irs-tax-parameters` (one row per figure, per year and filing status). */
const IRS_TAX_PARAMETER = {
	pattern:
		/^(se_social_security_rate|se_medicare_rate|se_net_earnings_factor|se_minimum_net_earnings|social_security_wage_base|additional_medicare_rate|additional_medicare_threshold|se_tax_deduction_share|standard_deduction|income_tax_bracket|qbi_deduction_rate|qbi_threshold|qbi_phase_in_range)$/,
	patternLabel: 'a parameter id such as "standard_deduction" or "income_tax_bracket"'
} as const;

export const irsTaxParameters = schema('irs-tax-parameters', [
	{ name: 'tax_year', kind: 'integer', required: true, min: 2000, max: 2100 },
	{
		name: 'filing_status',
		kind: 'text',
		required: true,
		pattern: /^(all|single|married-joint)$/,
		patternLabel: '"all", "single" or "married-joint"'
	},
	{ name: 'parameter', kind: 'text', required: true, ...IRS_TAX_PARAMETER },
	{ name: 'rate_pct', kind: 'number', ...PCT },
	{ name: 'value', kind: 'number', ...NONNEG },
	{
		name: 'unit',
		kind: 'text',
		required: true,
		pattern: /^(percent|USD)$/,
		patternLabel: '"percent" or "USD"'
	},
	{
		name: 'source_date',
		kind: 'text',
		required: true,
		pattern: /^(\d{4}-\d{2}-\d{2}|n\.d\.)$/,
		patternLabel: 'a date YYYY-MM-DD, or "n.d." when the source states none'
	},
	...source,
	{
		name: 'source_quality',
		kind: 'text',
		required: true,
		pattern: /^(official|official-quoted|secondary-reputable|secondary-aggregator)$/,
		patternLabel: '"official", "official-quoted", "secondary-reputable" or "secondary-aggregator"'
	},
	{ name: 'note', kind: 'text' }
] as const);

export const icd10Codes = schema('icd10-codes', [
	{
		name: 'icd10_code',
		kind: 'text',
		required: true,
		pattern: /^[A-Z]\d{2}(\.\w{1,4})?$/,
		patternLabel: 'an ICD-10-CM code such as "M54.50"'
	},
	{ name: 'description', kind: 'text', required: true },
	{ name: 'billable', kind: 'text', required: true },
	{ name: 'note', kind: 'text' },
	...source,
	sourceQuality
] as const);

/**
 * The official OEWS national file, all occupations, as BLS publishes it (upper-case headers are
 * read lower-case). Also the shape of user-imported OEWS files at the national level.
 */
export const oewsNationalAll = schema('bls-oews-national-all', [
	{ name: 'area', kind: 'text', required: true },
	{ name: 'area_title', kind: 'text', required: true },
	{ name: 'area_type', kind: 'integer', required: true },
	{ name: 'prim_state', kind: 'text', required: true },
	{ name: 'naics', kind: 'text', required: true },
	{ name: 'naics_title', kind: 'text', required: true },
	{ name: 'i_group', kind: 'text', required: true },
	{ name: 'own_code', kind: 'integer', required: true },
	{ name: 'occ_code', kind: 'text', required: true, ...SOC },
	{ name: 'occ_title', kind: 'text', required: true },
	{ name: 'o_group', kind: 'text', required: true },
	{ name: 'tot_emp', kind: 'integer', ...NONNEG },
	{ name: 'emp_prse', kind: 'number', ...NONNEG },
	{ name: 'jobs_1000', kind: 'number', ...NONNEG },
	{ name: 'loc_quotient', kind: 'number', ...NONNEG },
	{ name: 'pct_total', kind: 'number', ...PCT },
	{ name: 'pct_rpt', kind: 'number', ...PCT },
	...oewsMeansAndPercentiles,
	{ name: 'annual', kind: 'text' },
	{ name: 'hourly', kind: 'text' }
] as const);

/** Practice-integration steps for `/checklist` (the project's own text; figures from other datasets). */
export const checklistSteps = schema('checklist', [
	{
		name: 'step_id',
		kind: 'text',
		required: true,
		pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
		patternLabel: 'a lower-case id with hyphens, e.g. "billing-npi"'
	},
	{
		name: 'phase',
		kind: 'text',
		required: true,
		pattern: /^(training|licence|menu|clients|referrals|environment|billing|marketing|education)$/,
		patternLabel: 'one of the nine phase ids (training, licence, menu, clients, referrals, …)'
	},
	{ name: 'step_order', kind: 'integer', required: true, min: 1 },
	{ name: 'title', kind: 'text', required: true },
	{ name: 'why', kind: 'text', required: true },
	{ name: 'how', kind: 'text', required: true },
	{ name: 'cost_low_usd', kind: 'number', ...NONNEG },
	{ name: 'cost_high_usd', kind: 'number', ...NONNEG },
	{ name: 'cost_basis', kind: 'text' },
	{
		name: 'income_field',
		kind: 'text',
		pattern: /^(programCostUsd|credentialingUsd|equipmentUsd|launchMarketingUsd)$/,
		patternLabel: 'an /income one-time cost field (programCostUsd, credentialingUsd, …) or blank'
	},
	{ name: 'cost_note', kind: 'text', required: true },
	{ name: 'time_note', kind: 'text', required: true },
	...source,
	{
		name: 'source_quality',
		kind: 'text',
		required: true,
		pattern:
			/^(official|official-quoted|secondary-reputable|secondary-aggregator|seed-only|mixed)$/,
		patternLabel: 'a quality tier (official, secondary-reputable, seed-only, …)'
	},
	{
		name: 'app_page',
		kind: 'text',
		pattern: /^\/[a-z]*(#[a-z-]+)?$/,
		patternLabel: 'an app path such as "/programs" or "/checklist#marketing"'
	}
] as const);

/** Marketing facts for `/checklist`, one figure per row, copied from practice-norms and billing-benchmarks. */
export const marketingContext = schema('marketing-context', [
	{
		name: 'fact_id',
		kind: 'text',
		required: true,
		pattern: /^[a-z0-9_]+$/,
		patternLabel: 'a lower-case id'
	},
	{ name: 'topic', kind: 'text', required: true },
	{ name: 'measure', kind: 'text', required: true },
	{ name: 'value', kind: 'number', required: true, ...NONNEG },
	{ name: 'value_high', kind: 'number', ...NONNEG },
	{ name: 'unit', kind: 'text', required: true },
	{ name: 'population', kind: 'text', required: true },
	{ name: 'data_year', kind: 'text', required: true },
	{ name: 'published', kind: 'text', required: true },
	{ name: 'source', kind: 'text', required: true },
	{ name: 'source_url', kind: 'text', required: true },
	sourceQuality,
	{ name: 'copied_from', kind: 'text', required: true },
	{ name: 'note', kind: 'text' }
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
