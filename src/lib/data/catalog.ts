/**
 * The dataset registry: what each folder in `data/` holds, where it came from and which pages
 * draw it. The full provenance (how the file was made, every column) is in the folder's
 * README.md; this is the short form the app shows on `/data` and in source notes.
 */
import * as s from './schema';
import type { ColumnSpec, DatasetSchema } from './types';

/**
 * How far a dataset can be trusted, in the words the app shows.
 * - `official`: the publisher's own table.
 * - `official-rekeyed`: the publisher's figures, re-exported by a third party and checked.
 * - `derived`: a third-party extract whose year or scope is inferred.
 * - `mixed`: one fact per row, each with its own tier in a `source_quality` column.
 */
export type QualityTier = 'official' | 'official-rekeyed' | 'derived' | 'mixed';

export interface DatasetInfo {
	id: string;
	title: string;
	/** CSV file name inside `data/<id>/`. */
	file: string;
	schema: DatasetSchema<readonly ColumnSpec[]>;
	publisher: string;
	table: string;
	/** Reference period as the app prints it ("May 2025"). */
	period: string;
	/** The publisher's address for the table or programme. */
	url: string;
	quality: QualityTier;
	/** Routes that draw this dataset. */
	usedBy: string[];
	/** Plain-words caveats, shortest first. */
	caveats: string[];
}

const OEWS_URL = 'https://www.bls.gov/oes/';
const SELF_EMPLOYED =
	'OEWS counts employees only: it leaves out the self-employed, 41.9% of massage therapists in 2024 (BLS Employment Projections).';
const HOURS_2080 =
	'Annual wages are hourly wages × 2,080 hours (BLS convention), not what people earned.';

export const DATASETS: readonly DatasetInfo[] = [
	{
		id: 'bls-oews-national',
		title: 'OEWS national wages and employment, massage therapists (31-9011)',
		file: 'oews-national-31-9011.csv',
		schema: s.oewsNational,
		publisher: 'U.S. Bureau of Labor Statistics',
		table:
			'Occupational Employment and Wage Statistics, national cross-industry estimates (national_M20YY_dl)',
		period: 'May 2013, May 2017–May 2025',
		url: OEWS_URL,
		quality: 'official-rekeyed',
		usedBy: ['/', '/income', '/location', '/programs', '/clinic'],
		caveats: [
			SELF_EMPLOYED,
			HOURS_2080,
			'May 2014–2016 were not found. The 2019→2020 drop (107,240 → 85,040) reflects the pandemic.'
		]
	},
	{
		id: 'bls-oews-national-all',
		title: 'OEWS national file, all occupations, May 2025 (official layout)',
		file: 'national_M2025_dl.csv',
		schema: s.oewsNationalAll,
		publisher: 'U.S. Bureau of Labor Statistics',
		table:
			'OEWS national cross-industry estimates, national_M2025_dl.xlsx (first sheet saved as CSV)',
		period: 'May 2025',
		url: OEWS_URL,
		quality: 'official',
		usedBy: ['/programs'],
		caveats: [
			SELF_EMPLOYED,
			HOURS_2080,
			'Markers kept as published: * wage not available, ** employment not available, # top-coded. ANNUAL = TRUE means only annual wages are published (hourly blank).'
		]
	},
	{
		id: 'bls-oews-state-2025',
		title: 'OEWS state wages and employment, May 2025 (with percentiles)',
		file: 'oews-state-2025-31-9011.csv',
		schema: s.oewsState2025,
		publisher: 'U.S. Bureau of Labor Statistics',
		table: 'OEWS state cross-industry estimates (state_M2025_dl), rows for 31-9011',
		period: 'May 2025',
		url: OEWS_URL,
		quality: 'official-rekeyed',
		usedBy: ['/location', '/income', '/clinic'],
		caveats: [
			'Vermont has no May 2025 row: not published.',
			SELF_EMPLOYED,
			'Small states swing between years: the /data page names the largest changes against May 2024, worked out from the two files.'
		]
	},
	{
		id: 'bls-oews-state-2024',
		title: 'OEWS state wages and employment, May 2024 (with percentiles)',
		file: 'oews-state-2024-31-9011.csv',
		schema: s.oewsState2024,
		publisher: 'U.S. Bureau of Labor Statistics',
		table: 'OEWS state cross-industry estimates (state_M2024_dl), rows for 31-9011 and 00-0000',
		period: 'May 2024',
		url: OEWS_URL,
		quality: 'official-rekeyed',
		usedBy: ['/location'],
		caveats: [
			'Rhode Island has no May 2024 row; Delaware and DC employment are suppressed (**).',
			SELF_EMPLOYED
		]
	},
	{
		id: 'bls-oews-state-2023',
		title: 'OEWS state mean wages, May 2023',
		file: 'oews-state-2023-31-9011.csv',
		schema: s.oewsState2023,
		publisher: 'U.S. Bureau of Labor Statistics',
		table: 'OEWS state cross-industry estimates (state_M2023_dl), H_MEAN and A_MEAN only',
		period: 'May 2023',
		url: OEWS_URL,
		quality: 'official-rekeyed',
		usedBy: ['/location'],
		caveats: [
			'Delaware, Hawaii and Wyoming wages are suppressed (*).',
			'Means only: no employment or medians.'
		]
	},
	{
		id: 'bls-oews-nonmetro',
		title: 'OEWS nonmetropolitan areas, May 2024 and May 2025',
		file: 'oews-nonmetro-31-9011.csv',
		schema: s.oewsNonmetro,
		publisher: 'U.S. Bureau of Labor Statistics',
		table: 'OEWS nonmetropolitan-area estimates (BOS_M20YY_dl in oesm24ma.zip / oesm25ma.zip)',
		period: 'May 2024, May 2025',
		url: 'https://www.bls.gov/oes/special-requests/oesm25ma.zip',
		quality: 'official-rekeyed',
		usedBy: ['/location'],
		caveats: [
			'Nonmetropolitan areas only: metropolitan-area rows could not be sourced (import them on /data).',
			'The re-export dropped suppression symbols; such cells read "not published".'
		]
	},
	{
		id: 'bls-oews-industry',
		title: 'OEWS by industry sector, May 2024',
		file: 'oews-industry-2024-31-9011.csv',
		schema: s.oewsIndustry,
		publisher: 'U.S. Bureau of Labor Statistics',
		table: 'OEWS national industry-specific estimates, NAICS sectors (natsector_M2024_dl)',
		period: 'May 2024',
		url: OEWS_URL,
		quality: 'official-rekeyed',
		usedBy: ['/location'],
		caveats: ['Sector 53 (Real Estate) employment is suppressed (**).', SELF_EMPLOYED]
	},
	{
		id: 'bls-projections-national',
		title: 'Employment Projections, massage therapists (national)',
		file: 'projections-national-31-9011.csv',
		schema: s.projectionsNational,
		publisher: 'U.S. Bureau of Labor Statistics',
		table:
			'Employment Projections, Table 1.2 and Table 1.10 (occupation.xlsx), plus earlier cycles',
		period: '2024–34 (also 2025–35, 2021–31, 2012–22)',
		url: 'https://www.bls.gov/emp/',
		quality: 'mixed',
		usedBy: ['/'],
		caveats: [
			'Projections count all jobs, including the self-employed, so they exceed OEWS employment.',
			'The 2025–35 row comes from an unverified third-party extract, not the BLS workbook (its 2025 base, 155,400, is below the 2024–34 base of 168,000); the app draws only the 2024–34 row.'
		]
	},
	{
		id: 'bls-projections-state',
		title: 'State long-term occupational projections 2022–32',
		file: 'projections-state-2022-32-31-9011.csv',
		schema: s.projectionsState,
		publisher: 'Projections Central (state labor market information agencies)',
		table: 'Long-term occupational projections, all-states export',
		period: '2022–2032 (inferred)',
		url: 'https://projectionscentral.org/Projections/LongTerm',
		quality: 'derived',
		usedBy: ['/location', '/clinic'],
		caveats: [
			'48 states + DC: Rhode Island and Wyoming did not publish a massage-therapist projection.',
			'The period is inferred: the export prints no years.',
			'New York openings (140) look like growth openings only; not comparable.'
		]
	},
	{
		id: 'bea-rpp',
		title: 'Regional Price Parities by state, all items',
		file: 'rpp-state-all-items-2008-2024.csv',
		schema: s.rppState,
		publisher: 'U.S. Bureau of Economic Analysis',
		table: 'SARPP Regional Price Parities by state, line 1 (all items)',
		period: '2008–2024',
		url: 'https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area',
		quality: 'official-rekeyed',
		usedBy: ['/location', '/clinic'],
		caveats: ['US = 100. A price level, not an inflation rate.']
	},
	{
		id: 'state-fips',
		title: 'State FIPS and USPS codes',
		file: 'state-fips.csv',
		schema: s.stateFips,
		publisher: 'U.S. Census Bureau',
		table: 'State ANSI/FIPS codes',
		period: 'current',
		url: 'not printed in the copy used (publisher: U.S. Census Bureau); see README',
		quality: 'official-rekeyed',
		usedBy: ['/location', '/clinic'],
		caveats: ['50 states and DC; no territories.']
	},
	{
		id: 'census-population',
		title: 'Resident population by state, Vintage 2025',
		file: 'population-state-v2025.csv',
		schema: s.populationState,
		publisher: 'U.S. Census Bureau',
		table: 'Population Estimates Program, NST-EST2025-ALLDATA',
		period: 'July 1, 2020–2025',
		url: 'https://www2.census.gov/programs-surveys/popest/datasets/2020-2025/state/totals/',
		quality: 'official',
		usedBy: ['/location', '/clinic'],
		caveats: ['Estimates, revised every vintage.']
	},
	{
		id: 'acs-household-income',
		title: 'Household income by state, ACS 2024 1-year',
		file: 'household-income-state-2024.csv',
		schema: s.householdIncome,
		publisher: 'U.S. Census Bureau',
		table: 'American Community Survey, Subject Table S1901',
		period: '2024',
		url: 'https://data.census.gov/table/ACSST1Y2024.S1901',
		quality: 'official',
		usedBy: ['/location', '/clinic'],
		caveats: [
			'Survey estimates with margins of error.',
			'The $100k+ share is the sum of three published bands (derived).'
		]
	},
	{
		id: 'cbp-establishments',
		title: 'Establishments in massage-related industries by state, 2021',
		file: 'establishments-state-2021.csv',
		schema: s.cbpEstablishments,
		publisher: 'U.S. Census Bureau',
		table: 'County Business Patterns 2021, NAICS 621310, 621340, 621399, 812199',
		period: '2021',
		url: 'https://api.census.gov/data/2021/cbp',
		quality: 'official-rekeyed',
		usedBy: ['/clinic'],
		caveats: [
			'DC is absent from the re-saved copy: not found in sources.',
			'Employer establishments only.'
		]
	},
	{
		id: 'certification-programs',
		title: 'Medical and specialty massage certification programs',
		file: 'certification-programs.csv',
		schema: s.certificationPrograms,
		publisher: 'Program providers (compiled)',
		table: 'Provider pages, one row per program, each with its source',
		period: 'as of each source (2008–2026)',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/programs'],
		caveats: [
			'Only 9 of 29 programs publish both hours and cost; the rest read "not published".',
			'Some figures come only from the seed article and could not be confirmed.'
		]
	},
	{
		id: 'entry-level-programs',
		title: 'Entry-level massage therapy programs (licensure schools)',
		file: 'entry-level-programs.csv',
		schema: s.entryLevelPrograms,
		publisher: 'Schools (compiled)',
		table: 'School program pages, one row per program',
		period: 'as of each source',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/programs'],
		caveats: ['Tuition is sometimes a range; kept as printed.']
	},
	{
		id: 'state-licensing',
		title: 'State massage licensing facts',
		file: 'state-licensing-facts.csv',
		schema: s.stateLicensing,
		publisher: 'State boards and secondary compilations',
		table: 'One fact per row (hours, exam, fees, renewal, CE), each with its source',
		period: 'as of each source',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/location', '/programs'],
		caveats: [
			'Read the note column: some fees are proposals or legal maximums.',
			'Where no fact is listed, the app says "not found in sources".'
		]
	},
	{
		id: 'cpt-fees',
		title: 'CPT codes and Medicare fee facts for massage',
		file: 'cpt-medicare-fee-facts.csv',
		schema: s.cptFees,
		publisher: 'CMS Physician Fee Schedule (via secondary sources)',
		table: 'RVUs and national payment amounts per CPT code',
		period: 'PFS 2025–2026 (a few 2020–2021 rows)',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/income', '/clinic'],
		caveats: [
			'Original Medicare does not enrol massage therapists; Medicare amounts are a reference only.'
		]
	},
	{
		id: 'eight-minute-rule',
		title: 'CMS 8-minute rule: timed minutes to billable units',
		file: 'eight-minute-rule-units.csv',
		schema: s.eightMinuteRule,
		publisher: 'CMS Medicare Claims Processing Manual, Pub. 100-04, Ch. 5, §20.2',
		table: 'Units for one timed service',
		period: 'current manual',
		url: 'https://www.chirocode.com/article.html?id=25388',
		quality: 'mixed',
		usedBy: ['/income', '/clinic', '/checklist'],
		caveats: ['Some commercial payers use the CPT midpoint rule instead.']
	},
	{
		id: 'practice-norms',
		title: 'Practice norms and prices (hours, session prices, income surveys)',
		file: 'practice-norms-and-prices.csv',
		schema: s.practiceNorms,
		publisher: 'AMTA, ABMP, BLS and others (compiled)',
		table: 'One fact per row with its source',
		period: 'as of each source',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/income', '/clinic'],
		caveats: ['Survey figures: self-reported, different populations and years.']
	},
	{
		id: 'billing-benchmarks',
		title: 'Insurance billing benchmarks (denials, payment lag)',
		file: 'insurance-billing-benchmarks.csv',
		schema: s.billingBenchmarks,
		publisher: 'MGMA and others (compiled)',
		table: 'One benchmark per row with its source',
		period: '2015–2026',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/income', '/clinic'],
		caveats: ['No massage-specific denial benchmark was found; these are medical-practice figures.']
	},
	{
		id: 'payer-paths',
		title: 'Payer paths for massage therapists by state',
		file: 'payer-paths.csv',
		schema: s.payerPaths,
		publisher: 'State statutes, rules and agencies, courts, ABMP, AMTA and others (compiled)',
		table: 'One row per state (and DC) and payer path, each with its own source',
		period: 'as of each source (2003–2025)',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/income', '/clinic'],
		caveats: [
			'Most state rows are "not found in sources": no source was found, which does not mean the payer refuses.',
			'Only three states have a fee-schedule figure, read from third-party copies; two of their years are inferred.',
			'A payer that is open still pays only for medically necessary care, usually on a prescription.'
		]
	},
	{
		id: 'medicare-conversion-factors',
		title: 'Medicare Physician Fee Schedule conversion factors',
		file: 'medicare-pfs-conversion-factors.csv',
		schema: s.medicareConversionFactors,
		publisher: 'CMS (via secondary sources)',
		table: 'PFS conversion factor by year',
		period: '2023–2026',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/income'],
		caveats: ['Mid-year changes are separate rows.']
	},
	{
		id: 'irs-tax-parameters',
		title: 'Federal self-employment and income tax parameters, tax years 2025 and 2026',
		file: 'irs-tax-parameters.csv',
		schema: s.irsTaxParameters,
		publisher: 'Internal Revenue Service; Social Security Administration',
		table:
			'One figure per row (SE tax rates, wage base, Additional Medicare Tax, standard deduction, brackets, QBI) with its source',
		period: 'tax years 2025–2026',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/income'],
		caveats: [
			'Estimates only: federal tax for single or married-joint filers; no state or local tax, credits or other deductions.',
			'2025 standard deduction is the OBBBA amount (15750 / 31500), not the Rev. Proc. 2024-40 amount (15000 / 30000).',
			'25 of 60 rows cite an IRS or SSA page; the rest quote them through CPA firms, tax publishers and vendors (all 2026 brackets are secondary).',
			'QBI rows are the threshold and phase-in width only; the wage, property and specified-service limits above the threshold are not modelled.'
		]
	},
	{
		id: 'icd10-codes',
		title: 'Common ICD-10-CM diagnosis codes in massage referrals',
		file: 'icd10-common-massage-dx.csv',
		schema: s.icd10Codes,
		publisher: 'Compiled from coding references',
		table: 'One code per row with its source',
		period: 'FY2022 onward',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/checklist'],
		caveats: ['Therapists do not diagnose: codes come from the prescribing provider.']
	},
	{
		id: 'checklist',
		title: 'Practice-integration checklist steps',
		file: 'checklist-steps.csv',
		schema: s.checklistSteps,
		publisher: 'Medical Massage Planner (steps), figures from the datasets named per row',
		table: 'One step per row with its cost, time and source',
		period: 'as of each source (2012–2024; seed article undated)',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/checklist'],
		caveats: [
			'Costs only where a source gives one; otherwise "varies".',
			'Seed-only rows repeat the seed article, which cites no sources.'
		]
	},
	{
		id: 'marketing-context',
		title: 'Marketing context: how clients find massage therapists',
		file: 'marketing-context.csv',
		schema: s.marketingContext,
		publisher: 'AMTA, ABMP and others (copied from practice-norms and billing-benchmarks)',
		table: 'One figure per row with its source',
		period: '2012–2023 and undated',
		url: 'see the source_url column',
		quality: 'mixed',
		usedBy: ['/checklist'],
		caveats: [
			'Different surveys, populations and years; multiple answers allowed.',
			'Not specific to medical massage.'
		]
	}
];

export function datasetById(id: string): DatasetInfo | undefined {
	return DATASETS.find((d) => d.id === id);
}
