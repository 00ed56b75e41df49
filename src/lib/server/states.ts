/**
 * Joins the state datasets into one record per state (50 + DC), keyed by FIPS. Used by the
 * pages that draw state maps and tables. Values missing from a source stay `null`.
 */
import { latestOewsFigures, type StateRecord } from '$lib/map/metrics';
import * as ds from './datasets';

export interface StateTable {
	states: StateRecord[];
	rppYear: number;
	populationYear: number;
}

export function stateTable(): StateTable {
	const rpp = ds.rppState();
	const rppYear = Math.max(...rpp.map((r) => r.year));
	const pop = ds.populationState().filter((r) => r.measure === 'resident_population_july1');
	const populationYear = Math.max(...pop.map((r) => r.reference_year));
	const s25 = new Map(ds.oewsState2025().map((r) => [r.state_fips, r]));
	const s24 = new Map(ds.oewsState2024().map((r) => [r.state_fips, r]));
	const s23 = new Map(ds.oewsState2023().map((r) => [r.state_fips, r]));
	const rppBy = new Map(rpp.filter((r) => r.year === rppYear).map((r) => [r.state_fips, r]));
	const popBy = new Map(
		pop.filter((r) => r.reference_year === populationYear).map((r) => [r.state_fips, r])
	);
	const inc = new Map(ds.householdIncome().map((r) => [r.state_fips, r]));
	const proj = new Map(ds.projectionsState().map((r) => [r.state_fips, r]));

	const states = ds.stateFips().map((f): StateRecord => {
		const b = s24.get(f.state_fips);
		const p = proj.get(f.state_fips);
		const h = inc.get(f.state_fips);
		return {
			fips: f.state_fips,
			abbr: f.state_abbr,
			name: f.state_name,
			...latestOewsFigures(s25.get(f.state_fips)),
			has2024: b !== undefined,
			emp2024: b?.tot_emp ?? null,
			aMean2024: b?.a_mean ?? null,
			aMedian2024: b?.a_median ?? null,
			aPct10_2024: b?.a_pct10 ?? null,
			aPct25_2024: b?.a_pct25 ?? null,
			aPct75_2024: b?.a_pct75 ?? null,
			aPct90_2024: b?.a_pct90 ?? null,
			aMean2023: s23.get(f.state_fips)?.a_mean ?? null,
			rpp: rppBy.get(f.state_fips)?.rpp_index_us_100 ?? null,
			population: popBy.get(f.state_fips)?.population ?? null,
			medianHouseholdIncome: h?.median_household_income ?? null,
			hh100kPlusPct: h?.pct_hh_100k_plus_derived ?? null,
			projBase: p?.employment_base ?? null,
			projTarget: p?.employment_projected ?? null,
			growthPct: p?.change_percent ?? null,
			openings: p?.annual_openings ?? null
		};
	});
	return { states, rppYear, populationYear };
}
