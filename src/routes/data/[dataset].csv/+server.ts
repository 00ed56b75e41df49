import { error } from '@sveltejs/kit';
import { DATASETS } from '$lib/data/catalog';
import { rawCsv } from '$lib/server/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One prerendered file per dataset, at a stable address: /data/<id>.csv */
export const entries: EntryGenerator = () => DATASETS.map((d) => ({ dataset: d.id }));

export const GET: RequestHandler = ({ params }) => {
	if (!DATASETS.some((d) => d.id === params.dataset)) error(404, 'No such dataset');
	return new Response(rawCsv(params.dataset), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
