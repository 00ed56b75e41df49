/**
 * The user's own programs as CSV: export, import with validation (every problem names its
 * row and column), and an import plan that lists what would be added or changed before
 * anything is saved. Same column names as the bundled `certification-programs` file, so a
 * spreadsheet of either reads the same way.
 */
import { parseRecords, toCsv, validateCsv } from '$lib/data/csv';
import type { DatasetSchema, ValidationIssue } from '$lib/data/types';
import { programOf } from './rows';
import type { Program } from './types';

const ID = {
	pattern: /^[a-z0-9_]+$/,
	patternLabel: 'a lower-case id of letters, digits and _ (e.g. "my_course")'
} as const;

/** Only web addresses become links (never `javascript:` or `data:`). */
export const WEB_ADDRESS = {
	pattern: /^https?:\/\/\S+$/i,
	patternLabel: 'a web address starting with http:// or https://'
} as const;

/** Columns of an exported or imported programs file. */
export const programCsvSchema = {
	id: 'your-programs',
	allowExtraColumns: true,
	columns: [
		{ name: 'program_id', kind: 'text', required: true, ...ID },
		{ name: 'provider', kind: 'text', required: true },
		{ name: 'credential', kind: 'text', required: true },
		{ name: 'specialty', kind: 'text', required: true },
		{ name: 'total_hours', kind: 'number', min: 0 },
		{ name: 'hours_breakdown', kind: 'text' },
		{ name: 'cost_usd', kind: 'number', min: 0 },
		{ name: 'cost_note', kind: 'text' },
		{ name: 'format', kind: 'text' },
		{ name: 'duration', kind: 'text' },
		{ name: 'prerequisites', kind: 'text' },
		{ name: 'ce_credits', kind: 'text' },
		{ name: 'renewal', kind: 'text' },
		{ name: 'source', kind: 'text' },
		{ name: 'source_url', kind: 'text', ...WEB_ADDRESS },
		{ name: 'note', kind: 'text' }
	]
} as const satisfies DatasetSchema;

export const PROGRAM_CSV_COLUMNS: readonly string[] = programCsvSchema.columns.map((c) => c.name);

/** Program field of each CSV column. */
export const FIELD_OF = {
	program_id: 'id',
	provider: 'provider',
	credential: 'credential',
	specialty: 'specialty',
	total_hours: 'totalHours',
	hours_breakdown: 'hoursBreakdown',
	cost_usd: 'costUsd',
	cost_note: 'costNote',
	format: 'format',
	duration: 'duration',
	prerequisites: 'prerequisites',
	ce_credits: 'ceCredits',
	renewal: 'renewal',
	source: 'source',
	source_url: 'sourceUrl',
	note: 'note'
} as const satisfies Record<string, keyof Program>;

type Column = keyof typeof FIELD_OF;

/** CSV text of programs (formulas neutralised by `toCsv`; unknown numbers blank). */
export function programsToCsv(programs: readonly Program[]): string {
	const rows = programs.map((p) =>
		Object.fromEntries(
			(Object.keys(FIELD_OF) as Column[]).map((col) => [col, p[FIELD_OF[col]] ?? null])
		)
	);
	return toCsv(rows, PROGRAM_CSV_COLUMNS);
}

export type ImportResult =
	{ ok: true; programs: Program[] } | { ok: false; issues: ValidationIssue[] };

/**
 * Parse and check a programs file. Besides the column checks of `validateCsv`, an id may
 * appear only once in the file and may not be one of the bundled programs (`reservedIds`).
 */
export function parseProgramsCsv(
	fileName: string,
	text: string,
	reservedIds: ReadonlySet<string>
): ImportResult {
	const result = validateCsv(fileName, text, programCsvSchema);
	if (!result.ok && result.issues.some((i) => i.row === 0)) return result;
	const issues: ValidationIssue[] = result.ok ? [] : [...result.issues];
	const firstRow = new Map<string, number>();
	parseRecords(text).records.forEach((r, index) => {
		const row = index + 1;
		const id = (r.program_id ?? '').trim();
		if (id === '') return;
		const expected = (what: string) =>
			issues.push({ file: fileName, row, column: 'program_id', found: id, expected: what });
		if (reservedIds.has(id)) expected('an id that is not already a bundled program');
		else if (firstRow.has(id)) expected(`an id not already used on row ${firstRow.get(id)}`);
		else firstRow.set(id, row);
	});
	if (!result.ok || issues.length > 0) {
		return { ok: false, issues: issues.sort((a, b) => a.row - b.row) };
	}
	const programs = result.rows.map((r) => programOf(r, 'custom', null));
	return { ok: true, programs };
}

export interface ImportChange {
	before: Program;
	after: Program;
	/** CSV column names whose value differs. */
	columns: string[];
}

export interface ImportPlan {
	added: Program[];
	changed: ImportChange[];
	unchanged: Program[];
	/** Saved programs the file does not mention: they stay as they are. */
	keptCount: number;
}

/** What importing `incoming` into `saved` would do, without doing it. */
export function planImport(saved: readonly Program[], incoming: readonly Program[]): ImportPlan {
	const byId = new Map(saved.map((p) => [p.id, p]));
	const plan: ImportPlan = { added: [], changed: [], unchanged: [], keptCount: 0 };
	for (const next of incoming) {
		const before = byId.get(next.id);
		if (!before) {
			plan.added.push(next);
			continue;
		}
		const columns = (Object.keys(FIELD_OF) as Column[]).filter(
			(col) => (before[FIELD_OF[col]] ?? null) !== (next[FIELD_OF[col]] ?? null)
		);
		if (columns.length === 0) plan.unchanged.push(before);
		else plan.changed.push({ before, after: next, columns });
	}
	const mentioned = new Set(incoming.map((p) => p.id));
	plan.keptCount = saved.filter((p) => !mentioned.has(p.id)).length;
	return plan;
}

/** The saved list after an import: changed programs replaced in place, new ones appended. */
export function applyImport(saved: readonly Program[], plan: ImportPlan): Program[] {
	const replace = new Map(plan.changed.map((c) => [c.after.id, c.after]));
	return [...saved.map((p) => replace.get(p.id) ?? p), ...plan.added];
}
