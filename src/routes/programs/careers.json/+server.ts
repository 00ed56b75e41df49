import { json } from '@sveltejs/kit';
import { careerTuples } from '$lib/programs/careers';
import { oewsNationalAll } from '$lib/server/datasets';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every detailed occupation in the OEWS national file (830 rows), as tuples: fetched when the
 * "Add an occupation" list is first opened, so the page itself carries only the default rows.
 */
export const GET: RequestHandler = () => json(careerTuples(oewsNationalAll()));
