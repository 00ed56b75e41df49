/**
 * Browser-only: keep the imported data set in IndexedDB across reloads, until removed.
 * Every function resolves (never rejects) with an error message for the user instead.
 *
 * A stored value that is not an import of the current shape (damaged, or written by another
 * version) is never used and never dropped: it is moved to the key `corrupt:<time>` in the
 * same store, reported, and returned as text for the page to offer as a download; the pages use
 * the bundled data.
 */
import type { KeptAside } from '$lib/state/storage';
import { validateImportedSet, type ImportedSet } from './set';

const DB = 'mmp-imports';
const STORE = 'sets';
const KEY = 'current';

function openDb(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE);
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
	});
}

function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	return openDb().then(
		(db) =>
			new Promise<T>((resolve, reject) => {
				let tx: IDBTransaction;
				let req: IDBRequest<T>;
				try {
					tx = db.transaction(STORE, mode);
					req = op(tx.objectStore(STORE));
				} catch (e) {
					// e.g. a database of this name without our store
					db.close();
					reject(e);
					return;
				}
				tx.oncomplete = () => {
					db.close();
					resolve(req.result);
				};
				tx.onerror = tx.onabort = () => {
					db.close();
					reject(tx.error ?? new Error('IndexedDB transaction failed'));
				};
			})
	);
}

export interface LoadedImport {
	set: ImportedSet | null;
	error: string | null;
	/** A stored value that could not be used, as text to download, or null. */
	keptAside: KeptAside | null;
}

/** A stored value as text for download: JSON where it can be, else its string form. */
function asText(value: unknown): string {
	try {
		return JSON.stringify(value, null, 1) ?? String(value);
	} catch {
		return String(value);
	}
}

export async function loadImported(now = Date.now()): Promise<LoadedImport> {
	if (typeof indexedDB === 'undefined') return { set: null, error: null, keptAside: null };
	let value: unknown;
	try {
		value = await run('readonly', (s) => s.get(KEY));
	} catch (e) {
		const newer = (e as { name?: string }).name === 'VersionError';
		return {
			set: null,
			error: newer
				? 'Your imported data was saved by a newer version of this planner, so this page uses the bundled data; the import is left as it is.'
				: `Your imported data could not be read (${(e as Error).message}), so this page uses the bundled data.`,
			keptAside: null
		};
	}
	if (value === undefined) return { set: null, error: null, keptAside: null };
	const set = validateImportedSet(value);
	if (set) return { set, error: null, keptAside: null };
	const text = asText(value);
	const aside = `corrupt:${now}`;
	try {
		await run('readwrite', (s) => {
			s.put(value, aside);
			return s.delete(KEY);
		});
	} catch (e) {
		return {
			set: null,
			error: `Your imported data could not be read (it is not an import of the expected shape), and it could not be moved aside (${(e as Error).message}). It is left as it is until you import a file; download it now to keep a copy. The pages use the bundled data.`,
			keptAside: { key: `${DB}/${KEY}`, text }
		};
	}
	return {
		set: null,
		error: `Your imported data could not be read (it is not an import of the expected shape). It was kept aside in this browser under "${DB}/${aside}" (you can download it here) and the pages use the bundled data.`,
		keptAside: { key: `${DB}/${aside}`, text }
	};
}

export async function saveImported(set: ImportedSet): Promise<string | null> {
	try {
		await run('readwrite', (s) => s.put(set, KEY));
		return null;
	} catch (e) {
		const name = (e as { name?: string }).name;
		return name === 'QuotaExceededError'
			? 'The browser has no room to keep this import; it is used for this visit only.'
			: `The import could not be saved for later visits (${(e as Error).message}).`;
	}
}

export async function clearImported(): Promise<string | null> {
	try {
		await run('readwrite', (s) => s.delete(KEY));
		return null;
	} catch (e) {
		return `The import could not be removed (${(e as Error).message}).`;
	}
}
