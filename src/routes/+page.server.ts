import { datasetById } from '$lib/data/catalog';
import { oewsNational, practiceNorms, projectionsNational } from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

/** The overview draws the latest national OEWS row, the history, and the 2024–34 projection. */
export const load: PageServerLoad = () => {
	const rows = oewsNational();
	const latest = rows.reduce((a, b) => (b.reference_year > a.reference_year ? b : a));
	const projection = projectionsNational().find((p) => p.projection_period === '2024-2034');
	if (!projection) throw new Error('bls-projections-national: no 2024-2034 row');
	const hands = practiceNorms().find((n) => n.metric === 'avg_hands_on_hours_per_week');
	if (!hands) throw new Error('practice-norms: no avg_hands_on_hours_per_week row');
	const proj = datasetById('bls-projections-national');
	return {
		latest: {
			period: latest.reference_period,
			totEmp: latest.tot_emp,
			aMedian: latest.a_median,
			hMedian: latest.h_median,
			aMean: latest.a_mean,
			hMean: latest.h_mean,
			percentiles: [
				{ label: '10th percentile', annual: latest.a_pct10, hourly: latest.h_pct10 },
				{ label: '25th percentile', annual: latest.a_pct25, hourly: latest.h_pct25 },
				{ label: 'Median', annual: latest.a_median, hourly: latest.h_median },
				{ label: '75th percentile', annual: latest.a_pct75, hourly: latest.h_pct75 },
				{ label: '90th percentile', annual: latest.a_pct90, hourly: latest.h_pct90 }
			]
		},
		history: rows
			.map((r) => ({
				period: r.reference_period,
				year: r.reference_year,
				totEmp: r.tot_emp,
				aMedian: r.a_median
			}))
			.sort((a, b) => a.year - b.year),
		projection: {
			period: '2024–34',
			base: projection.employment_base,
			target: projection.employment_target,
			changePercent: projection.change_percent,
			annualOpenings: projection.annual_openings,
			selfEmployedPercent: projection.percent_self_employed_base,
			medianWage: projection.median_annual_wage,
			medianWageReference: projection.median_wage_reference
		},
		handsOn: {
			value: hands.value,
			note: hands.note ?? '',
			source: `${hands.population} (${hands.data_year}, ${hands.source})`
		},
		sources: {
			oews: 'BLS OEWS national cross-industry estimates',
			projections: `${proj?.publisher}, Employment Projections 2024–34 (Table 1.2, Table 1.10)`
		}
	};
};
