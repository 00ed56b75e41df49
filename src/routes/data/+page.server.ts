import { DATASETS } from '$lib/data/catalog';
import { rowCounts } from '$lib/server/datasets';
import type { PageServerLoad } from './$types';

/** The catalogue: every dataset's description and row count (validating each file). */
export const load: PageServerLoad = () => {
	const rows = rowCounts();
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
			caveats: d.caveats,
			rows: rows[d.id] ?? 0,
			columns: d.schema.columns.length
		}))
	};
};
