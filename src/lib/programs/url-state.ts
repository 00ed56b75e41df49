/**
 * The planner's shareable state in the query string: the user's state, the training hours
 * asked about, the programs compared and the program in the calculator. Pure, through the one
 * query parser (`$lib/state/query`): every value is checked against what exists; one that
 * cannot be used is left out and reported in `problems`.
 */
import { list, number, oneOf, optional, readQuery, upper, writeQuery } from '$lib/state/query';

export interface PlannerState {
	/** USPS code of the user's state, or null. */
	state: string | null;
	/** "With N training hours": N, or null for the default. */
	hours: number | null;
	/** Program ids to compare, at most `MAX_COMPARE`. */
	compare: string[];
	/** Program in the cost calculator, or null. */
	program: string | null;
}

export const MAX_COMPARE = 4;

function plannerSpec(known: { states: readonly string[]; programs: readonly string[] }) {
	const program = oneOf(known.programs, 'a program on this page');
	return {
		state: optional(oneOf(known.states, 'a state', upper)),
		hours: optional(number({ min: 0, max: 99_999, integer: true })),
		compare: list(program, MAX_COMPARE),
		program: optional(program)
	};
}

const NONE: PlannerState = { state: null, hours: null, compare: [], program: null };

/** Worked example: "program=foo" → program null, problems ['program: foo is not a program on this page']. */
export function readPlannerState(
	params: URLSearchParams,
	known: { states: readonly string[]; programs: readonly string[] }
): PlannerState & { problems: string[] } {
	const r = readQuery(params, plannerSpec(known), NONE);
	return { ...r.values, problems: r.problems };
}

/** Query string for a state ("" when everything is at its default). */
export function writePlannerState(s: PlannerState): string {
	// Writing does not consult the lists of known values.
	return writeQuery(plannerSpec({ states: [], programs: [] }), s);
}
