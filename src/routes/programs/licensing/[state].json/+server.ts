import { error, json } from '@sveltejs/kit';
import { LICENSING_FIELDS } from '$lib/map/licensing';
import { LICENCE_PATH_EXTRA_FIELDS, type LicencePathFacts } from '$lib/programs/licensing';
import { factFromRow } from '$lib/programs/rows';
import * as ds from '$lib/server/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One prerendered file per state (and DC), fetched when the planner's state is chosen. */
export const entries: EntryGenerator = () => ds.stateFips().map((s) => ({ state: s.state_abbr }));

const wanted = new Set([...LICENSING_FIELDS, ...LICENCE_PATH_EXTRA_FIELDS]);

export const GET: RequestHandler = ({ params }) => {
	if (!ds.stateFips().some((s) => s.state_abbr === params.state)) error(404, 'No such state');
	const rows = ds.stateLicensing().filter((r) => wanted.has(r.field));
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const strip = ({ state, ...fact }: ReturnType<typeof factFromRow>) => fact;
	const body: LicencePathFacts = {
		facts: rows.filter((r) => r.state_code === params.state).map((r) => strip(factFromRow(r))),
		national: rows.filter((r) => r.state_code === 'US').map((r) => strip(factFromRow(r)))
	};
	return json(body);
};
