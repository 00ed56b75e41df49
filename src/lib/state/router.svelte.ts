/**
 * "The navigation that brought this component's page has ended": one helper for the root
 * layout (which marks the page started, `data-started`) and `syncAddress` (which may write the
 * address bar only once the router is done).
 *
 * The router calls `afterNavigate` at the end of its start-up and of every client-side
 * navigation, but `afterNavigate` registers its callback in `onMount`, and on a page with parts
 * hydrated in later tasks (`HydrateLater`, Svelte's async mode) every `onMount` runs only once
 * the last of those parts is live, after the router's start-up callbacks have run. So the
 * callback also runs one task after `onMount` (by then the router, which waits on microtasks
 * only, is done). Call during a component's initialisation; `done` may run more than once.
 */
import { afterNavigate } from '$app/navigation';
import { onMount } from 'svelte';

export function onNavigated(done: () => void): void {
	afterNavigate(() => queueMicrotask(done));
	onMount(() => {
		const timer = setTimeout(done, 0);
		return () => clearTimeout(timer);
	});
}
