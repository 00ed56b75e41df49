/**
 * Versioned browser storage, without runes (so it can be unit-tested with a fake Storage).
 *
 * Each value lives under `mmt:<name>:v<version>` as JSON. Loading:
 * 1. the current key; if absent, the newest older version, migrated step by step (v1 → v2 → …)
 *    and written under the current key (the old key is left untouched, as a way back);
 * 2. a value that is not valid JSON, or fails validation, is reported, copied to
 *    `mmt:<name>:corrupt:<time>` so nothing is lost, and replaced by the initial value; other
 *    keys are never touched.
 * Saving reports quota and other storage errors instead of throwing them away.
 */

export interface StoreSpec<T> {
	/** Short name, e.g. "checklist". */
	name: string;
	/** Current schema version, an integer ≥ 1. */
	version: number;
	initial: () => T;
	/** Returns the value if it has the current shape, or null. */
	validate: (value: unknown) => T | null;
	/** migrations[n] turns a version-n value into a version-(n + 1) value. */
	migrations?: Record<number, (old: unknown) => unknown>;
	/** Told to the user once, when a value of an older version was migrated (and saved). */
	migrationNotice?: string;
}

export type LoadResult<T> = {
	value: T;
	/** A problem the user should be told about, or null. */
	problem: string | null;
	/** Where a value came from. */
	from: 'current' | 'migrated' | 'initial';
};

export const storageKey = (name: string, version: number) => `mmt:${name}:v${version}`;

export function loadValue<T>(
	storage: Storage,
	spec: StoreSpec<T>,
	now = Date.now()
): LoadResult<T> {
	const key = storageKey(spec.name, spec.version);
	let raw = storage.getItem(key);
	let found = spec.version;
	if (raw === null) {
		for (let v = spec.version - 1; v >= 1; v--) {
			raw = storage.getItem(storageKey(spec.name, v));
			if (raw !== null) {
				found = v;
				break;
			}
		}
	}
	if (raw === null) return { value: spec.initial(), problem: null, from: 'initial' };

	const keep = (why: string): LoadResult<T> => {
		const backup = `mmt:${spec.name}:corrupt:${now}`;
		try {
			storage.setItem(backup, raw!);
		} catch {
			// Storage full: the original key still holds the text, since we do not overwrite it.
		}
		return {
			value: spec.initial(),
			problem: `Your saved ${spec.name} could not be read (${why}). It was kept under "${backup}" and a fresh copy started; nothing else was changed.`,
			from: 'initial'
		};
	};

	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return keep('not valid JSON');
	}
	let migrated = parsed;
	for (let v = found; v < spec.version; v++) {
		const step = spec.migrations?.[v];
		if (!step) return keep(`no migration from version ${v}`);
		try {
			migrated = step(migrated);
		} catch (e) {
			return keep(`migration from version ${v} failed: ${(e as Error).message}`);
		}
	}
	const value = spec.validate(migrated);
	if (value === null) return keep('unexpected shape');
	if (found !== spec.version) {
		const problem = saveValue(storage, spec, value);
		return { value, problem: problem ?? spec.migrationNotice ?? null, from: 'migrated' };
	}
	return { value, problem: null, from: 'current' };
}

/** Write a value; returns a message for the user when the browser refuses, else null. */
export function saveValue<T>(storage: Storage, spec: StoreSpec<T>, value: T): string | null {
	try {
		storage.setItem(storageKey(spec.name, spec.version), JSON.stringify(value));
		return null;
	} catch (e) {
		const name = (e as { name?: string }).name ?? '';
		if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
			return `Your ${spec.name} could not be saved: the browser's storage for this site is full. Export it as CSV to keep a copy, or delete saved items you no longer need.`;
		}
		return `Your ${spec.name} could not be saved (${(e as Error).message}).`;
	}
}
