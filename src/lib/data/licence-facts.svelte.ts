/**
 * Browser: one state's licence facts from its prerendered `/programs/licensing/<abbr>.json`,
 * fetched when asked for (once per page load, see `fetchJsonOnce`). Answers and failures are
 * kept by state, so a late answer for an earlier choice cannot show as the current one. Used by
 * the licence path on /programs and the state panel on /location.
 */
import { fetchJsonOnce } from './fetch-once';
import type { LicencePathFacts } from '$lib/programs/licensing';

export class LicenceFacts {
	#answers = $state.raw<Record<string, LicencePathFacts>>({});
	#failures = $state.raw<Record<string, string>>({});

	/** Fetch `abbr`'s facts (again, after a failure); `stateName` words the error. */
	load(abbr: string, stateName: string): void {
		this.#failures = { ...this.#failures, [abbr]: '' };
		fetchJsonOnce<LicencePathFacts>(
			`/programs/licensing/${abbr}.json`,
			`the licence facts for ${stateName}`
		).then(
			(facts) => (this.#answers = { ...this.#answers, [abbr]: facts }),
			(e: Error) => (this.#failures = { ...this.#failures, [abbr]: e.message })
		);
	}

	/** The facts once they have arrived. */
	of(abbr: string): LicencePathFacts | undefined {
		return this.#answers[abbr];
	}

	/** Why they could not be loaded, or null. */
	failure(abbr: string): string | null {
		return this.#failures[abbr] || null;
	}
}
