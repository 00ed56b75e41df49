/**
 * Per-state figures for the location explorer and the clinic planner, and the metrics a map
 * can colour by. Each metric says what it is, its unit, how to format it, and its source.
 * Pure: built from dataset rows on the server, read in the browser.
 */
import type { CellKind } from '$lib/components/table';
import type { Latest } from '$lib/import/set';
import { populationPerTherapist, rppAdjusted } from './geo';

/** One state's figures, joined from several datasets. `null` = not published / not found. */
export interface StateRecord {
	fips: string;
	abbr: string;
	name: string;
	/** OEWS May 2025 (row present?) */
	has2025: boolean;
	emp2025: number | null;
	jobs1000: number | null;
	lq: number | null;
	aMedian2025: number | null;
	aMean2025: number | null;
	hMedian2025: number | null;
	hMean2025: number | null;
	aPct10_2025: number | null;
	aPct25_2025: number | null;
	aPct75_2025: number | null;
	aPct90_2025: number | null;
	/** OEWS May 2024 (row present?) */
	has2024: boolean;
	emp2024: number | null;
	aMean2024: number | null;
	aMedian2024: number | null;
	aPct10_2024: number | null;
	aPct25_2024: number | null;
	aPct75_2024: number | null;
	aPct90_2024: number | null;
	/** OEWS May 2023 mean (row present?) */
	aMean2023: number | null;
	/** BEA RPP all items, latest year, US = 100. */
	rpp: number | null;
	population: number | null;
	medianHouseholdIncome: number | null;
	/** Share of households with $100k+ income, percent (ACS, derived sum of bands). */
	hh100kPlusPct: number | null;
	/** State long-term projection 2022–32. */
	projBase: number | null;
	projTarget: number | null;
	growthPct: number | null;
	openings: number | null;
}

/** The OEWS columns of a state's latest-vintage row, bundled (May 2025) or imported. */
type LatestOewsRow = Record<
	| 'tot_emp'
	| 'jobs_1000'
	| 'loc_quotient'
	| `${'a' | 'h'}_${'median' | 'mean'}`
	| `a_pct${10 | 25 | 75 | 90}`,
	number | null
>;

/** A state's latest-vintage figures from its OEWS row; with no row, every figure is null. */
export function latestOewsFigures(r: LatestOewsRow | undefined) {
	return {
		has2025: r !== undefined,
		emp2025: r?.tot_emp ?? null,
		jobs1000: r?.jobs_1000 ?? null,
		lq: r?.loc_quotient ?? null,
		aMedian2025: r?.a_median ?? null,
		aMean2025: r?.a_mean ?? null,
		hMedian2025: r?.h_median ?? null,
		hMean2025: r?.h_mean ?? null,
		aPct10_2025: r?.a_pct10 ?? null,
		aPct25_2025: r?.a_pct25 ?? null,
		aPct75_2025: r?.a_pct75 ?? null,
		aPct90_2025: r?.a_pct90 ?? null
	} satisfies Partial<StateRecord>;
}

export type Vintage = '2025' | '2024';

/** The figures of a state record (not its names and flags). */
type NumberKey = {
	[K in keyof StateRecord]: StateRecord[K] extends number | null ? K : never;
}[keyof StateRecord];

export interface MetricDef {
	id: string;
	label: string;
	/** Unit as shown next to values and in the legend. */
	unit: string;
	kind: CellKind;
	/** Short source line (publisher, table, period). */
	source: string;
	/** Which vintages the metric exists in; the first is the default. */
	vintages: readonly Vintage[];
	value(r: StateRecord, vintage: Vintage): number | null;
	/** Why a state has no value ("no May 2025 row", "not published by the state"…). */
	missingReason?(r: StateRecord, vintage: Vintage): string;
}

/** How a vintage key reads on screen: '2025' is the latest vintage (bundled or imported). */
export function vintageLabel(v: Vintage, latest?: Latest): string {
	return v === '2025' ? (latest?.period ?? 'May 2025') : 'May 2024';
}

/**
 * The map metrics. `rppYear` and `populationYear` are the latest years in the data (shown on
 * screen); `latest` names the latest OEWS vintage (bundled May 2025, or the user's import).
 */
export function metricDefs(rppYear: number, populationYear: number, latest?: Latest): MetricDef[] {
	const imported = latest?.imported ?? false;
	const OEWS = (v: Vintage) =>
		v === '2025' && latest ? latest.source : `BLS OEWS state estimates, ${vintageLabel(v)}`;
	const oewsMissing = (r: StateRecord, vintage: Vintage): string => {
		const has = vintage === '2025' ? r.has2025 : r.has2024;
		if (has) return 'not published (suppressed by BLS)';
		return vintage === '2025' && imported
			? 'not in your file'
			: `not published (no ${vintageLabel(vintage, latest)} row for this state)`;
	};
	/** An OEWS annual wage metric, published in both vintages. */
	const annualWage = (
		id: string,
		label: string,
		latestKey: NumberKey,
		previousKey: NumberKey
	): MetricDef => ({
		id,
		label,
		unit: 'USD/yr',
		kind: 'usd',
		source: OEWS('2025'),
		vintages: ['2025', '2024'],
		value: (r, v) => r[v === '2025' ? latestKey : previousKey],
		missingReason: oewsMissing
	});
	return [
		{
			id: 'employment',
			label: 'Employment',
			unit: 'jobs',
			kind: 'count',
			source: OEWS('2025'),
			vintages: ['2025', '2024'],
			value: (r, v) => (v === '2025' ? r.emp2025 : r.emp2024),
			missingReason: oewsMissing
		},
		{
			id: 'jobs1000',
			label: 'Jobs per 1,000 jobs',
			unit: 'per 1,000',
			kind: 'decimal3',
			source: OEWS('2025'),
			vintages: ['2025'],
			value: (r) => r.jobs1000,
			missingReason: oewsMissing
		},
		{
			id: 'lq',
			label: 'Location quotient',
			unit: 'US = 1.00',
			kind: 'decimal2',
			source: OEWS('2025'),
			vintages: ['2025'],
			value: (r) => r.lq,
			missingReason: oewsMissing
		},
		annualWage('aMedian', 'Median annual wage', 'aMedian2025', 'aMedian2024'),
		annualWage('aMean', 'Mean annual wage', 'aMean2025', 'aMean2024'),
		annualWage('aPct10', '10th percentile annual wage', 'aPct10_2025', 'aPct10_2024'),
		annualWage('aPct90', '90th percentile annual wage', 'aPct90_2025', 'aPct90_2024'),
		{
			id: 'rppMedian',
			label: `Median wage adjusted for cost of living (RPP ${rppYear})`,
			unit: `USD/yr at US-average prices`,
			kind: 'usd',
			source: `${OEWS('2025')} median ÷ (BEA RPP ${rppYear} ÷ 100)`,
			vintages: ['2025'],
			value: (r) => rppAdjusted(r.aMedian2025, r.rpp),
			missingReason: oewsMissing
		},
		{
			id: 'popPerTherapist',
			label: 'Residents per massage therapist',
			unit: 'people per therapist',
			kind: 'count',
			source: `Census population July 1, ${populationYear} ÷ employment (${OEWS('2025')})`,
			vintages: ['2025'],
			value: (r) => populationPerTherapist(r.population, r.emp2025),
			missingReason: oewsMissing
		},
		{
			id: 'hhIncome',
			label: 'Median household income',
			unit: 'USD/yr',
			kind: 'usd',
			source: 'Census ACS 2024 1-year, table S1901',
			vintages: ['2025'],
			value: (r) => r.medianHouseholdIncome,
			missingReason: () => 'not found in sources'
		},
		{
			id: 'growth',
			label: 'Projected job growth 2022–32',
			unit: '%',
			kind: 'pct',
			source: 'State long-term projections 2022–32 (Projections Central)',
			vintages: ['2025'],
			value: (r) => r.growthPct,
			missingReason: () => 'not published (no projection from this state)'
		}
	];
}
