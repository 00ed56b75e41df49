/**
 * The planner's shareable state in the query string: the user's state, the training hours
 * asked about, the programs compared and the program in the calculator. Pure; every value is
 * checked against what exists, and unknown values are dropped.
 */

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

export function readPlannerState(
	params: URLSearchParams,
	known: { states: readonly string[]; programs: readonly string[] }
): PlannerState {
	const state = params.get('state')?.toUpperCase() ?? null;
	const hoursText = params.get('hours');
	const hours = hoursText !== null && /^\d{1,5}$/.test(hoursText) ? Number(hoursText) : null;
	const compare = (params.get('compare') ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter((s, i, all) => known.programs.includes(s) && all.indexOf(s) === i)
		.slice(0, MAX_COMPARE);
	const program = params.get('program');
	return {
		state: state && known.states.includes(state) ? state : null,
		hours,
		compare,
		program: program && known.programs.includes(program) ? program : null
	};
}

/** Query string for a state ("" when everything is at its default). */
export function writePlannerState(s: PlannerState): string {
	const p = new URLSearchParams();
	if (s.state) p.set('state', s.state);
	if (s.hours !== null) p.set('hours', String(s.hours));
	if (s.compare.length > 0) p.set('compare', s.compare.join(','));
	if (s.program) p.set('program', s.program);
	const q = p.toString().replaceAll('%2C', ',');
	return q ? `?${q}` : '';
}
