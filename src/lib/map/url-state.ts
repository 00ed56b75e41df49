/**
 * Read and write the location explorer's shareable state in the query string, through the one
 * query parser (`$lib/state/query`). Pure: every value is checked; one that cannot be used keeps
 * its default and is reported in `problems`.
 */
import type { ClassMethod } from './geo';
import type { Vintage } from './metrics';
import { list, oneOf, optional, readQuery, upper, writeQuery } from '$lib/state/query';

export interface ExplorerState {
	metric: string;
	vintage: Vintage;
	method: ClassMethod;
	/** Selected state's USPS code, or null. */
	state: string | null;
	/** Up to four USPS codes to compare. */
	compare: string[];
}

export const MAX_COMPARE = 4;

function explorerSpec(known: { metrics: readonly string[]; states: readonly string[] }) {
	const state = oneOf(known.states, 'a state', upper);
	return {
		metric: oneOf(known.metrics, 'a map metric'),
		vintage: oneOf<Vintage>(['2024', '2025'], 'a year with data (2024 or 2025)'),
		method: oneOf<ClassMethod>(['quantile', 'equal'], 'a classing method (quantile or equal)'),
		state: optional(state),
		compare: list(state, MAX_COMPARE)
	};
}

/**
 * Reads a link: upper-cases state codes, merges repeated ones and keeps at most four to compare.
 *
 * Worked example: "compare=tx,ZZ" → compare ['TX'], problems ['compare: ZZ is not a state'].
 */
export function readExplorerState(
	params: URLSearchParams,
	known: { metrics: readonly string[]; states: readonly string[] },
	defaults: ExplorerState
): ExplorerState & { problems: string[] } {
	const r = readQuery(params, explorerSpec(known), defaults);
	return { ...r.values, problems: r.problems };
}

/** Query string for a state, leaving out values equal to the defaults. */
export function writeExplorerState(s: ExplorerState, defaults: ExplorerState): string {
	// Writing does not consult the lists of known values.
	return writeQuery(explorerSpec({ metrics: [], states: [] }), s, defaults);
}
