/**
 * Keeps the address bar's query equal to the state a page shows.
 *
 * Why not call `replaceState` from a page's own effect: on a page's first load, SvelteKit
 * mounts the page inside its router's start-up (`new Root(…)` runs every `onMount` and effect
 * synchronously), before the router has kept a reference to the page or marked itself started.
 * `replaceState` then fails with "Cannot read properties of undefined (reading '$set')" (and in
 * dev with "before router is initialized"). That happened whenever the link differed from the
 * page's own canonical query, i.e. on any link with an unknown or invalid parameter. Here the
 * first write waits for the navigation that brought the page to end (`onNavigated`).
 *
 * Call during the initialisation of a component that mounts with the page.
 */
import { replaceState } from '$app/navigation';
import { onNavigated } from './router.svelte';

/**
 * From the router's start on, puts `query()` ("" or "?a=1") in the address bar whenever it
 * differs from `location.search`. `query()` may return null for "nothing to write yet" (e.g.
 * before the page has read its link).
 */
export function syncAddress(query: () => string | null): void {
	let started = $state(false);
	onNavigated(() => (started = true));
	$effect(() => {
		const q = query();
		if (!started || q === null || q === location.search) return;
		replaceState(`${location.pathname}${q}${location.hash}`, {});
	});
}
