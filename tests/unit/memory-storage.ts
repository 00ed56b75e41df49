/**
 * An in-memory Storage for the storage tests (localStorage's interface, nothing persisted). Set
 * `quota` (characters) to make `setItem` throw a QuotaExceededError as a full browser does.
 */
export class MemoryStorage implements Storage {
	map = new Map<string, string>();
	quota = Infinity;
	get length() {
		return this.map.size;
	}
	clear() {
		this.map.clear();
	}
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	key(i: number) {
		return [...this.map.keys()][i] ?? null;
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
	setItem(k: string, v: string) {
		const used = [...this.map.values()].reduce((n, x) => n + x.length, 0);
		if (used + v.length > this.quota) {
			const e = new Error('quota');
			e.name = 'QuotaExceededError';
			throw e;
		}
		this.map.set(k, v);
	}
}
