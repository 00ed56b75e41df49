/**
 * Browser-only: keep the imported data set in IndexedDB across reloads, until removed.
 * Every function resolves (never rejects) with an error message for the user instead.
 */
import type { ImportedSet } from './set';

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
				const tx = db.transaction(STORE, mode);
				const req = op(tx.objectStore(STORE));
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

export async function loadImported(): Promise<{ set: ImportedSet | null; error: string | null }> {
	if (typeof indexedDB === 'undefined') return { set: null, error: null };
	try {
		const set = (await run('readonly', (s) => s.get(KEY))) as ImportedSet | undefined;
		return { set: set ?? null, error: null };
	} catch (e) {
		return { set: null, error: `Your imported data could not be read (${(e as Error).message}).` };
	}
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
