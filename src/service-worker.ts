/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline support: on install, cache the app shell (every built asset), the static files and
 * every prerendered page and dataset (/data/<id>.csv, /geo/states.json). Requests for this
 * origin are answered from the cache first, so the app keeps working with the network gone.
 * A new deployment gets a new cache (keyed by `version`) and the old one is deleted.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `mmp-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	if (event.request.method !== 'GET') return;
	const url = new URL(event.request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached under their own paths; the query string never changes the file.
			const cached = await cache.match(url.pathname, { ignoreSearch: true });
			if (cached) return cached;
			try {
				const response = await fetch(event.request);
				if (response.ok && response.type === 'basic') cache.put(event.request, response.clone());
				return response;
			} catch {
				const fallback = await cache.match('/');
				return fallback ?? new Response('Offline and not cached', { status: 503 });
			}
		})()
	);
});
