/** Browser: fetch the prerendered state outlines once per page load and share them. */
import type { StateShape } from './geo';

let request: Promise<StateShape[]> | null = null;

export function loadShapes(): Promise<StateShape[]> {
	request ??= fetch('/geo/states.json').then((r) => {
		if (!r.ok) throw new Error(`Could not load the map shapes (HTTP ${r.status})`);
		return r.json() as Promise<StateShape[]>;
	});
	return request;
}
