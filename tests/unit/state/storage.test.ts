import { MemoryStorage } from '../memory-storage';
import { describe, expect, it } from 'vitest';
import { loadValue, saveValue, storageKey, type StoreSpec } from '../../../src/lib/state/storage';

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
			from: 'initial',
			keptAside: null
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
		expect(r.keptAside).toEqual({ key: 'mmt:list:corrupt:1234', text: '{"items": [' });
		expect(r.problem).toContain('"mmt:list:corrupt:1234" (you can download it below)');
	});

	it('keeps one copy of the same damaged value however often it is loaded', () => {
		const s = new MemoryStorage();
		s.setItem('mmt:list:v2', '{"items": 3}');
		loadValue(s, spec, 1);
		const again = loadValue(s, spec, 2);
		expect(again.keptAside).toEqual({ key: 'mmt:list:corrupt:1', text: '{"items": 3}' });
		expect([...s.map.keys()].sort()).toEqual(['mmt:list:corrupt:1', 'mmt:list:v2']);
	});

	it('says to download the value now when there is no room to keep a copy', () => {
		const s = new MemoryStorage();
		s.setItem('mmt:list:v2', 'not json');
		s.quota = 8;
		const r = loadValue(s, spec, 5);
		expect(r.value).toEqual({ items: [] });
		expect(r.keptAside).toEqual({ key: 'mmt:list:v2', text: 'not json' });
		expect(r.problem).toContain('Download it now, before saving anything here');
		expect(s.getItem('mmt:list:v2')).toBe('not json');
	});

	it('keeps a value that cannot be migrated, and one whose check throws', () => {
		const s = new MemoryStorage();
		s.setItem('mmt:list:v1', '{"not":"an array"}');
		const r = loadValue(s, spec, 7);
		expect(r.problem).toContain('migration from version 1 failed');
		expect(r.keptAside).toEqual({ key: 'mmt:list:corrupt:7', text: '{"not":"an array"}' });
		const throwing: StoreSpec<V2> = {
			...spec,
			validate: () => {
				throw new Error('boom');
			}
		};
		s.setItem('mmt:list:v2', '{}');
		expect(loadValue(s, throwing, 8).problem).toContain('check failed: boom');
	});

	it('leaves a value saved by a newer version alone, and offers it for download', () => {
		const s = new MemoryStorage();
		s.setItem('mmt:list:v3', '{"items":[],"more":1}');
		s.setItem('mmt:list:v12', '{"items":[]}');
		s.setItem('mmt:list:vx', '{}');
		const r = loadValue(s, spec);
		expect(r.value).toEqual({ items: [] });
		expect(r.from).toBe('initial');
		expect(r.keptAside).toEqual({ key: 'mmt:list:v12', text: '{"items":[]}' });
		expect(r.problem).toContain('saved by a newer version of this planner ("mmt:list:v12")');
		expect(s.map.size).toBe(3);
	});

	it('reports a storage the browser refuses to read instead of throwing', () => {
		const s = new MemoryStorage();
		s.getItem = () => {
			throw new Error('The operation is insecure.');
		};
		const r = loadValue(s, spec);
		expect(r.value).toEqual({ items: [] });
		expect(r.problem).toContain('does not allow this page to use its storage');
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
