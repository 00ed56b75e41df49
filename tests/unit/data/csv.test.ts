import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	formatIssue,
	parseNumberCell,
	parseOrThrow,
	toCsv,
	validateCsv
} from '../../../src/lib/data/csv';
import { oewsState2025 } from '../../../src/lib/data/schema';
import type { DatasetSchema } from '../../../src/lib/data/types';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');

/** A small schema in the shape of an OEWS state extract. */
const schema = {
	id: 'fixture',
	columns: [
		{
			name: 'state_fips',
			kind: 'text',
			required: true,
			pattern: /^\d{2}$/,
			patternLabel: 'a two-digit FIPS code'
		},
		{ name: 'state_abbr', kind: 'text', required: true },
		{ name: 'tot_emp', kind: 'integer', min: 0 },
		{ name: 'a_median', kind: 'number', min: 0 },
		{ name: 'note', kind: 'text' }
	]
} as const satisfies DatasetSchema;

describe('parseNumberCell', () => {
	it.each([
		['123', 123],
		['1,234', 1234],
		['1,234,567.89', 1234567.89],
		[' 28.10 ', 28.1],
		['-3.5', -3.5],
		['.5', 0.5]
	])('reads %j as %d', (raw, value) => {
		expect(parseNumberCell(raw)).toEqual({ value });
	});

	it('reads a blank cell as null, never 0', () => {
		expect(parseNumberCell('')).toEqual({ value: null });
		expect(parseNumberCell('   ')).toEqual({ value: null });
	});

	it.each(['*', '**', '#', '~'])('maps the OEWS marker %s to null with the marker kept', (m) => {
		expect(parseNumberCell(m)).toEqual({ value: null, marker: m });
	});

	it.each(['abc', '12a', '1,23', '1.2.3', 'NaN', 'Infinity', '1e999'])('rejects %j', (raw) => {
		expect(parseNumberCell(raw)).toHaveProperty('error');
	});
});

describe('validateCsv', () => {
	it('returns typed rows with nulls for blanks and markers', () => {
		const r = validateCsv('good.csv', fixture('good.csv'), schema);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.rows).toEqual([
			{ state_fips: '06', state_abbr: 'CA', tot_emp: 12340, a_median: 55000, note: 'ok' },
			{
				state_fips: '36',
				state_abbr: 'NY',
				tot_emp: 8010,
				a_median: null,
				note: 'wage suppressed'
			},
			{ state_fips: '48', state_abbr: 'TX', tot_emp: null, a_median: 41000, note: null }
		]);
		expect(r.markers).toEqual([
			{ row: 2, column: 'a_median', marker: '*', reason: 'wage estimate not available' },
			{ row: 3, column: 'tot_emp', marker: '**', reason: 'employment estimate not available' }
		]);
	});

	it('names a missing column', () => {
		const r = validateCsv('missing-column.csv', fixture('missing-column.csv'), schema);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues).toHaveLength(1);
		expect(formatIssue(r.issues[0]!)).toBe(
			'missing-column.csv: header, column "a_median": found "column missing from the header", expected a column named "a_median"'
		);
	});

	it('names the file, row, column, value and expectation for text in a number column', () => {
		const r = validateCsv('text-in-number.csv', fixture('text-in-number.csv'), schema);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map(formatIssue)).toEqual([
			'text-in-number.csv: row 2, column "tot_emp": found "about 8000", expected a whole number ≥ 0 (or blank)'
		]);
	});

	it('strips a byte-order mark and CRLF line ends', () => {
		const r = validateCsv('bom.csv', fixture('bom.csv'), schema);
		expect(r.ok && r.rows).toEqual([
			{ state_fips: '06', state_abbr: 'CA', tot_emp: 12340, a_median: 55000, note: null }
		]);
	});

	it('skips blank and whitespace-only lines', () => {
		const r = validateCsv('blank-lines.csv', fixture('blank-lines.csv'), schema);
		expect(r.ok && r.rows.map((x) => x.state_abbr)).toEqual(['CA', 'NY']);
	});

	it('reports every bad cell, not just the first', () => {
		const r = validateCsv('bad-code.csv', fixture('bad-code.csv'), schema);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map((i) => [i.row, i.column, i.found])).toEqual([[2, 'state_fips', '6']]);
	});

	it('flags a column the schema does not describe', () => {
		const r = validateCsv(
			'extra.csv',
			'state_fips,state_abbr,tot_emp,a_median,note,x\n06,CA,1,2,,y\n',
			schema
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues[0]).toMatchObject({ row: 0, column: 'x' });
	});

	it('reads upper-case official headers', () => {
		const r = validateCsv(
			'upper.csv',
			'STATE_FIPS,STATE_ABBR,TOT_EMP,A_MEDIAN,NOTE\n06,CA,1,2,\n',
			schema
		);
		expect(r.ok && r.rows[0]?.a_median).toBe(2);
	});

	it('rejects a value outside its bounds', () => {
		const r = validateCsv(
			'neg.csv',
			'state_fips,state_abbr,tot_emp,a_median,note\n06,CA,-5,2,\n',
			schema
		);
		expect(!r.ok && r.issues[0]?.column).toBe('tot_emp');
	});

	it('reports an empty file', () => {
		const r = validateCsv('empty.csv', '', schema);
		expect(!r.ok && r.issues[0]?.found).toBe('no header row');
	});
});

describe('parseOrThrow on a committed dataset', () => {
	const path = 'data/bls-oews-state-2025/oews-state-2025-31-9011.csv';
	const text = readFileSync(path, 'utf8');

	it('accepts the file as committed', () => {
		expect(parseOrThrow(path, text, oewsState2025)).toHaveLength(50);
	});

	it('fails with the file, row and column when a cell is corrupted', () => {
		// Alabama's employment is 600 (row 1); put text there.
		const broken = text.replace('Massage Therapists,600,', 'Massage Therapists,six hundred,');
		expect(() => parseOrThrow(path, broken, oewsState2025)).toThrow(
			`${path}: row 1, column "tot_emp": found "six hundred", expected a whole number ≥ 0 (or blank)`
		);
	});
});

describe('toCsv', () => {
	it('quotes commas, quotes and newlines and writes null as empty', () => {
		expect(toCsv([{ a: 'x,y', b: 'say "hi"', c: null }], ['a', 'b', 'c'])).toBe(
			'a,b,c\n"x,y","say ""hi""",\n'
		);
	});

	it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])(
		'neutralises the formula-like text %j',
		(cell) => {
			const out = toCsv([{ a: cell }], ['a']).split('\n')[1]!;
			expect(out.replace(/^"/, '').startsWith("'")).toBe(true);
		}
	);

	it('leaves negative numbers as numbers', () => {
		expect(toCsv([{ a: -5 }], ['a'])).toBe('a\n-5\n');
	});

	it('round-trips through validateCsv', () => {
		const rows = [
			{ state_fips: '06', state_abbr: 'CA', tot_emp: 1234, a_median: null, note: 'a, "b"' }
		];
		const text = toCsv(rows, ['state_fips', 'state_abbr', 'tot_emp', 'a_median', 'note']);
		const r = validateCsv('rt.csv', text, schema);
		expect(r.ok && r.rows).toEqual(rows);
	});
});
