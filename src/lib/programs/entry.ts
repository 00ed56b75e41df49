/**
 * Entry-level (licensure) programs against the minimum training hours of the state each school
 * is in, from the `state-licensing` facts. Pure; the minimum is `classifyStates`' reading (the
 * highest minimum the sources give, since a newer rule has usually raised it).
 */
import { classifyStates, type HoursFact, type StateHours } from './licensing';

export type EntryHoursStatus = 'meets' | 'below' | 'unknown';

export interface EntryStateCheck {
	status: EntryHoursStatus;
	/** The state's minimum the hours are compared with; null = none to compare with. */
	minHours: number | null;
	/** Every distinct minimum the sources give for the state, ascending. */
	allMinimums: number[];
	/** Why the status is unknown, in words (empty when it is known). */
	reason: string;
}

/**
 * Whether a program's clock hours reach its own state's minimum: `below` when they are fewer,
 * `meets` when they are at least the minimum, `unknown` when the hours are not published, the
 * row names no state, the state has no statewide licence or no minimum was found.
 *
 * @example ownStateCheck(550, Colorado with minimums {500, 650}) → { status: 'below', minHours: 650, … }
 */
export function ownStateCheck(
	hours: number | null,
	state: StateHours | undefined
): EntryStateCheck {
	if (!state)
		return { status: 'unknown', minHours: null, allMinimums: [], reason: 'no single US state' };
	const base = { minHours: state.minHours, allMinimums: state.allMinimums };
	if (state.minHours === null) return { ...base, status: 'unknown', reason: state.reason };
	if (hours === null) return { ...base, status: 'unknown', reason: 'clock hours not published' };
	return { ...base, status: hours >= state.minHours ? 'meets' : 'below', reason: '' };
}

/**
 * `ownStateCheck` for every row, reading each row's state from the licensing facts once.
 * Rows whose `state` is not a state in `states` (e.g. "US" or "n/a") are `unknown`.
 */
export function ownStateChecks(
	rows: readonly { state: string; hours: number | null }[],
	states: readonly { abbr: string; name: string }[],
	facts: readonly HoursFact[]
): EntryStateCheck[] {
	const byAbbr = new Map(classifyStates(states, facts, 0).map((s) => [s.abbr, s]));
	return rows.map((r) => ownStateCheck(r.hours, byAbbr.get(r.state)));
}
