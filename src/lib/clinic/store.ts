/**
 * Saved clinic scenarios, kept in the browser under `mmt:clinic-scenarios:v2` (versioned by
 * `$lib/state/storage`). The list operations are pure and never overwrite silently: saving or
 * renaming onto an existing name returns a conflict for the page to ask about.
 *
 * @module
 */
import { CLINIC_NUMBER_FIELDS, PAYER_LINES, payerField } from '$lib/finance';
import type { StoreSpec } from '$lib/state/storage';
import { NATIONAL, WAGE_PERCENTILES, type Scenario } from './scenario';

export interface SavedScenario {
	name: string;
	/** ISO 8601 time it was saved. */
	savedAt: string;
	scenario: Scenario;
}

/** Longest name accepted. */
export const MAX_NAME_LENGTH = 60;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** True when `x` has the shape of a saved scenario (field texts are checked when loaded). */
export function isSavedScenario(x: unknown): x is SavedScenario {
	if (!isObject(x) || typeof x.name !== 'string' || typeof x.savedAt !== 'string') return false;
	if (Number.isNaN(Date.parse(x.savedAt))) return false;
	if (nameProblem(x.name) !== null) return false;
	const s = x.scenario;
	if (!isObject(s) || typeof s.state !== 'string') return false;
	if (!(s.state === NATIONAL || /^[A-Z]{2}$/.test(s.state))) return false;
	if (!([...WAGE_PERCENTILES, 'custom'] as unknown[]).includes(s.wageChoice)) return false;
	if (s.payModel !== 'wage' && s.payModel !== 'commission') return false;
	const f = s.fields;
	return isObject(f) && CLINIC_NUMBER_FIELDS.every((k) => typeof f[k] === 'string');
}

/** Fields of scenarios saved before the payer lines, and the private-plan fields they became. */
const LEGACY_FIELDS: Readonly<Record<string, string>> = {
	insuranceShare: 'privateShare',
	allowedPerUnitUsd: 'privateAllowedUsd',
	denialRate: 'privateDenialRate',
	daysToPayment: 'privateDaysToPayment'
};

/**
 * Version 1 → 2: the single insurance payer became the private-plan line; the other payer
 * lines take no sessions (so the saved shares still add up) and their other fields take the
 * national defaults in `fields`.
 */
export function migrateClinicV1(old: unknown, fields: Record<string, string>): unknown {
	if (!Array.isArray(old)) return old;
	return old.map((item) => {
		if (!isObject(item) || !isObject(item.scenario) || !isObject(item.scenario.fields)) return item;
		const next: Record<string, unknown> = { ...fields };
		for (const line of PAYER_LINES) next[payerField(line, 'Share')] = '0';
		next.privatePerVisit = '0';
		for (const [k, v] of Object.entries(item.scenario.fields)) next[LEGACY_FIELDS[k] ?? k] = v;
		return { ...item, scenario: { ...item.scenario, fields: next } };
	});
}

/**
 * Saved clinic scenarios, version 2 (payer lines). `defaultFields` are the national default
 * texts that version-1 scenarios lack.
 */
export function clinicScenarioStore(
	defaultFields: Record<string, string>
): StoreSpec<SavedScenario[]> {
	return {
		name: 'clinic-scenarios',
		version: 2,
		initial: () => [],
		validate: (x) =>
			Array.isArray(x) &&
			x.every(isSavedScenario) &&
			new Set(x.map((s) => s.name)).size === x.length
				? x
				: null,
		migrations: { 1: (old) => migrateClinicV1(old, defaultFields) },
		migrationNotice:
			'Your saved clinic scenarios were made before the payer lines: each one’s insurance payer is now its “Private health plans” line and the other payers take no sessions. Load them to check.'
	};
}

/** Why a name cannot be used, or null. */
export function nameProblem(name: string): string | null {
	const t = name.trim();
	if (t === '') return 'Give the scenario a name.';
	if (t.length > MAX_NAME_LENGTH) return `Use at most ${MAX_NAME_LENGTH} characters.`;
	return null;
}

export type ListChange =
	| { ok: true; list: SavedScenario[] }
	| { ok: false; conflict: string }
	| { ok: false; problem: string };

/**
 * Adds a scenario, or replaces one of the same name only when `overwrite` is true.
 *
 * Worked example: saving "Austin" when "Austin" exists → { ok: false, conflict: 'Austin' };
 * again with overwrite → the list with the new "Austin" in the old one's place.
 */
export function saveScenario(
	list: readonly SavedScenario[],
	entry: SavedScenario,
	overwrite = false
): ListChange {
	const name = entry.name.trim();
	const problem = nameProblem(name);
	if (problem) return { ok: false, problem };
	const at = list.findIndex((s) => s.name === name);
	const next = { ...entry, name };
	if (at < 0) return { ok: true, list: [...list, next] };
	if (!overwrite) return { ok: false, conflict: name };
	return { ok: true, list: list.map((s, i) => (i === at ? next : s)) };
}

/**
 * Renames a scenario. Onto another existing name only with `overwrite` (that one is replaced).
 *
 * Worked example: rename "A" → "B" when "B" exists → { ok: false, conflict: 'B' }.
 */
export function renameScenario(
	list: readonly SavedScenario[],
	from: string,
	to: string,
	overwrite = false
): ListChange {
	const name = to.trim();
	const problem = nameProblem(name);
	if (problem) return { ok: false, problem };
	const source = list.find((s) => s.name === from);
	if (!source) return { ok: false, problem: `No saved scenario is called “${from}”.` };
	if (name === from) return { ok: true, list: [...list] };
	const clash = list.some((s) => s.name === name);
	if (clash && !overwrite) return { ok: false, conflict: name };
	return {
		ok: true,
		list: list.filter((s) => s.name !== name).map((s) => (s.name === from ? { ...s, name } : s))
	};
}

/** The list without the named scenario. */
export function deleteScenario(list: readonly SavedScenario[], name: string): SavedScenario[] {
	return list.filter((s) => s.name !== name);
}
