/**
 * Saved income scenarios: the stored shape (versioned, validated on load), and the pure edits
 * the page makes. Nothing is ever replaced without the caller asking: a name clash returns
 * `{ ok: false, reason: 'exists' }` and the page asks before calling again with `overwrite`.
 *
 * @module
 */
import {
	assertFieldInRange,
	DRIVERS,
	INCOME_INPUT_FIELDS,
	validateIncomeInputs,
	type IncomeInputs
} from '$lib/finance';
import type { StoreSpec } from '$lib/state/storage';
import { LEGACY_DRIVERS, mapLegacyPayers } from './legacy';
import { copyBounds, type RangeBounds } from './ranges';

export interface SavedScenario {
	id: string;
	name: string;
	/** ISO 8601 time of the last save. */
	savedAt: string;
	inputs: IncomeInputs;
	ranges: RangeBounds;
	state: string | null;
}

export interface ScenarioBook {
	scenarios: SavedScenario[];
}

/** Longest scenario name, in characters. */
export const MAX_NAME_LENGTH = 60;

function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function validInputs(x: unknown): IncomeInputs | null {
	if (!isRecord(x)) return null;
	const inputs = {} as IncomeInputs;
	try {
		for (const k of INCOME_INPUT_FIELDS) {
			assertFieldInRange(k, x[k]);
			inputs[k] = x[k] as number;
		}
		validateIncomeInputs(inputs);
	} catch {
		return null;
	}
	return inputs;
}

function validBounds(x: unknown): RangeBounds | null {
	if (!isRecord(x)) return null;
	const bounds = {} as RangeBounds;
	for (const d of DRIVERS) {
		const b = x[d];
		if (!isRecord(b)) return null;
		try {
			assertFieldInRange(d, b.low);
			assertFieldInRange(d, b.high);
		} catch {
			return null;
		}
		if ((b.low as number) > (b.high as number)) return null;
		bounds[d] = { low: b.low as number, high: b.high as number };
	}
	return bounds;
}

function validScenario(x: unknown): SavedScenario | null {
	if (!isRecord(x)) return null;
	const { id, name, savedAt, state } = x;
	if (typeof id !== 'string' || id === '') return null;
	if (typeof name !== 'string' || normaliseName(name) !== name || name === '') return null;
	if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
	if (!(state === null || (typeof state === 'string' && /^[A-Z]{2}$/.test(state)))) return null;
	const inputs = validInputs(x.inputs);
	const ranges = validBounds(x.ranges);
	if (!inputs || !ranges) return null;
	return { id, name, savedAt, inputs, ranges, state };
}

/**
 * The stored book's shape, or null (then storage.ts keeps the text under a backup key and
 * starts afresh, telling the user). Names must be unique, ignoring case.
 */
export function validateBook(x: unknown): ScenarioBook | null {
	if (!isRecord(x) || !Array.isArray(x.scenarios)) return null;
	const scenarios: SavedScenario[] = [];
	const names = new Set<string>();
	for (const item of x.scenarios) {
		const s = validScenario(item);
		if (!s || names.has(s.name.toLowerCase())) return null;
		names.add(s.name.toLowerCase());
		scenarios.push(s);
	}
	return { scenarios };
}

/**
 * Version 1 → 2: the single insurance payer became the private-plan line ({@link mapLegacyPayers});
 * fields and ranges that version 1 did not have take the national defaults.
 */
export function migrateBookV1(
	old: unknown,
	defaults: Omit<ScenarioContent, 'name' | 'state'>
): unknown {
	if (!isRecord(old) || !Array.isArray(old.scenarios)) return old;
	return {
		scenarios: old.scenarios.map((item) => {
			if (!isRecord(item) || !isRecord(item.inputs)) return item;
			const mapped = mapLegacyPayers(item.inputs, 'A saved scenario')?.record ?? item.inputs;
			const ranges = isRecord(item.ranges) ? { ...item.ranges } : {};
			for (const [from, to] of Object.entries(LEGACY_DRIVERS)) {
				if (from in ranges) {
					ranges[to] = ranges[from];
					delete ranges[from];
				}
			}
			return {
				...item,
				inputs: { ...defaults.inputs, ...mapped },
				ranges: { ...copyBounds(defaults.ranges), ...ranges }
			};
		})
	};
}

/**
 * localStorage spec: key `mmt:income-scenarios:v2`. Version 2 has the payer lines and the tax
 * fields; version-1 books are migrated (and the user is told once). When IncomeInputs gains a
 * field, bump the version and add a migration that fills it with its default.
 */
export function scenarioStore(
	defaults: Omit<ScenarioContent, 'name' | 'state'>
): StoreSpec<ScenarioBook> {
	return {
		name: 'income-scenarios',
		version: 2,
		initial: () => ({ scenarios: [] }),
		validate: validateBook,
		migrations: { 1: (old) => migrateBookV1(old, defaults) },
		migrationNotice:
			'Your saved scenarios were made before the payer lines: each one’s single insurance payer is now its “Private health plans” line, and the other payers and the tax settings start from their defaults. Open them to check.'
	};
}

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

export function findByName(book: ScenarioBook, name: string): SavedScenario | undefined {
	const n = normaliseName(name).toLowerCase();
	return book.scenarios.find((s) => s.name.toLowerCase() === n);
}

export type EditResult =
	| { ok: true; book: ScenarioBook; id: string }
	| { ok: false; reason: 'exists'; existing: SavedScenario }
	| { ok: false; reason: 'invalid'; message: string };

export interface ScenarioContent {
	name: string;
	inputs: IncomeInputs;
	ranges: RangeBounds;
	state: string | null;
}

/**
 * Saves the content under its name. A new name adds a scenario with `id`; an existing name is
 * refused unless `overwrite` is true, in which case that scenario keeps its id and takes the
 * new content.
 */
export function saveScenario(
	book: ScenarioBook,
	content: ScenarioContent,
	options: { id: string; now: string; overwrite?: boolean }
): EditResult {
	const problem = nameProblem(content.name);
	if (problem) return { ok: false, reason: 'invalid', message: problem };
	const name = normaliseName(content.name);
	const existing = findByName(book, name);
	const saved: SavedScenario = {
		id: existing?.id ?? options.id,
		name,
		savedAt: options.now,
		inputs: { ...content.inputs },
		ranges: copyBounds(content.ranges),
		state: content.state
	};
	if (existing && !options.overwrite) return { ok: false, reason: 'exists', existing };
	const scenarios = existing
		? book.scenarios.map((s) => (s.id === existing.id ? saved : s))
		: [...book.scenarios, saved];
	return { ok: true, book: { scenarios }, id: saved.id };
}

/**
 * Renames a scenario. A name used by another scenario is refused unless `overwrite` is true,
 * in which case that other scenario is removed (the caller has asked the user).
 */
export function renameScenario(
	book: ScenarioBook,
	id: string,
	newName: string,
	options: { overwrite?: boolean } = {}
): EditResult {
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
export function deleteScenario(book: ScenarioBook, id: string): ScenarioBook {
	return { scenarios: book.scenarios.filter((s) => s.id !== id) };
}
