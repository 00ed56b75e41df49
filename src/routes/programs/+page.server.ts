import { datasetById } from '$lib/data/catalog';
import { factFromRow, programFromRow } from '$lib/programs/rows';
import { careerToTuple } from '$lib/programs/careers';
import * as ds from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

/** Licensing facts the licence path shows, in this order. */
const LICENSING_FIELDS = [
	'regulation_status',
	'min_training_hours',
	'exam_accepted',
	'application_fee_usd',
	'initial_fee_usd',
	'background_check_fee_usd',
	'state_exam_fee_usd',
	'renewal_fee_usd',
	'renewal_period_years',
	'ce_hours_per_cycle',
	'ce_cycle_years',
	'liability_insurance_required',
	'exam_fee_usd'
];

/** Context for the price-premium assumption (shown next to it, not used in sums). */
const PRICE_CONTEXT = ['medical_massage_price_per_hour', 'avg_price_60min_massage'];

const source = (id: string) => {
	const d = datasetById(id);
	if (!d) throw new Error(`dataset ${id} missing from the catalog`);
	return `${d.publisher}, ${d.table}, ${d.period}`;
};

export const load: PageServerLoad = () => {
	const national = ds
		.oewsNational()
		.reduce((a, b) => (b.reference_year > a.reference_year ? b : a));
	const projection = ds.projectionsNational().find((p) => p.projection_period === '2024-2034');
	const contexts = ds.practiceNorms().filter((n) => PRICE_CONTEXT.includes(n.metric));
	return {
		programs: ds.certificationPrograms().map(programFromRow),
		entry: ds.entryLevelPrograms().map((r) => ({
			school: r.school,
			state: r.location_state,
			credential: r.credential,
			hours: r.clock_hours,
			length: r.length,
			tuition: r.tuition_fees_usd,
			books: r.books_supplies_usd,
			costNote: r.cost_note,
			asOf: r.year_or_asof,
			source: r.source
		})),
		states: ds
			.stateFips()
			.map((f) => ({ fips: f.state_fips, abbr: f.state_abbr, name: f.state_name })),
		wages: Object.fromEntries(ds.oewsState2025().map((r) => [r.state_abbr, r.h_median])),
		wagePeriod: ds.oewsState2025()[0]?.reference_period ?? 'May 2025',
		nationalWage: { hMedian: national.h_median, period: national.reference_period },
		licensing: ds
			.stateLicensing()
			.filter((r) => LICENSING_FIELDS.includes(r.field))
			.map(factFromRow),
		licensingFields: LICENSING_FIELDS.filter((f) => f !== 'exam_fee_usd'),
		careers: ds
			.oewsNationalAll()
			.filter((r) => r.o_group === 'detailed')
			.map((r) =>
				careerToTuple({
					code: r.occ_code,
					title: r.occ_title,
					emp: r.tot_emp,
					p10: r.a_pct10,
					p25: r.a_pct25,
					median: r.a_median,
					p75: r.a_pct75,
					p90: r.a_pct90
				})
			),
		education: (projection?.typical_entry_education
			? { '31-9011': projection.typical_entry_education }
			: {}) as Record<string, string>,
		educationSource: `BLS Employment Projections ${projection?.projection_period ?? ''}`,
		priceContext: contexts
			.map((n) => ({
				metric: n.metric,
				value: n.value,
				unit: n.unit,
				year: n.data_year,
				source: n.source,
				quality: n.source_quality
			}))
			.sort((a, b) => b.year.localeCompare(a.year))
			.filter((n, i, all) => all.findIndex((m) => m.metric === n.metric) === i),
		sources: {
			programs: source('certification-programs'),
			entry: source('entry-level-programs'),
			licensing: source('state-licensing'),
			wages: source('bls-oews-state-2025'),
			careers: source('bls-oews-national-all')
		}
	};
};
