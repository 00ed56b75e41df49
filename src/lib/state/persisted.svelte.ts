/**
 * A value kept in the browser's localStorage, as a rune: `store.current` is reactive, setting
 * it saves. Versioned with migrations and corruption recovery (see storage.ts); changes made
 * in another tab are picked up through the `storage` event, listened to only while something
 * reads the value in an effect (svelte/reactivity `createSubscriber`, so no listener is left
 * behind when the page goes); save problems (e.g. a full quota) are put in `store.problem`
 * for the page to show, never thrown away; a saved text that could not be used is in
 * `store.keptAside` (with its message in `problem`) until dismissed, for the page to offer as a
 * download (`KeptAsideDownload.svelte`).
 *
 * Create stores in code that runs in the browser; on the server a store holds the initial
 * value and never touches storage.
 */
import { createSubscriber } from 'svelte/reactivity';
import { loadValue, saveValue, storageKey, type KeptAside, type StoreSpec } from './storage';

export class Persisted<T> {
	#spec: StoreSpec<T>;
	#value = $state.raw<T>() as T;
	#subscribe: () => void;
	#loadProblem: string | null = null;
	/** A message for the user about loading or saving, or null. */
	problem = $state<string | null>(null);
	/** The saved text the message is about, for the user to download, or null. */
	keptAside = $state.raw<KeptAside | null>(null);
	/** The value before the last `set`, for one-step undo. */
	previous = $state.raw<T | null>(null);

	constructor(spec: StoreSpec<T>) {
		this.#spec = spec;
		this.#value = spec.initial();
		this.#subscribe = createSubscriber((update) => {
			if (typeof window === 'undefined') return;
			const onStorage = (e: StorageEvent) => {
				if (e.key !== storageKey(spec.name, spec.version) || e.storageArea !== localStorage) return;
				const next = loadValue(localStorage, spec);
				this.#value = next.value;
				this.problem = this.#loadProblem = next.problem;
				this.keptAside = next.keptAside;
				update();
			};
			window.addEventListener('storage', onStorage);
			return () => window.removeEventListener('storage', onStorage);
		});
		if (typeof window === 'undefined') return;
		let storage: Storage;
		try {
			storage = localStorage;
		} catch (e) {
			// The browser blocks storage for this site (e.g. all site data refused).
			this.problem = `Your ${spec.name} cannot be kept in this browser: it does not allow this page to use its storage (${(e as Error).message}).`;
			return;
		}
		const r = loadValue(storage, spec);
		this.#value = r.value;
		this.problem = this.#loadProblem = r.problem;
		this.keptAside = r.keptAside;
	}

	get current(): T {
		this.#subscribe();
		return this.#value;
	}

	set current(value: T) {
		this.set(value);
	}

	/** Save a new value, keeping the old one for `undo()`. */
	set(value: T): void {
		this.previous = this.#value;
		this.#value = value;
		if (typeof window === 'undefined') return;
		let saveProblem: string | null;
		try {
			saveProblem = saveValue(localStorage, this.#spec, value);
		} catch (e) {
			saveProblem = `Your ${this.#spec.name} could not be saved (${(e as Error).message}).`;
		}
		// A value kept aside at load stays on offer (with its message) until dismissed.
		this.problem = saveProblem ?? (this.keptAside ? this.#loadProblem : null);
	}

	/** Put back the value from before the last `set`. */
	undo(): void {
		if (this.previous === null) return;
		const back = this.previous;
		this.set(back);
		this.previous = null;
	}

	dismissProblem(): void {
		this.problem = this.#loadProblem = null;
		this.keptAside = null;
	}
}
