/**
 * Saved income scenarios: what a scenario holds (the inputs, the uncertainty ranges and the
 * state), how a stored one is checked, and the migration of version-1 books. The list itself
 * (save, rename, delete, CSV) is the calculator kit's ($lib/kit/scenarios).
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
import { bookStore, isRecord, type Book } from '$lib/kit/scenarios';
import type { StoreSpec } from '$lib/state/storage';
import { LEGACY_DRIVERS, mapLegacyPayers } from './legacy';
import { copyBounds, type RangeBounds } from './ranges';

/** What an income scenario holds. */
export interface ScenarioContent {
	inputs: IncomeInputs;
	ranges: RangeBounds;
	/** USPS code of the chosen state, or null. */
	state: string | null;
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

/** A stored scenario's content, or null when any part is missing or impossible. */
export function validContent(x: unknown): ScenarioContent | null {
	if (!isRecord(x)) return null;
	const { state } = x;
	if (!(state === null || (typeof state === 'string' && /^[A-Z]{2}$/.test(state)))) return null;
	const inputs = validInputs(x.inputs);
	const ranges = validBounds(x.ranges);
	return inputs && ranges ? { inputs, ranges, state } : null;
}

/**
 * Version 1 → 2: each scenario's inputs, ranges and state move into `content`; the single
 * insurance payer becomes the private-plan line ({@link mapLegacyPayers}); fields and ranges
 * that version 1 did not have take the national defaults.
 */
export function migrateBookV1(old: unknown, defaults: Omit<ScenarioContent, 'state'>): unknown {
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
				id: item.id,
				name: item.name,
				savedAt: item.savedAt,
				content: {
					inputs: { ...defaults.inputs, ...mapped },
					ranges: { ...copyBounds(defaults.ranges), ...ranges },
					state: item.state ?? null
				}
			};
		})
	};
}

/**
 * localStorage spec: key `mmt:income-scenarios:v2`: the kit's book of {@link ScenarioContent};
 * version-1 books are migrated (and the user is told once). When IncomeInputs gains a field,
 * bump the version and add a migration that fills it with its default.
 */
export function scenarioStore(
	defaults: Omit<ScenarioContent, 'state'>
): StoreSpec<Book<ScenarioContent>> {
	return bookStore({
		name: 'income-scenarios',
		version: 2,
		validContent,
		migrations: { 1: (old) => migrateBookV1(old, defaults) },
		migrationNotice:
			'Your saved scenarios were made before the payer lines: each one’s single insurance payer is now its “Private health plans” line, and the other payers and the tax settings start from their defaults. Open them to check.'
	});
}
