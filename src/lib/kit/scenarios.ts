/**
 * The calculator kit's saved scenarios: a named, dated list of a page's contents kept in this
 * browser (versioned storage), and the pure edits the pages make. Nothing is ever replaced
 * without the caller asking: a name clash returns `{ ok: false, reason: 'exists' }` and the page
 * asks before calling again with `overwrite`. One module for /income and /clinic.
 *
 * @module
 */
import { toCsv } from '$lib/data/csv';
import type { StoreSpec } from '$lib/state/storage';

export interface Saved<T> {
	id: string;
	name: string;
	/** ISO 8601 time of the last save. */
	savedAt: string;
	content: T;
}

export interface Book<T> {
	scenarios: Saved<T>[];
}

/** Longest scenario name, in characters. */
export const MAX_NAME_LENGTH = 60;

export const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** Trims and collapses spaces: "  My   plan " → "My plan". */
export function normaliseName(name: string): string {
	return name.trim().replace(/\s+/g, ' ');
}

/** Why a name cannot be used, or null. */
export function nameProblem(name: string): string | null {
	const n = normaliseName(name);
	if (n === '') return 'Give the scenario a name.';
	if (n.length > MAX_NAME_LENGTH) return `Use at most ${MAX_NAME_LENGTH} characters.`;
	return null;
}

/** The scenario of that name, ignoring case and spaces. */
export function findByName<T>(book: Book<T>, name: string): Saved<T> | undefined {
	const n = normaliseName(name).toLowerCase();
	return book.scenarios.find((s) => s.name.toLowerCase() === n);
}

export type EditResult<T> =
	| { ok: true; book: Book<T>; id: string }
	| { ok: false; reason: 'exists'; existing: Saved<T> }
	| { ok: false; reason: 'invalid'; message: string };

/**
 * Saves the content under its name. A new name adds a scenario with `id`; an existing name is
 * refused unless `overwrite` is true, in which case that scenario keeps its id and takes the
 * new content.
 *
 * Worked example: saving "plan a" into a book with "Plan A" → { ok: false, reason: 'exists' };
 * again with overwrite → the book with Plan A's id holding the new content.
 */
export function saveScenario<T>(
	book: Book<T>,
	name: string,
	content: T,
	options: { id: string; now: string; overwrite?: boolean }
): EditResult<T> {
	const problem = nameProblem(name);
	if (problem) return { ok: false, reason: 'invalid', message: problem };
	const clean = normaliseName(name);
	const existing = findByName(book, clean);
	if (existing && !options.overwrite) return { ok: false, reason: 'exists', existing };
	const saved: Saved<T> = {
		id: existing?.id ?? options.id,
		name: clean,
		savedAt: options.now,
		content: structuredClone(content)
	};
	const scenarios = existing
		? book.scenarios.map((s) => (s.id === existing.id ? saved : s))
		: [...book.scenarios, saved];
	return { ok: true, book: { scenarios }, id: saved.id };
}

/**
 * Renames a scenario. A name used by another scenario is refused unless `overwrite` is true,
 * in which case that other scenario is removed (the caller has asked the user).
 */
export function renameScenario<T>(
	book: Book<T>,
	id: string,
	newName: string,
	options: { overwrite?: boolean } = {}
): EditResult<T> {
	const problem = nameProblem(newName);
	if (problem) return { ok: false, reason: 'invalid', message: problem };
	const name = normaliseName(newName);
	const other = findByName(book, name);
	if (other && other.id !== id && !options.overwrite) {
		return { ok: false, reason: 'exists', existing: other };
	}
	if (!book.scenarios.some((s) => s.id === id)) {
		return { ok: false, reason: 'invalid', message: 'That scenario no longer exists.' };
	}
	const scenarios = book.scenarios
		.filter((s) => !(other && other.id !== id && s.id === other.id))
		.map((s) => (s.id === id ? { ...s, name } : s));
	return { ok: true, book: { scenarios }, id };
}

/** The book without scenario `id` (Persisted keeps the previous book for undo). */
export function deleteScenario<T>(book: Book<T>, id: string): Book<T> {
	return { scenarios: book.scenarios.filter((s) => s.id !== id) };
}

/**
 * The stored book's shape, or null (then storage keeps the text aside and starts afresh,
 * telling the user). Names must be unique, ignoring case; each content must pass `validContent`.
 */
export function validateBook<T>(
	x: unknown,
	validContent: (c: unknown) => T | null
): Book<T> | null {
	if (!isRecord(x) || !Array.isArray(x.scenarios)) return null;
	const scenarios: Saved<T>[] = [];
	const names = new Set<string>();
	for (const item of x.scenarios) {
		if (!isRecord(item)) return null;
		const { id, name, savedAt } = item;
		if (typeof id !== 'string' || id === '') return null;
		if (typeof name !== 'string' || name === '' || normaliseName(name) !== name) return null;
		if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
		if (names.has(name.toLowerCase())) return null;
		const content = validContent(item.content);
		if (content === null) return null;
		names.add(name.toLowerCase());
		scenarios.push({ id, name, savedAt, content });
	}
	return { scenarios };
}

/** A localStorage spec for a book of scenarios (key `mmt:<name>:v<version>`). */
export function bookStore<T>(
	spec: Omit<StoreSpec<Book<T>>, 'initial' | 'validate'> & {
		validContent: (c: unknown) => T | null;
	}
): StoreSpec<Book<T>> {
	const { validContent, ...rest } = spec;
	return {
		...rest,
		initial: () => ({ scenarios: [] }),
		validate: (x) => validateBook(x, validContent)
	};
}

/** A fresh id for a new scenario. */
export function newScenarioId(): string {
	return typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `s-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** A comparison of scenarios: one column per scenario, one row per figure or input. */
export interface CompareTable {
	columns: string[];
	rows: { label: string; cells: string[] }[];
}

/**
 * Every saved scenario as a CSV row: name, saved at, then the page's own columns (raw values,
 * formulas neutralised by `toCsv`).
 *
 * Worked example: one scenario "Plan A" with { programCostUsd: 3000 } → "name,saved at,programCostUsd\nPlan A,…,3000".
 */
export function scenariosCsv<T>(
	book: Book<T>,
	columns: readonly { label: string; get: (c: T) => unknown }[]
): string {
	const labels = ['name', 'saved at', ...columns.map((c) => c.label)];
	const rows = book.scenarios.map((s) =>
		Object.fromEntries([
			['name', s.name],
			['saved at', s.savedAt],
			...columns.map((c) => [c.label, c.get(s.content)])
		])
	);
	return toCsv(rows, labels);
}
