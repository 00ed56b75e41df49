import { datasetById } from '$lib/data/catalog';
import { pickNorm } from '$lib/income/defaults';
import { incomeDefaults } from '$lib/server/income-defaults';
import * as ds from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

/** Datasets the income page draws on, in the order its Sources list shows them. */
const SOURCE_IDS = [
	'payer-paths',
	'irs-tax-parameters',
	'cpt-fees',
	'medicare-conversion-factors',
	'billing-benchmarks',
	'practice-norms',
	'eight-minute-rule',
	'bls-oews-national',
	'bls-oews-state-2025',
	'state-fips'
];

/**
 * The income page's defaults (each with its source), the wage percentiles it compares with
 * (national hourly, each state's annual) and the source list. Nothing else is sent.
 */
export const load: PageServerLoad = () => {
	const norms = ds.practiceNorms();
	const defaults = incomeDefaults();
	const nat = ds.oewsNational().reduce((a, b) => (b.reference_year > a.reference_year ? b : a));
	const byState = new Map(ds.oewsState2025().map((r) => [r.state_abbr, r]));
	const statePeriod = ds.oewsState2025()[0]?.reference_period;
	if (!statePeriod) throw new Error('bls-oews-state-2025: no rows');
	const hours = pickNorm(norms, 'annualization_hours');
	const annualizationHours = Number(hours.value);
	if (!Number.isFinite(annualizationHours)) {
		throw new Error(`practice-norms annualization_hours: "${hours.value}" is not a number`);
	}
	const info = (id: string) => {
		const d = datasetById(id);
		if (!d) throw new Error(`Dataset "${id}" is not in the catalog`);
		return d;
	};
	const oewsNat = info('bls-oews-national');
	const oewsState = info('bls-oews-state-2025');
	return {
		defaults,
		wages: {
			nationalPeriod: nat.reference_period,
			nationalHourly: [nat.h_pct10, nat.h_pct25, nat.h_median, nat.h_pct75, nat.h_pct90],
			nationalSource: `${oewsNat.publisher}, ${oewsNat.table}, ${nat.reference_period}, massage therapists (31-9011), hourly percentiles.`,
			statePeriod,
			stateSource: `${oewsState.publisher}, OEWS state estimates, ${statePeriod}, massage therapists (31-9011), annual percentiles (hourly × ${annualizationHours}).`,
			annualizationHours,
			annualizationSource: `BLS turns hourly into annual wages at ${hours.value} ${hours.unit ?? ''} (${hours.source}${hours.note ? `; ${hours.note}` : ''})`,
			states: ds.stateFips().map((f) => {
				const r = byState.get(f.state_abbr);
				return {
					abbr: f.state_abbr,
					name: f.state_name,
					annual: r ? [r.a_pct10, r.a_pct25, r.a_median, r.a_pct75, r.a_pct90] : null,
					hMedian: r?.h_median ?? null
				};
			})
		},
		sources: SOURCE_IDS.map((id) => {
			const d = info(id);
			return { id, title: d.title, publisher: d.publisher, table: d.table, period: d.period };
		})
	};
};
