/**
 * The imported OEWS data set in use, shared by every page through a context set in the root
 * layout. Loaded from IndexedDB in the browser; `null` means the bundled data is in use.
 */
import { createContext } from 'svelte';
import type { KeptAside } from '$lib/state/storage';
import { clearImported, loadImported, saveImported } from './idb';
import type { ImportedSet } from './set';

export class ActiveImport {
	set = $state.raw<ImportedSet | null>(null);
	/** A storage problem to show the user, or null. */
	problem = $state<string | null>(null);
	/** A stored value that could not be used, offered for download with `problem`. */
	keptAside = $state.raw<KeptAside | null>(null);
	loaded = $state(false);

	async load(): Promise<void> {
		const r = await loadImported();
		this.set = r.set;
		this.problem = r.error;
		this.keptAside = r.keptAside;
		this.loaded = true;
	}

	/** Use a set: stored first, so a reload right after sees it. */
	async use(set: ImportedSet): Promise<void> {
		this.problem = await saveImported(set);
		this.set = set;
	}

	/** Back to the bundled data: removed from storage first, then from the page. */
	async revert(): Promise<void> {
		this.problem = await clearImported();
		this.set = null;
	}
}

export const [getActiveImport, setActiveImport] = createContext<ActiveImport>();
