/**
 * A value kept in the browser's localStorage, as a rune: `store.current` is reactive, setting
 * it saves. Versioned with migrations and corruption recovery (see storage.ts); changes made
 * in another tab are picked up through the `storage` event, listened to only while something
 * reads the value in an effect (svelte/reactivity `createSubscriber`, so no listener is left
 * behind when the page goes); save problems (e.g. a full quota) are put in `store.problem`
 * for the page to show, never thrown away.
 *
 * Create stores in code that runs in the browser; on the server a store holds the initial
 * value and never touches storage.
 */
import { createSubscriber } from 'svelte/reactivity';
import { loadValue, saveValue, storageKey, type StoreSpec } from './storage';

export class Persisted<T> {
	#spec: StoreSpec<T>;
	#value = $state.raw<T>() as T;
	#subscribe: () => void;
	/** A message for the user about loading or saving, or null. */
	problem = $state<string | null>(null);
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
				this.problem = next.problem;
				update();
			};
			window.addEventListener('storage', onStorage);
			return () => window.removeEventListener('storage', onStorage);
		});
		if (typeof localStorage === 'undefined') return;
		const r = loadValue(localStorage, spec);
		this.#value = r.value;
		this.problem = r.problem;
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
		if (typeof localStorage !== 'undefined')
			this.problem = saveValue(localStorage, this.#spec, value);
	}

	/** Put back the value from before the last `set`. */
	undo(): void {
		if (this.previous === null) return;
		const back = this.previous;
		this.set(back);
		this.previous = null;
	}

	dismissProblem(): void {
		this.problem = null;
	}
}
