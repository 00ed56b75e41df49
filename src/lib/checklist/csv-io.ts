/**
 * Export the checklist as CSV and import it back, with validation and a preview.
 *
 * The export has one row per step: `step_id, phase, title, status, due_date, your_cost_usd,
 * notes`. Status is written in words ("to do", "doing", "done", "not for me"). Import reads the
 * same file (phase and title are for people and are ignored), checks every cell with the shared
 * validator (`validateCsv`) plus the checklist's own rules, and returns either every problem —
 * naming the row and column — or the list of changes for the user to confirm. Nothing is applied
 * here: the page shows the preview, applies on confirmation, and can undo it.
 */
import { toCsv, validateCsv } from '$lib/data/csv';
import { usdHourly } from '$lib/format';
import type { DatasetSchema, ValidationIssue } from '$lib/data/types';
import type { StepChange } from './history';
import { MAX_NOTES_LENGTH, isIsoDate } from './store';
import {
	PHASE_LABEL,
	STATUSES,
	STATUS_LABEL,
	sameState,
	stepState,
	type ChecklistData,
	type StatusId,
	type Step,
	type StepState
} from './types';

export const EXPORT_COLUMNS = [
	'step_id',
	'phase',
	'title',
	'status',
	'due_date',
	'your_cost_usd',
	'notes'
] as const;

/** The columns an import must have; `phase` and `title` may be present and are ignored. */
export const importSchema = {
	id: 'checklist-import',
	allowExtraColumns: true,
	columns: [
		{ name: 'step_id', kind: 'text', required: true },
		{ name: 'status', kind: 'text', required: true },
		{
			name: 'due_date',
			kind: 'text',
			pattern: /^\d{4}-\d{2}-\d{2}$/,
			patternLabel: 'a date written YYYY-MM-DD, or blank'
		},
		{ name: 'your_cost_usd', kind: 'number', min: 0 },
		{ name: 'notes', kind: 'text' }
	]
} as const satisfies DatasetSchema;

/** The checklist as CSV text (spreadsheet formulas neutralised by `toCsv`). */
export function exportChecklistCsv(steps: readonly Step[], data: ChecklistData): string {
	const rows = [...steps]
		.sort((a, b) => a.order - b.order)
		.map((s) => {
			const st = stepState(data, s.id);
			return {
				step_id: s.id,
				phase: PHASE_LABEL[s.phase],
				title: s.title,
				status: STATUS_LABEL[st.status],
				due_date: st.due,
				your_cost_usd: st.costUsd,
				notes: st.notes === '' ? null : st.notes
			};
		});
	return toCsv(rows, EXPORT_COLUMNS);
}

/** Words accepted for each status (case and extra spaces ignored). */
const STATUS_WORDS: Record<string, StatusId> = {
	...Object.fromEntries(STATUSES.flatMap((s) => [[s.id, s.id] as const, [s.label, s.id] as const])),
	'not applicable': 'skip'
};

export function parseStatus(text: string): StatusId | null {
	return STATUS_WORDS[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/**
 * `toCsv` writes a leading `'` before text a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@`); take it off again so notes survive a round trip.
 */
export function unneutralise(text: string): string {
	return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** One field that an import changes, in words for the preview. */
export interface FieldDiff {
	field: 'status' | 'due date' | 'your cost' | 'notes';
	from: string;
	to: string;
}

export interface ImportChange extends StepChange {
	title: string;
	diffs: FieldDiff[];
}

export type ImportResult =
	| {
			ok: true;
			changes: ImportChange[];
			/** Rows that match what is saved already. */
			unchanged: number;
			/** Steps of the checklist the file does not mention; they are left as they are. */
			notInFile: number;
	  }
	| { ok: false; issues: ValidationIssue[] };

const show = {
	date: (d: string | null) => d ?? 'none',
	cost: (c: number | null) => (c === null ? 'none' : usdHourly(c)),
	notes: (n: string) => (n === '' ? 'none' : n)
};

function diffsOf(before: StepState, after: StepState): FieldDiff[] {
	const d: FieldDiff[] = [];
	if (before.status !== after.status)
		d.push({ field: 'status', from: STATUS_LABEL[before.status], to: STATUS_LABEL[after.status] });
	if (before.due !== after.due)
		d.push({ field: 'due date', from: show.date(before.due), to: show.date(after.due) });
	if (before.costUsd !== after.costUsd)
		d.push({ field: 'your cost', from: show.cost(before.costUsd), to: show.cost(after.costUsd) });
	if (before.notes !== after.notes)
		d.push({ field: 'notes', from: show.notes(before.notes), to: show.notes(after.notes) });
	return d;
}

/**
 * Validate an imported CSV against the checklist and compare it with what is saved.
 * Every problem is returned, each with its row (1 = first row after the header) and column.
 */
export function parseChecklistImport(
	fileName: string,
	text: string,
	steps: readonly Step[],
	data: ChecklistData
): ImportResult {
	const result = validateCsv(fileName, text, importSchema);
	if (!result.ok) return result;
	const byId = new Map(steps.map((s) => [s.id, s]));
	const issues: ValidationIssue[] = [];
	const seen = new Map<string, number>();
	const next = new Map<string, StepState>();
	result.rows.forEach((r, i) => {
		const row = i + 1;
		const issue = (column: string, found: string, expected: string) =>
			issues.push({ file: fileName, row, column, found, expected });
		const step = byId.get(r.step_id);
		if (!step)
			issue('step_id', r.step_id, 'the id of a step in this checklist, e.g. "billing-npi"');
		else if (seen.has(r.step_id))
			issue('step_id', r.step_id, `each step once (it is also on row ${seen.get(r.step_id)})`);
		const status = parseStatus(r.status);
		if (status === null) issue('status', r.status, 'to do, doing, done or not for me');
		if (r.due_date !== null && !isIsoDate(r.due_date))
			issue('due_date', r.due_date, 'a real calendar date written YYYY-MM-DD');
		const notes = unneutralise(r.notes ?? '');
		if (notes.length > MAX_NOTES_LENGTH)
			issue('notes', `${notes.length} characters`, `at most ${MAX_NOTES_LENGTH} characters`);
		if (!step || seen.has(r.step_id) || status === null) return;
		seen.set(r.step_id, row);
		next.set(r.step_id, { status, due: r.due_date, notes, costUsd: r.your_cost_usd });
	});
	if (issues.length > 0) return { ok: false, issues };

	const changes: ImportChange[] = [];
	let unchanged = 0;
	for (const step of [...steps].sort((a, b) => a.order - b.order)) {
		const after = next.get(step.id);
		if (!after) continue;
		const before = stepState(data, step.id);
		if (sameState(before, after)) unchanged++;
		else
			changes.push({
				stepId: step.id,
				title: step.title,
				before: { ...before },
				after,
				diffs: diffsOf(before, after)
			});
	}
	return { ok: true, changes, unchanged, notInFile: steps.length - next.size };
}
