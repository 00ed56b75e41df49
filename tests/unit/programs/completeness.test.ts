import { describe, expect, it } from 'vitest';
import {
	completeness,
	completenessLine,
	isKnown,
	missingLast,
	missingLastNote
} from '../../../src/lib/programs/completeness';
import { programView } from '../../../src/lib/programs/cost';
import { certificationRows, dataPrograms, entryRows } from './data';

type R = { id: string; h: number | null; c: number | string | null };
const pick = { hours: (r: R) => r.h, cost: (r: R) => r.c };

describe('isKnown', () => {
	it('counts 0 as a value and null, undefined and blank text as missing', () => {
		expect([0, 12, 'x', '3600-5600'].map(isKnown)).toEqual([true, true, true, true]);
		expect([null, undefined, '', '  '].map(isKnown)).toEqual([false, false, false, false]);
	});
});

describe('completeness and its sentence', () => {
	const rows: R[] = [
		{ id: 'a', h: 10, c: null },
		{ id: 'b', h: 8, c: 400 },
		{ id: 'c', h: null, c: null },
		{ id: 'd', h: 0, c: '' }
	];

	it('counts each fact and the rows with all of them', () => {
		expect(completeness(rows, pick)).toEqual({
			total: 4,
			facts: [
				{ label: 'hours', known: 3 }, // a, b, d (0 hours is a value)
				{ label: 'cost', known: 1 } // b
			],
			all: 1
		});
	});

	it('writes one sentence, "both" for two facts and "all" for more', () => {
		expect(completenessLine(completeness(rows, pick), 'programs')).toBe(
			'Hours known for 3 of 4 programs, cost for 1 of 4, both for 1 of 4.'
		);
		const three = { ...pick, id: (r: R) => r.id };
		expect(completenessLine(completeness(rows, three), 'schools')).toBe(
			'Hours known for 3 of 4 schools, cost for 1 of 4, id for 4 of 4, all for 1 of 4.'
		);
		expect(completenessLine(completeness([], {}), 'programs')).toBe('0 programs.');
	});

	it('says how complete the bundled certification programs are', () => {
		// Counted from the raw rows of certification-programs.csv, not through the views.
		const n = certificationRows.length;
		const cost = certificationRows.filter((r) => r.cost_usd !== null).length;
		const hours = certificationRows.filter((r) => r.total_hours !== null).length;
		const both = certificationRows.filter(
			(r) => r.cost_usd !== null && r.total_hours !== null
		).length;
		const views = dataPrograms.map((p) => programView(p, undefined));
		const c = completeness(views, { cost: (v) => v.cost, hours: (v) => v.hours });
		expect(completenessLine(c, 'programs')).toBe(
			`Cost known for ${cost} of ${n} programs, hours for ${hours} of ${n}, both for ${both} of ${n}.`
		);
	});

	it('says how complete the bundled entry-level programs are', () => {
		// Counted from the raw rows of entry-level-programs.csv.
		const n = entryRows.length;
		const has = (v: unknown) => v !== null && v !== '';
		const hours = entryRows.filter((r) => has(r.clock_hours)).length;
		const tuition = entryRows.filter((r) => has(r.tuition_fees_usd)).length;
		const both = entryRows.filter((r) => has(r.clock_hours) && has(r.tuition_fees_usd)).length;
		const c = completeness(entryRows, {
			'clock hours': (r) => r.clock_hours,
			tuition: (r) => r.tuition_fees_usd
		});
		expect(completenessLine(c, 'programs')).toBe(
			`Clock hours known for ${hours} of ${n} programs, tuition for ${tuition} of ${n}, both for ${both} of ${n}.`
		);
	});
});

describe('missingLast', () => {
	it('keeps complete rows in order, then rows missing one fact, then two', () => {
		const rows: R[] = [
			{ id: 'none', h: null, c: null },
			{ id: 'cost-only', h: null, c: 5 },
			{ id: 'both-1', h: 1, c: 1 },
			{ id: 'hours-only', h: 2, c: null },
			{ id: 'both-2', h: 0, c: 0 }
		];
		expect(missingLast(rows, Object.values(pick)).map((r) => r.id)).toEqual([
			'both-1',
			'both-2',
			'cost-only',
			'hours-only',
			'none'
		]);
	});

	it('does not change the rows it is given', () => {
		const rows: R[] = [
			{ id: 'x', h: null, c: null },
			{ id: 'y', h: 1, c: 1 }
		];
		missingLast(rows, Object.values(pick));
		expect(rows.map((r) => r.id)).toEqual(['x', 'y']);
	});

	it('puts the certification programs with both figures first', () => {
		const views = dataPrograms.map((p) => programView(p, undefined));
		const both = views.filter((v) => v.cost !== null && v.hours !== null).length;
		const ordered = missingLast(views, [(v) => v.cost, (v) => v.hours]);
		expect(ordered.slice(0, both).every((v) => v.cost !== null && v.hours !== null)).toBe(true);
		expect(ordered[both]?.cost === null || ordered[both]?.hours === null).toBe(true);
		// acols_clt has neither figure, so it is among the last
		expect(ordered.at(-1)?.cost).toBeNull();
		expect(ordered.at(-1)?.hours).toBeNull();
	});
});

describe('missingLastNote', () => {
	it('names the missing facts in the default order', () => {
		expect(missingLastNote(null, ['hours', 'cost'], 'programs')).toBe(
			'Sorted with programs missing hours or cost last.'
		);
		expect(missingLastNote(null, ['hours', 'cost', 'format'], 'programs')).toBe(
			'Sorted with programs missing hours, cost or format last.'
		);
	});

	it('names the sort column, and says rows without it go last only for a figure column', () => {
		expect(missingLastNote('Cost (USD)', ['hours', 'cost'], 'programs', true)).toBe(
			'Sorted by Cost (USD); programs without it are listed last.'
		);
		expect(missingLastNote('Program', ['hours', 'cost'], 'programs')).toBe('Sorted by Program.');
	});
});
