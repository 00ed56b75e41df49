import { DATASETS } from '$lib/data/catalog';
import { pctOfFraction } from '$lib/format';
import { largestChanges } from '$lib/map/geo';
import * as ds from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

/**
 * The three largest changes in the state annual median, May 2024 → May 2025, read from the two
 * files (so the caveat cannot go stale when either is refreshed).
 */
function medianSwings(): string {
	const earlier = new Map(ds.oewsState2024().map((r) => [r.state_abbr, r.a_median]));
	const top = largestChanges(
		ds.oewsState2025().map((r) => ({
			name: r.state_name,
			earlier: earlier.get(r.state_abbr) ?? null,
			later: r.a_median
		})),
		3
	);
	const list = top
		.map((t) => `${t.name} (${t.change > 0 ? '+' : '−'}${pctOfFraction(Math.abs(t.change))})`)
		.join(', ');
	return `The largest changes in the annual median against May 2024: ${list}.`;
}

/** The catalogue: every dataset's description and row count (validating each file). */
export const load: PageServerLoad = () => {
	const rows = ds.rowCounts();
	const swings = medianSwings();
	return {
		datasets: DATASETS.map((d) => ({
			id: d.id,
			title: d.title,
			publisher: d.publisher,
			table: d.table,
			period: d.period,
			url: d.url,
			quality: d.quality,
			usedBy: d.usedBy,
			caveats: d.id === 'bls-oews-state-2025' ? [...d.caveats, swings] : d.caveats,
			rows: rows[d.id] ?? 0,
			columns: d.schema.columns.length
		}))
	};
};
