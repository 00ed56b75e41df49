import { datasetById } from '$lib/data/catalog';
import { programFromRow } from '$lib/programs/rows';
import { careerTuples, DEFAULT_CAREER_CODES } from '$lib/programs/careers';
import { ownStateChecks } from '$lib/programs/entry';
import { HOURS_MAP_FIELDS } from '$lib/programs/licensing';
import * as ds from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

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
	const careers = careerTuples(ds.oewsNationalAll());
	const contexts = ds.practiceNorms().filter((n) => PRICE_CONTEXT.includes(n.metric));
	const states = ds
		.stateFips()
		.map((f) => ({ fips: f.state_fips, abbr: f.state_abbr, name: f.state_name }));
	const hoursFacts = ds
		.stateLicensing()
		.filter((r) => HOURS_MAP_FIELDS.includes(r.field))
		.map((r) => ({ state: r.state_code, field: r.field, value: r.value }));
	const entryRows = ds.entryLevelPrograms();
	// Each school's hours against its own state's minimum (worked out here, sent as a result).
	const entryChecks = ownStateChecks(
		entryRows.map((r) => ({ state: r.location_state, hours: r.clock_hours })),
		states,
		hoursFacts
	);
	return {
		programs: ds.certificationPrograms().map(programFromRow),
		entry: entryRows.map((r, i) => ({
			id: r.program_id,
			school: r.school,
			state: r.location_state,
			credential: r.credential,
			hours: r.clock_hours,
			length: r.length,
			tuition: r.tuition_fees_usd,
			books: r.books_supplies_usd,
			costNote: r.cost_note,
			asOf: r.year_or_asof,
			source: r.source,
			ownState: entryChecks[i]!
		})),
		states,
		wages: Object.fromEntries(ds.oewsState2025().map((r) => [r.state_abbr, r.h_median])),
		wagePeriod: ds.oewsState2025()[0]?.reference_period ?? 'May 2025',
		nationalWage: { hMedian: national.h_median, period: national.reference_period },
		// Only what the hours map needs for every state; a state's full licence path is fetched
		// from /programs/licensing/<abbr>.json when it is chosen, and the 830 occupations from
		// /programs/careers.json when the "Add an occupation" list is opened.
		hoursFacts,
		careers: careers.filter((t) => DEFAULT_CAREER_CODES.includes(t[0])),
		careerCount: careers.length,
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
