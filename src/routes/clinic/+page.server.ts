import { clinicStates } from '$lib/clinic/factors';
import { datasetById } from '$lib/data/catalog';
import { clinicReferences } from '$lib/clinic/references';
import * as ds from '$lib/server/datasets';
import { incomeDefaults } from '$lib/server/income-defaults';
import { stateTable } from '$lib/server/states';
import type { PageServerLoad } from './$types';

/** The datasets this page draws, in the order the sources list shows them. */
const SOURCES = [
	'bls-oews-state-2025',
	'bls-oews-national',
	'bls-oews-national-all',
	'bea-rpp',
	'census-population',
	'acs-household-income',
	'cbp-establishments',
	'bls-projections-state',
	'payer-paths',
	'cpt-fees',
	'medicare-conversion-factors',
	'billing-benchmarks',
	'practice-norms',
	'eight-minute-rule'
];

export const load: PageServerLoad = () => {
	const { states, rppYear, populationYear } = stateTable();
	const cbp = ds.cbpEstablishments();
	const cbpYear = Math.max(...cbp.map((r) => r.reference_year));
	// Establishments are per resident of the same year as the CBP counts.
	const cbpPopulation = new Map(
		ds
			.populationState()
			.filter((r) => r.measure === 'resident_population_july1' && r.reference_year === cbpYear)
			.map((r) => [r.state_fips, r.population])
	);
	const nat = ds.oewsNational().reduce((a, b) => (b.reference_year > a.reference_year ? b : a));
	const norms = ds.practiceNorms();
	const high = norms.find((r) => r.metric === 'consumers_massaged_income_100k_plus');
	if (!high) throw new Error('practice-norms: no consumers_massaged_income_100k_plus row');

	return {
		states: clinicStates(states, cbp, cbpPopulation),
		national: {
			period: nat.reference_period,
			wages: {
				p10: nat.a_pct10,
				p25: nat.a_pct25,
				median: nat.a_median,
				p75: nat.a_pct75,
				p90: nat.a_pct90
			}
		},
		refs: clinicReferences({
			billingBenchmarks: ds.billingBenchmarks(),
			practiceNorms: norms,
			nationalOccupations: ds.oewsNationalAll()
		}),
		payers: incomeDefaults().payers,
		medicareReference: incomeDefaults().medicareReference,
		sources: SOURCES.map((id) => {
			const d = datasetById(id);
			if (!d) throw new Error(`catalog: no dataset "${id}"`);
			return { id, title: d.title, publisher: d.publisher, table: d.table, period: d.period };
		}),
		years: {
			rppYear,
			populationYear,
			cbpYear,
			highIncomeMassage: {
				published: high.value,
				note: high.note,
				source: high.source,
				population: high.population,
				year: high.data_year
			}
		}
	};
};
