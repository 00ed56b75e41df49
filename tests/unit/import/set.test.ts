import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importOews } from '../../../src/lib/import/stream';
import { validateImportedSet, type ImportedSet } from '../../../src/lib/import/set';

async function realSet(): Promise<ImportedSet> {
	const text = readFileSync('tests/fixtures/oews-synthetic-small.csv', 'utf8');
	const r = await importOews(text, { occCode: '31-9011', fileName: 'x.csv', chunkSize: 4096 }).done;
	if (!r.ok) throw new Error('fixture did not import');
	return {
		fileName: 'oews-synthetic-small.csv',
		period: 'May 2025',
		occCode: '31-9011',
		occTitle: r.summary.occTitle,
		importedAt: '2026-01-02T03:04:05.000Z',
		rows: r.rows,
		summary: r.summary
	};
}

describe('validateImportedSet', () => {
	it('accepts what the importer produces, as stored (a structured clone)', async () => {
		const set = await realSet();
		expect(set.rows.length).toBeGreaterThan(1);
		expect(validateImportedSet(structuredClone(set))).toEqual(set);
	});

	it.each([
		['not an object', () => 'text'],
		['no rows', (s: ImportedSet) => ({ ...s, rows: undefined })],
		['an unknown level', (s: ImportedSet) => ({ ...s, rows: [{ ...s.rows[0], level: 'moon' }] })],
		[
			'a number column holding text',
			(s: ImportedSet) => ({ ...s, rows: [{ ...s.rows[0], a_median: '58450' }] })
		],
		[
			'a column missing',
			(s: ImportedSet) => {
				const { h_mean: _, ...row } = s.rows[0]!;
				void _;
				return { ...s, rows: [row] };
			}
		],
		[
			'a summary without counts',
			(s: ImportedSet) => ({ ...s, summary: { ...s.summary, byLevel: {} } })
		],
		['a file name that is not text', (s: ImportedSet) => ({ ...s, fileName: 7 })]
	])('refuses a value with %s', async (_, damage) => {
		expect(validateImportedSet(damage(await realSet()))).toBeNull();
	});

	it('never throws on any value, and refuses any stray row or summary', async () => {
		const set = await realSet();
		fc.assert(
			fc.property(fc.anything(), (x) => {
				expect(validateImportedSet(x)).toBeNull();
				expect(validateImportedSet({ ...set, rows: [...set.rows, x] })).toBeNull();
				expect(validateImportedSet({ ...set, summary: x })).toBeNull();
			}),
			{ seed: 19, numRuns: 300 }
		);
	});
});
