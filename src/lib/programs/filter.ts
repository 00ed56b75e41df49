/**
 * Filter and sort the program list. A limit on cost or hours cannot say whether a program
 * with an unpublished figure passes, so such programs are hidden while the limit is set and
 * counted, so the page can say how many were hidden and why.
 */
import { compareText } from '$lib/text';
import { sortRows } from '$lib/components/table';
import type { ProgramView } from './cost';
import type { FormatKind } from './quality';

export interface ProgramFilter {
	/** Format classes to keep; empty = all. */
	formats: FormatKind[];
	/** Specialty to keep; '' = all. */
	specialty: string;
	/** Highest cost, USD; null = no limit. */
	maxCostUsd: number | null;
	/** Most hours; null = no limit. */
	maxHours: number | null;
}

export const NO_FILTER: ProgramFilter = {
	formats: [],
	specialty: '',
	maxCostUsd: null,
	maxHours: null
};

export interface FilterResult {
	shown: ProgramView[];
	/** Programs hidden only because their cost (or hours) is not published while a limit is set. */
	hiddenUnknownCost: number;
	hiddenUnknownHours: number;
}

/**
 * @example maxCostUsd 1000 keeps $797 and $965, drops $3,000, and counts the programs with no
 *   published cost in `hiddenUnknownCost`.
 */
export function filterPrograms(programs: readonly ProgramView[], f: ProgramFilter): FilterResult {
	let hiddenUnknownCost = 0;
	let hiddenUnknownHours = 0;
	const shown = programs.filter((p) => {
		if (f.formats.length > 0 && !f.formats.includes(p.formatKind)) return false;
		if (f.specialty !== '' && p.specialty !== f.specialty) return false;
		let unknown = false;
		if (f.maxCostUsd !== null) {
			if (p.cost === null) unknown = true;
			else if (p.cost > f.maxCostUsd) return false;
		}
		if (f.maxHours !== null) {
			if (p.hours === null) unknown = true;
			else if (p.hours > f.maxHours) return false;
		}
		if (unknown) {
			if (f.maxCostUsd !== null && p.cost === null) hiddenUnknownCost++;
			else hiddenUnknownHours++;
			return false;
		}
		return true;
	});
	return { shown, hiddenUnknownCost, hiddenUnknownHours };
}

export type SortKey = 'credential' | 'specialty' | 'hours' | 'cost' | 'costPerHour';

/** Sort by a column; programs with the figure not published always go last. */
export function sortPrograms(
	programs: readonly ProgramView[],
	key: SortKey,
	dir: 'asc' | 'desc'
): ProgramView[] {
	return sortRows(programs, key, dir);
}

/** Distinct specialties, alphabetical. */
export function specialties(programs: readonly { specialty: string }[]): string[] {
	return [...new Set(programs.map((p) => p.specialty))].sort(compareText);
}
