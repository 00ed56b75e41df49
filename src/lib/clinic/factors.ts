/**
 * The location-opportunity factors: what each measures, its unit, source, default direction
 * and why, and how each state's value is built from the joined state table and the Census
 * County Business Patterns rows. Pure: called on the server to trim the data, and in the
 * browser to label it.
 *
 * @module
 */
import type { CellKind } from '$lib/components/table';
import type { CbpEstablishmentsRow } from '$lib/data/schema';
import type { Direction } from '$lib/finance';
import type { StateRecord } from '$lib/map/metrics';
import { populationPerTherapist } from '$lib/map/geo';

export const FACTOR_IDS = [
	'labour',
	'costOfLiving',
	'popPerTherapist',
	'income',
	'affluent',
	'establishments',
	'lq',
	'growth'
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export interface FactorDef {
	id: FactorId;
	/** Short name used on the weight control and in tables. */
	label: string;
	/** What the number is. */
	measure: string;
	unit: string;
	kind: CellKind;
	/** Default direction, and why. */
	direction: Direction;
	why: string;
	source: string;
}

/** The NAICS industries counted as massage-related establishments (CBP). */
export const CBP_NAICS = ['621310', '621340', '621399', '812199'] as const;

export interface FactorYears {
	rppYear: number;
	populationYear: number;
	cbpYear: number;
	/** The survey figure behind the $100k+ factor (practice-norms), as printed. */
	highIncomeMassage: {
		published: string;
		note: string | null;
		source: string;
		population: string;
		year: string;
	};
}

/** The eight factors with their sources; years and the survey figure come from the data. */
export function factorDefs(y: FactorYears): FactorDef[] {
	const h = y.highIncomeMassage;
	return [
		{
			id: 'labour',
			label: 'Labour cost',
			measure: 'Median annual wage of massage therapists',
			unit: 'USD/yr',
			kind: 'usd',
			direction: 'lower',
			why: 'a lower median wage means a cheaper payroll for the same hours',
			source: 'BLS OEWS May 2025, state estimates for 31-9011'
		},
		{
			id: 'costOfLiving',
			label: 'Cost of living',
			measure: 'Regional price parity, all items',
			unit: 'US = 100',
			kind: 'decimal1',
			direction: 'lower',
			why: 'lower prices usually mean cheaper rent and services',
			source: `BEA Regional Price Parities ${y.rppYear}`
		},
		{
			id: 'popPerTherapist',
			label: 'Residents per therapist',
			measure: 'Residents per employed massage therapist',
			unit: 'people per therapist',
			kind: 'count',
			direction: 'higher',
			why: 'more residents for each therapist means less competition for clients',
			source: `Census population July 1, ${y.populationYear} ÷ BLS OEWS May 2025 employment`
		},
		{
			id: 'income',
			label: 'Household income',
			measure: 'Median household income',
			unit: 'USD/yr',
			kind: 'usd',
			direction: 'higher',
			why: 'households with more income spend more on massage',
			source: 'Census ACS 2024 1-year, table S1901'
		},
		{
			id: 'affluent',
			label: 'Households with $100k+',
			measure: 'Share of households with income of $100,000 or more',
			unit: '% of households',
			kind: 'pct',
			direction: 'higher',
			why: `${h.published}% of ${h.population} had a massage in ${h.year}${h.note ? ` (${h.note})` : ''}, per the ${h.source}`,
			source: 'Census ACS 2024 1-year, table S1901 (sum of three published bands)'
		},
		{
			id: 'establishments',
			label: 'Related establishments',
			measure:
				'Chiropractors’, therapists’ and other practitioners’ offices and personal-care businesses per 100,000 residents',
			unit: 'per 100,000 residents',
			kind: 'decimal1',
			direction: 'higher',
			why: 'practitioners refer patients and spas show demand; more of them means a bigger network',
			source: `Census County Business Patterns ${y.cbpYear} (NAICS ${CBP_NAICS.join(', ')}) ÷ Census population July 1, ${y.cbpYear}`
		},
		{
			id: 'lq',
			label: 'Supply concentration',
			measure: 'Location quotient of massage therapist jobs',
			unit: 'US = 1.00',
			kind: 'decimal2',
			direction: 'lower',
			why: 'a low quotient means fewer therapists than the national mix, so less competition (choose “higher” if a deep hiring pool matters more)',
			source: 'BLS OEWS May 2025, state estimates for 31-9011'
		},
		{
			id: 'growth',
			label: 'Projected growth',
			measure: 'Projected growth in massage therapist jobs, 2022–32',
			unit: '%',
			kind: 'pct',
			direction: 'higher',
			why: 'faster projected growth in therapist jobs signals growing demand',
			source: 'State long-term projections 2022–32 (Projections Central)'
		}
	];
}

/** One state as the clinic page needs it: wages for the planner, factor values for the ranking. */
export interface ClinicStateFactors {
	fips: string;
	abbr: string;
	name: string;
	/** May 2025 annual wage percentiles (null = not published). */
	wages: {
		p10: number | null;
		p25: number | null;
		median: number | null;
		p75: number | null;
		p90: number | null;
	};
	/** Why the wages are missing, or null. */
	wageMissing: string | null;
	/** Resident population (latest Census year), kept so residents per therapist can be redone for imported employment. */
	population: number | null;
	values: Record<FactorId, number | null>;
	/** Why each missing value is missing ("not published …", "not found in sources"); null when present. */
	missing: Record<FactorId, string | null>;
}

/**
 * Establishments per 100,000 residents: establishments × 100,000 ÷ population; null when either
 * is missing or the population is not positive.
 *
 * @example establishmentsPer100k(1597, 5_050_000) → 31.62…
 */
export function establishmentsPer100k(
	establishments: number | null,
	population: number | null
): number | null {
	if (establishments === null || population === null || population <= 0) return null;
	return (establishments * 100_000) / population;
}

/**
 * Sum of establishments in the four CBP industries for one state, or why it cannot be summed:
 * no rows or rows left empty with a note (DC in the committed copy) → "not found in sources";
 * an industry withheld by Census → "not published".
 *
 * @example cbpTotal(rows for Alabama) → { total: 1597, missing: null }
 */
export function cbpTotal(rows: readonly CbpEstablishmentsRow[]): {
	total: number | null;
	missing: string | null;
} {
	let total = 0;
	for (const code of CBP_NAICS) {
		const row = rows.find((r) => r.naics === code);
		if (!row || (row.establishments === null && row.note)) {
			return { total: null, missing: 'not found in sources' };
		}
		if (row.establishments === null) {
			return { total: null, missing: `not published (NAICS ${code} withheld by Census)` };
		}
		total += row.establishments;
	}
	return { total, missing: null };
}

/**
 * Builds the clinic page's per-state rows.
 *
 * @param states the joined state table (`stateTable().states`)
 * @param cbp every CBP row (all states, four industries)
 * @param cbpPopulation resident population by FIPS in the CBP reference year
 */
export function clinicStates(
	states: readonly StateRecord[],
	cbp: readonly CbpEstablishmentsRow[],
	cbpPopulation: ReadonlyMap<string, number>
): ClinicStateFactors[] {
	return states.map((s): ClinicStateFactors => {
		const oewsMissing = s.has2025
			? 'not published (suppressed by BLS)'
			: 'not published (no May 2025 row for this state)';
		const est = cbpTotal(cbp.filter((r) => r.state_fips === s.fips));
		const pop = cbpPopulation.get(s.fips) ?? null;
		const values: Record<FactorId, number | null> = {
			labour: s.aMedian2025,
			costOfLiving: s.rpp,
			popPerTherapist: populationPerTherapist(s.population, s.emp2025),
			income: s.medianHouseholdIncome,
			affluent: s.hh100kPlusPct,
			establishments: establishmentsPer100k(est.total, pop),
			lq: s.lq,
			growth: s.growthPct
		};
		const why: Record<FactorId, string> = {
			labour: oewsMissing,
			costOfLiving: 'not found in sources',
			popPerTherapist: s.population === null ? 'not found in sources' : oewsMissing,
			income: 'not found in sources',
			affluent: 'not found in sources',
			establishments: est.missing ?? 'not found in sources',
			lq: oewsMissing,
			growth: 'not published (no projection from this state)'
		};
		const missing = Object.fromEntries(
			FACTOR_IDS.map((id) => [id, values[id] === null ? why[id] : null])
		) as Record<FactorId, string | null>;
		const wages = {
			p10: s.aPct10_2025,
			p25: s.aPct25_2025,
			median: s.aMedian2025,
			p75: s.aPct75_2025,
			p90: s.aPct90_2025
		};
		return {
			fips: s.fips,
			abbr: s.abbr,
			name: s.name,
			wages,
			wageMissing: Object.values(wages).some((v) => v === null) ? oewsMissing : null,
			population: s.population,
			values,
			missing
		};
	});
}
