/**
 * How complete a table of programs is, and an order that puts the programs with missing facts
 * after those with them. Pure: counts and orders only; the page writes the sentences with
 * `completenessLine` and `missingLastNote`.
 *
 * A fact is missing when it is `null`, `undefined` or an empty string (tuition is text, so a
 * blank tuition is `''` or `null` depending on the reader). 0 is a value, never "missing".
 */
import { count } from '$lib/format';

/** True when a cell holds a value (0 counts; null, undefined and blank text do not). */
export function isKnown(value: unknown): boolean {
	if (value === null || value === undefined) return false;
	if (typeof value === 'string') return value.trim() !== '';
	return true;
}

/** One column's completeness: how many of `total` rows have the fact. */
export interface Known {
	/** Short name of the fact, lower case: "cost", "hours", "clock hours", "tuition". */
	label: string;
	known: number;
}

export interface Completeness {
	total: number;
	/** One entry per fact, in the order given. */
	facts: Known[];
	/** Rows that have every fact. */
	all: number;
}

/**
 * Count, for each named fact, the rows that have it, and the rows that have all of them.
 *
 * @example completeness([{ h: 10, c: null }, { h: 8, c: 400 }], { hours: (r) => r.h, cost: (r) => r.c })
 *   → { total: 2, facts: [{ label: 'hours', known: 2 }, { label: 'cost', known: 1 }], all: 1 }
 */
export function completeness<Row>(
	rows: readonly Row[],
	facts: Readonly<Record<string, (row: Row) => unknown>>
): Completeness {
	const entries = Object.entries(facts);
	const known = entries.map(([label, pick]) => ({
		label,
		known: rows.filter((r) => isKnown(pick(r))).length
	}));
	const all = rows.filter((r) => entries.every(([, pick]) => isKnown(pick(r)))).length;
	return { total: rows.length, facts: known, all };
}

/**
 * The rows in a stable order with the fewest missing facts first: rows with every fact keep
 * their order, then rows missing one, then rows missing two, and so on.
 *
 * @example missingLast([{ id: 'a', c: null }, { id: 'b', c: 5 }], [(r) => r.c]) → [b, a]
 */
export function missingLast<Row>(
	rows: readonly Row[],
	facts: readonly ((row: Row) => unknown)[]
): Row[] {
	const missing = (r: Row) => facts.filter((pick) => !isKnown(pick(r))).length;
	return rows
		.map((row, i) => ({ row, i, m: missing(row) }))
		.sort((a, b) => a.m - b.m || a.i - b.i)
		.map((x) => x.row);
}

/**
 * The completeness of a table in one sentence.
 *
 * @example completenessLine({ total: 31, facts: [{ label: 'cost', known: 22 },
 *   { label: 'hours', known: 25 }], all: 20 }, 'programs')
 *   → 'Cost known for 22 of 31 programs, hours for 25 of 31, both for 20 of 31.'
 */
export function completenessLine(c: Completeness, noun: string): string {
	const [first, ...rest] = c.facts;
	if (!first) return `${count(c.total)} ${noun}.`;
	const of = (n: number) => `${count(n)} of ${count(c.total)}`;
	const parts = [
		`${first.label[0]!.toUpperCase()}${first.label.slice(1)} known for ${of(first.known)} ${noun}`,
		...rest.map((f) => `${f.label} for ${of(f.known)}`)
	];
	if (c.facts.length > 1) parts.push(`${c.facts.length === 2 ? 'both' : 'all'} for ${of(c.all)}`);
	return `${parts.join(', ')}.`;
}

/**
 * What the order of a table is, in words: sorted by a column (rows without that figure last,
 * which is how `sortRows` orders them), or the default order with rows missing facts last.
 *
 * @example missingLastNote(null, ['hours', 'cost'], 'programs')
 *   → 'Sorted with programs missing hours or cost last.'
 * @example missingLastNote('Cost (USD)', ['hours', 'cost'], 'programs', true)
 *   → 'Sorted by Cost (USD); programs without it are listed last.'
 */
export function missingLastNote(
	sortedBy: string | null,
	facts: readonly string[],
	noun: string,
	columnCanBeMissing = false
): string {
	if (sortedBy !== null)
		return columnCanBeMissing
			? `Sorted by ${sortedBy}; ${noun} without it are listed last.`
			: `Sorted by ${sortedBy}.`;
	const list =
		facts.length <= 2
			? facts.join(' or ')
			: `${facts.slice(0, -1).join(', ')} or ${facts[facts.length - 1]}`;
	return `Sorted with ${noun} missing ${list} last.`;
}
