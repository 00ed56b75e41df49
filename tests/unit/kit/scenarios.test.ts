import { describe, expect, it } from 'vitest';
import { parseRecords } from '$lib/data/csv';
import {
	bookStore,
	deleteScenario,
	findByName,
	nameProblem,
	renameScenario,
	saveScenario,
	scenariosCsv,
	validateBook,
	type Book
} from '$lib/kit/scenarios';
import { loadValue, saveValue } from '$lib/state/storage';
import { MemoryStorage } from '../memory-storage';

/** A page's content for these tests: a cost and a note. */
type Content = { cost: number; note: string };
const validContent = (x: unknown): Content | null =>
	typeof x === 'object' &&
	x !== null &&
	typeof (x as Content).cost === 'number' &&
	typeof (x as Content).note === 'string'
		? (x as Content)
		: null;
const NOW = '2026-05-01T10:00:00.000Z';
const empty: Book<Content> = { scenarios: [] };
const STORE = bookStore({ name: 'test-scenarios', version: 1, validContent });

function saved(book: Book<Content>, name: string, id: string, cost = 100): Book<Content> {
	const r = saveScenario(book, name, { cost, note: '' }, { id, now: NOW });
	if (!r.ok) throw new Error('save failed');
	return r.book;
}

describe('kit scenarios: the list', () => {
	it('saves a scenario under a tidied name, with a copy of its content', () => {
		const content = { cost: 5, note: 'x' };
		const r = saveScenario(empty, '  Plan   A ', content, { id: 'a', now: NOW });
		expect(r).toEqual({
			ok: true,
			id: 'a',
			book: { scenarios: [{ id: 'a', name: 'Plan A', savedAt: NOW, content }] }
		});
		content.cost = 6; // the saved copy does not change with the page's object
		expect(r.ok && r.book.scenarios[0]!.content.cost).toBe(5);
	});

	it('refuses to replace a scenario with the same name (any case) unless asked', () => {
		const book = saved(empty, 'Plan A', 'a', 6000);
		const clash = saveScenario(book, 'plan a', { cost: 9000, note: '' }, { id: 'b', now: NOW });
		expect(clash).toMatchObject({ ok: false, reason: 'exists', existing: { id: 'a' } });
		const replaced = saveScenario(
			book,
			'plan a',
			{ cost: 9000, note: '' },
			{ id: 'b', now: '2026-05-02T00:00:00.000Z', overwrite: true }
		);
		expect(replaced.ok && replaced.book.scenarios).toEqual([
			{
				id: 'a',
				name: 'plan a',
				savedAt: '2026-05-02T00:00:00.000Z',
				content: { cost: 9000, note: '' }
			}
		]);
	});

	it('renames, asking before taking another scenario’s name', () => {
		const book = saved(saved(empty, 'Plan A', 'a'), 'Plan B', 'b');
		expect(renameScenario(book, 'a', 'Plan B')).toMatchObject({
			ok: false,
			reason: 'exists',
			existing: { id: 'b' }
		});
		const r = renameScenario(book, 'a', 'Plan B', { overwrite: true });
		expect(r.ok && r.book.scenarios.map((s) => [s.id, s.name])).toEqual([['a', 'Plan B']]);
		// renaming to its own name (another case) is not a clash
		const same = renameScenario(book, 'a', 'PLAN A');
		expect(same.ok && same.book.scenarios.map((s) => s.name)).toEqual(['PLAN A', 'Plan B']);
		expect(renameScenario(book, 'zzz', 'New')).toMatchObject({ ok: false, reason: 'invalid' });
	});

	it('deletes by id and checks names', () => {
		const book = saved(saved(empty, 'Plan A', 'a'), 'Plan B', 'b');
		expect(deleteScenario(book, 'a').scenarios.map((s) => s.id)).toEqual(['b']);
		expect(nameProblem('   ')).toBe('Give the scenario a name.');
		expect(nameProblem('x'.repeat(61))).toBe('Use at most 60 characters.');
		expect(nameProblem('Fine')).toBeNull();
		expect(saveScenario(empty, '', { cost: 1, note: '' }, { id: 'a', now: NOW })).toEqual({
			ok: false,
			reason: 'invalid',
			message: 'Give the scenario a name.'
		});
		expect(findByName(book, ' plan  a')?.id).toBe('a');
	});
});

describe('kit scenarios: storage and CSV', () => {
	it('round-trips through versioned storage', () => {
		const storage = new MemoryStorage();
		const book = saved(saved(empty, 'Plan A', 'a'), 'Plan B', 'b', 1234.56);
		expect(saveValue(storage, STORE, book)).toBeNull();
		expect(loadValue(storage, STORE)).toEqual({
			value: book,
			problem: null,
			from: 'current',
			keptAside: null
		});
	});

	it.each([
		['not an object', 'x'],
		['no list', {}],
		['duplicate names', { scenarios: [{ id: 'a' }, { id: 'b' }] }],
		['bad content', { scenarios: [{ content: { cost: 'lots' } }] }],
		['bad date', { scenarios: [{ savedAt: 'yesterday' }] }],
		['untidy name', { scenarios: [{ name: ' Plan A' }] }]
	])('rejects a book with %s', (_why, shape) => {
		const base = saved(empty, 'Plan A', 'a').scenarios[0]!;
		const value =
			typeof shape === 'object' && 'scenarios' in shape
				? { scenarios: shape.scenarios.map((o) => ({ ...base, ...o })) }
				: shape;
		expect(validateBook(value, validContent)).toBeNull();
	});

	it('writes the saved scenarios as CSV, formulas neutralised', () => {
		const book = saved(saved(empty, 'Plan A', 'a', 3000), '=HYPERLINK("x")', 'b', -5);
		const text = scenariosCsv(book, [{ label: 'cost (USD)', get: (c: Content) => c.cost }]);
		const { header, records } = parseRecords(text);
		expect(header).toEqual(['name', 'saved at', 'cost (usd)']);
		expect(records.map((r) => [r.name, r['cost (usd)']])).toEqual([
			['Plan A', '3000'],
			['\'=HYPERLINK("x")', '-5']
		]);
	});
});
