/** Browser: fetch the prerendered state outlines once per page load and share them. */
import { fetchJsonOnce } from '$lib/data/fetch-once';
import type { StateShape } from './geo';

export const loadShapes = (): Promise<StateShape[]> =>
	fetchJsonOnce<StateShape[]>('/geo/states.json', 'the map shapes');
