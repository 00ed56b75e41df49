/**
 * Whether SvelteKit's router has finished starting, as one signal for the whole app.
 *
 * The root layout marks the page started (`data-started`) with it. The router calls `afterNavigate` at the end of its start-up, but `afterNavigate`
 * registers its callback in `onMount`, and on a page with parts hydrated in later tasks
 * (`HydrateLater`, Svelte's async mode) every `onMount` runs only once the last of those parts
 * is live, after the router's start-up callbacks have already run. So the layout also marks the
 * router started from its own `onMount`, one task later (by then the router's start-up, which
 * waits on microtasks only, is over).
 */
import { afterNavigate } from '$app/navigation';
import { onMount } from 'svelte';

const router = $state({ started: false });

/** True once the router has started (reactive). */
export function routerStarted(): boolean {
	return router.started;
}

/** Call once, while the root layout initialises. */
export function watchRouter(): void {
	const mark = () => (router.started = true);
	afterNavigate(() => queueMicrotask(mark));
	onMount(() => {
		const timer = setTimeout(mark, 0);
		return () => clearTimeout(timer);
	});
}
