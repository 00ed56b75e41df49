import { LICENSING_FIELDS } from '$lib/map/licensing';
import { stateTable } from '$lib/server/states';
import * as ds from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { states, rppYear, populationYear } = stateTable();
	const nat = ds.oewsNational().reduce((a, b) => (b.reference_year > a.reference_year ? b : a));
	const projections = ds.projectionsNational();
	const p2434 = projections.find((p) => p.projection_period === '2024-2034');
	const stateProjNational = ds.projectionsState().find((p) => p.state_fips === '00');

	// The US resident population as the sum of the 50 states and DC (derived).
	const usPopulation = states.reduce((sum, s) => sum + (s.population ?? 0), 0);
	return {
		states,
		usPopulation,
		rppYear,
		populationYear,
		national: {
			period: nat.reference_period,
			emp: nat.tot_emp,
			aMedian: nat.a_median,
			aMean: nat.a_mean,
			hMedian: nat.h_median,
			aPct10: nat.a_pct10,
			aPct25: nat.a_pct25,
			aPct75: nat.a_pct75,
			aPct90: nat.a_pct90
		},
		history: ds
			.oewsNational()
			.map((r) => ({
				year: r.reference_year,
				period: r.reference_period,
				emp: r.tot_emp,
				aMedian: r.a_median
			}))
			.sort((a, b) => a.year - b.year),
		projections: {
			p2434: p2434
				? {
						base: p2434.employment_base,
						target: p2434.employment_target,
						pct: p2434.change_percent,
						openings: p2434.annual_openings
					}
				: null,
			p2232: stateProjNational
				? {
						base: stateProjNational.employment_base,
						target: stateProjNational.employment_projected,
						pct: stateProjNational.change_percent,
						openings: stateProjNational.annual_openings
					}
				: null,
			selfEmployedPct: p2434?.percent_self_employed_base ?? null
		},
		industries: ds.oewsIndustry().map((r) => ({
			naics: r.naics,
			title: r.naics_title,
			emp: r.tot_emp,
			aMean: r.a_mean,
			aMedian: r.a_median,
			pctTotal: r.pct_total
		})),
		nonmetro: ds.oewsNonmetro().map((r) => ({
			year: r.reference_year,
			area: r.area,
			title: r.area_title,
			state: r.prim_state,
			emp: r.tot_emp,
			jobs1000: r.jobs_1000,
			lq: r.loc_quotient,
			aMedian: r.a_median,
			aMean: r.a_mean,
			aPct10: r.a_pct10,
			aPct90: r.a_pct90
		})),
		licensingFields: LICENSING_FIELDS
	};
};
