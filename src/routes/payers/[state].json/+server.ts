import { error, json } from '@sveltejs/kit';
import { buildStatePayers, type StatePayers } from '$lib/income/payer-defaults';
import * as ds from '$lib/server/datasets';
import { incomeDefaults } from '$lib/server/income-defaults';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/**
 * One prerendered file per state (and DC): which payers pay massage therapists there and the
 * payer-line defaults that follow, fetched by /income and /clinic when the state is chosen.
 */
export const entries: EntryGenerator = () => ds.stateFips().map((s) => ({ state: s.state_abbr }));

export const GET: RequestHandler = ({ params }) => {
	if (!ds.stateFips().some((s) => s.state_abbr === params.state)) error(404, 'No such state');
	const body: StatePayers = buildStatePayers(
		ds.payerPaths(),
		params.state,
		incomeDefaults().commonPayer
	);
	return json(body);
};
