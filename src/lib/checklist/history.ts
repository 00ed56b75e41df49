/**
 * Changes to the checklist as data, so every change can be previewed and undone.
 *
 * A change records a step's state before and after. Undo puts back the "before" state, but only
 * for steps that still hold the "after" state: a step changed since (for example in another tab)
 * is left alone and reported, so undo never overwrites newer work silently.
 */
import { sameState, stepState, withStep, type ChecklistData, type StepState } from './types';

export interface StepChange {
	stepId: string;
	before: StepState;
	after: StepState;
}

export interface HistoryEntry {
	/** What the change was, e.g. "Import of 5 steps" or "Status of “Get an NPI…”". */
	label: string;
	changes: StepChange[];
}

/** Most entries kept for undo. */
export const HISTORY_LIMIT = 50;

/** Apply changes (their "after" states) to the data. */
export function applyChanges(data: ChecklistData, changes: readonly StepChange[]): ChecklistData {
	let next = data;
	for (const c of changes) next = withStep(next, c.stepId, c.after);
	return next;
}

/** The change that sets one step to `after`, or null when nothing would change. */
export function changeStep(
	data: ChecklistData,
	stepId: string,
	patch: Partial<StepState>
): StepChange | null {
	const before = stepState(data, stepId);
	const after = { ...before, ...patch };
	return sameState(before, after) ? null : { stepId, before: { ...before }, after };
}

/** Add an entry on top of the stack (oldest entries dropped past the limit). */
export function pushHistory(
	stack: readonly HistoryEntry[],
	entry: HistoryEntry,
	limit = HISTORY_LIMIT
): HistoryEntry[] {
	return [...stack, entry].slice(-limit);
}

/**
 * Undo the newest entry. Returns the new data and stack, the entry undone, and the ids of steps
 * left alone because they changed after the entry was made.
 */
export function undo(
	data: ChecklistData,
	stack: readonly HistoryEntry[]
): {
	data: ChecklistData;
	stack: HistoryEntry[];
	undone: HistoryEntry | null;
	skipped: string[];
} {
	const entry = stack.at(-1);
	if (!entry) return { data, stack: [], undone: null, skipped: [] };
	let next = data;
	const skipped: string[] = [];
	for (const c of entry.changes) {
		if (sameState(stepState(next, c.stepId), c.after)) next = withStep(next, c.stepId, c.before);
		else skipped.push(c.stepId);
	}
	return { data: next, stack: stack.slice(0, -1), undone: entry, skipped };
}
