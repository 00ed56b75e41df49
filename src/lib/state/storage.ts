/**
 * Versioned browser storage, without runes (so it can be unit-tested with a fake Storage).
 *
 * Each value lives under `mmt:<name>:v<version>` as JSON. Loading:
 * 1. the current key; if absent, the newest older version, migrated step by step (v1 → v2 → …)
 *    and written under the current key (the old key is left untouched, as a way back);
 * 2. a value that is not valid JSON, fails validation or cannot be migrated is reported, copied
 *    to `mmt:<name>:corrupt:<time>` (once: an identical copy already kept is reused) so nothing
 *    is lost, and replaced by the initial value; other keys are never touched. The text is also
 *    returned as `keptAside`, for the page to offer as a download next to the message (and
 *    when the browser has no room for the copy, the message says to download it now);
 * 3. a value saved only by a newer version of the app (`v<version + 1>` or later) is left
 *    as it is, reported and offered for download the same way; the page starts afresh.
 * A storage that cannot be read at all (blocked by the browser) is reported, never thrown.
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

/** A saved text that could not be used, kept for the user to download. */
export interface KeptAside {
	/** Where it is kept, e.g. `mmt:checklist:corrupt:1700000000000`. */
	key: string;
	/** Exactly what was stored. */
	text: string;
}

export type LoadResult<T> = {
	value: T;
	/** A problem the user should be told about, or null. */
	problem: string | null;
	/** Where a value came from. */
	from: 'current' | 'migrated' | 'initial';
	/** The text that could not be used, or null. */
	keptAside: KeptAside | null;
};

export const storageKey = (name: string, version: number) => `mmt:${name}:v${version}`;

/** Every key of a Storage; none when it cannot be listed. */
function keys(storage: Storage): string[] {
	const out: string[] = [];
	try {
		for (let i = 0; i < storage.length; i++) {
			const k = storage.key(i);
			if (k !== null) out.push(k);
		}
	} catch {
		// a storage that cannot be listed has nothing we can offer
	}
	return out;
}

/** The newest `mmt:<name>:v<n>` key with n above `version`, or null. */
function newerKey(storage: Storage, name: string, version: number): string | null {
	const prefix = `mmt:${name}:v`;
	let best: { key: string; v: number } | null = null;
	for (const k of keys(storage)) {
		const tail = k.slice(prefix.length);
		if (!k.startsWith(prefix) || !/^\d+$/.test(tail)) continue;
		const v = Number(tail);
		if (v > version && (!best || v > best.v)) best = { key: k, v };
	}
	return best?.key ?? null;
}

export function loadValue<T>(
	storage: Storage,
	spec: StoreSpec<T>,
	now = Date.now()
): LoadResult<T> {
	const fresh = (problem: string | null, keptAside: KeptAside | null = null): LoadResult<T> => ({
		value: spec.initial(),
		problem,
		from: 'initial',
		keptAside
	});
	const key = storageKey(spec.name, spec.version);
	let raw: string | null;
	let found = spec.version;
	try {
		raw = storage.getItem(key);
		if (raw === null) {
			for (let v = spec.version - 1; v >= 1; v--) {
				raw = storage.getItem(storageKey(spec.name, v));
				if (raw !== null) {
					found = v;
					break;
				}
			}
		}
		if (raw === null) {
			const newer = newerKey(storage, spec.name, spec.version);
			const text = newer === null ? null : storage.getItem(newer);
			if (newer === null || text === null) return fresh(null);
			return fresh(
				`Your saved ${spec.name} was saved by a newer version of this planner ("${newer}"), which this page cannot read. It is left as it is (you can download it below) and this page started from a fresh copy.`,
				{ key: newer, text }
			);
		}
	} catch (e) {
		return fresh(
			`Your saved ${spec.name} could not be read: the browser does not allow this page to use its storage (${(e as Error).message}).`
		);
	}

	const keep = (why: string): LoadResult<T> => {
		const text = raw!;
		const prefix = `mmt:${spec.name}:corrupt:`;
		let backup = keys(storage).find((k) => k.startsWith(prefix) && storage.getItem(k) === text);
		if (!backup) {
			try {
				storage.setItem(`${prefix}${now}`, text);
				backup = `${prefix}${now}`;
			} catch {
				// Storage full: the original key still holds the text until the next save.
			}
		}
		if (!backup) {
			return fresh(
				`Your saved ${spec.name} could not be read (${why}), and the browser has no room to keep a copy of it. Download it now, before saving anything here, or the next save will replace it. A fresh copy was started; nothing else was changed.`,
				{ key: storageKey(spec.name, found), text }
			);
		}
		return fresh(
			`Your saved ${spec.name} could not be read (${why}). It was kept under "${backup}" (you can download it below) and a fresh copy started; nothing else was changed.`,
			{ key: backup, text }
		);
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
	let value: T | null;
	try {
		value = spec.validate(migrated);
	} catch (e) {
		return keep(`check failed: ${(e as Error).message}`);
	}
	if (value === null) return keep('unexpected shape');
	if (found !== spec.version) {
		const problem = saveValue(storage, spec, value);
		return {
			value,
			problem: problem ?? spec.migrationNotice ?? null,
			from: 'migrated',
			keptAside: null
		};
	}
	return { value, problem: null, from: 'current', keptAside: null };
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
