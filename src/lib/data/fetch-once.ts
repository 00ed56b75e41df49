/**
 * Browser: fetch a prerendered JSON asset once per page load and share the answer. A failed
 * request is forgotten, so asking again retries; its error says what could not be loaded and
 * why (HTTP status, or the network error when offline and not cached).
 */
const requests = new Map<string, Promise<unknown>>();

export function fetchJsonOnce<T>(url: string, what: string): Promise<T> {
	let request = requests.get(url);
	if (!request) {
		request = fetch(url).then(
			(r) => {
				if (!r.ok) throw new Error(`Could not load ${what} (HTTP ${r.status}).`);
				return r.json();
			},
			(e: unknown) => {
				throw new Error(`Could not load ${what}: ${e instanceof Error ? e.message : String(e)}.`);
			}
		);
		requests.set(url, request);
		request.catch(() => requests.delete(url));
	}
	return request as Promise<T>;
}
