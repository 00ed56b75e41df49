import { describe, expect, it } from 'vitest';
import { loadValue, saveValue, storageKey, type StoreSpec } from '../../../src/lib/state/storage';

class MemoryStorage implements Storage {
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

interface V2 {
	items: { id: string; done: boolean }[];
}
const spec: StoreSpec<V2> = {
	name: 'list',
	version: 2,
	initial: () => ({ items: [] }),
	validate: (x) =>
		typeof x === 'object' && x !== null && Array.isArray((x as V2).items) ? (x as V2) : null,
	// v1 stored a plain array of ids that were done.
	migrations: { 1: (old) => ({ items: (old as string[]).map((id) => ({ id, done: true })) }) }
};

describe('versioned storage', () => {
	it('starts from the initial value when nothing is saved', () => {
		expect(loadValue(new MemoryStorage(), spec)).toEqual({
			value: { items: [] },
			problem: null,
			from: 'initial'
		});
	});

	it('round-trips a saved value', () => {
		const s = new MemoryStorage();
		expect(saveValue(s, spec, { items: [{ id: 'a', done: false }] })).toBeNull();
		expect(loadValue(s, spec).value).toEqual({ items: [{ id: 'a', done: false }] });
		expect(s.getItem('mmt:list:v2')).toBe('{"items":[{"id":"a","done":false}]}');
	});

	it('migrates a version-1 value, saves it as version 2 and keeps the old key', () => {
		const s = new MemoryStorage();
		s.setItem('mmt:list:v1', '["a","b"]');
		const r = loadValue(s, spec);
		expect(r.from).toBe('migrated');
		expect(r.value).toEqual({
			items: [
				{ id: 'a', done: true },
				{ id: 'b', done: true }
			]
		});
		expect(JSON.parse(s.getItem(storageKey('list', 2))!)).toEqual(r.value);
		expect(s.getItem('mmt:list:v1')).toBe('["a","b"]');
	});

	it('reports corrupted JSON, keeps a copy, and leaves other keys alone', () => {
		const s = new MemoryStorage();
		s.setItem('mmt:list:v2', '{"items": [');
		s.setItem('mmt:other:v1', '{"keep":true}');
		const r = loadValue(s, spec, 1234);
		expect(r.value).toEqual({ items: [] });
		expect(r.problem).toContain('not valid JSON');
		expect(s.getItem('mmt:list:corrupt:1234')).toBe('{"items": [');
		expect(s.getItem('mmt:list:v2')).toBe('{"items": [');
		expect(s.getItem('mmt:other:v1')).toBe('{"keep":true}');
	});

	it('reports a value of the wrong shape', () => {
		const s = new MemoryStorage();
		s.setItem('mmt:list:v2', '{"items": 3}');
		expect(loadValue(s, spec).problem).toContain('unexpected shape');
	});

	it('reports a full quota instead of throwing', () => {
		const s = new MemoryStorage();
		s.quota = 10;
		const problem = saveValue(s, spec, { items: [{ id: 'a-long-id', done: false }] });
		expect(problem).toContain('storage for this site is full');
	});
});
