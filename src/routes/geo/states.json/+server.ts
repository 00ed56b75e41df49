import { json } from '@sveltejs/kit';
import { stateFips } from '$lib/server/datasets';
import { stateShapes } from '$lib/server/shapes';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Projected outlines of the 50 states and DC, fetched once by the maps. */
export const GET: RequestHandler = () => json(stateShapes(stateFips().map((s) => s.state_fips)));
