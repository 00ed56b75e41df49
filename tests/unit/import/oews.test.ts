import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { canonicalColumn, OewsImporter, periodFromFileName } from '../../../src/lib/import/oews';
import { importOews } from '../../../src/lib/import/stream';

const run = (text: string, occCode = '31-9011') =>
	importOews(text, { occCode, fileName: 'test.csv', chunkSize: 256 }).done;

describe('canonicalColumn', () => {
	it.each([
		['OCC_CODE', 'occ_code'],
		['occ_code', 'occ_code'],
		['Occ Code', 'occ_code'],
		['\uFEFFAREA', 'area'],
		['ST', 'prim_state'],
		['AREA_NAME', 'area_title'],
		['A_PCT10', 'a_pct10'],
		['a pct 90', 'a_pct90'],
		['LOC QUOTIENT', 'loc_quotient'],
		['H_MEDIAN', 'h_median'],
		['SOMETHING_ELSE', null]
	])('maps %j to %j', (h, c) => {
		expect(canonicalColumn(h)).toBe(c);
	});
});

describe('periodFromFileName', () => {
	it.each([
		['national_M2025_dl.csv', 'May 2025'],
		['state_M2024_dl.xlsx - state_M2024_dl.csv', 'May 2024'],
		['MSA_M2023_dl.csv', 'May 2023'],
		['all_data_M_2024.csv', 'May 2024'],
		['oesm25ma.zip', 'May 2025'],
		['my wages.csv', null]
	])('reads %j as %j', (name, period) => {
		expect(periodFromFileName(name)).toBe(period);
	});
});

describe('importOews on the official national file (May 2025)', () => {
	const text = readFileSync('data/bls-oews-national-all/national_M2025_dl.csv', 'utf8');

	it('keeps the one 31-9011 row with the published values', async () => {
		const r = await run(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.summary.rowsRead).toBe(1401);
		expect(r.rows).toHaveLength(1);
		const row = r.rows[0]!;
		// BLS national_M2025_dl: 31-9011 TOT_EMP "98,790", A_MEDIAN "58,450", H_MEDIAN 28.10
		expect(row.tot_emp).toBe(98790);
		expect(row.a_median).toBe(58450);
		expect(row.h_median).toBe(28.1);
		expect(row.level).toBe('national');
		expect(r.summary.occTitle).toBe('Massage Therapists');
	});

	it('imports any other occupation, e.g. physical therapist assistants', async () => {
		const r = await run(text, '31-2021');
		expect(r.ok && r.rows[0]?.occ_title).toBe('Physical Therapist Assistants');
	});

	it('maps "*" to null with the published reason (an annual-only occupation)', async () => {
		const teacherRow = text.split('\n').find((l) => l.includes(',TRUE,'))!;
		const occ = /,(\d{2}-\d{4}),/.exec(teacherRow)![1]!;
		const r = await run(text, occ);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.rows[0]?.h_median).toBeNull();
		expect(r.rows[0]?.notes.h_median).toBe('wage estimate not available');
		expect(r.rows[0]?.a_median).not.toBeNull();
	});
});

describe('importOews on the official national file (May 2024), saved as a user would', () => {
	it('keeps the 31-9011 row with the published values', async () => {
		const text = readFileSync('tests/fixtures/national_M2024_dl.csv', 'utf8');
		const r = await run(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		// BLS national_M2024_dl: 31-9011 TOT_EMP "96,040", A_MEDIAN "57,950" (also the median
		// quoted by BLS Employment Projections 2024–34 for May 2024).
		expect(r.rows).toHaveLength(1);
		expect(r.rows[0]?.tot_emp).toBe(96040);
		expect(r.rows[0]?.a_median).toBe(57950);
	});
});

describe('importOews on synthetic files', () => {
	it('reads a comma file with every area level, markers and thousands separators', async () => {
		const r = await run(readFileSync('tests/fixtures/oews-synthetic-small.csv', 'utf8'));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		// 25 rows in blocks of 5: rows 0–2 of each block are 31-9011 (state, metro, nonmetro).
		expect(r.summary.rowsRead).toBe(25);
		expect(r.summary.byLevel).toEqual({
			national: 0,
			state: 5,
			territory: 0,
			metro: 5,
			nonmetro: 5
		});
		expect(r.summary.warnings).toEqual([]);
		const first = r.rows[0]!;
		expect(first.tot_emp).toBeNull();
		expect(first.notes.tot_emp).toBe('employment estimate not available');
		expect(first.h_pct90).toBeNull();
		expect(first.notes.h_pct90).toBe(
			'at or above the top-coded value ($115.00/hour or $239,200/year)'
		);
		expect(r.rows[1]?.tot_emp).toBe(19841); // "19,841"
		expect(r.rows[1]?.area_title).toBe('Synthetic Metro 0, CA');
	});

	it('reads a tab-separated file', async () => {
		const r = await run(readFileSync('tests/fixtures/oews-synthetic-small.tsv', 'utf8'));
		expect(r.ok && r.summary.byLevel.metro).toBe(4);
	});

	it('warns when an area repeats, naming both rows', async () => {
		const r = await run('OCC_CODE,AREA,AREA_TYPE,TOT_EMP\n31-9011,48,2,1\n31-9011,48,2,2\n');
		expect(r.summary.warnings).toEqual([
			{ row: 2, message: 'repeats the area "48" of row 1; both are kept, pages use the later one' }
		]);
	});

	it('reads lower-case headers and a byte-order mark', async () => {
		const r = await run(
			'\uFEFFarea,area_title,area_type,occ_code,tot_emp,a_median\n99,U.S.,1,31-9011,"98,790","58,450"\n'
		);
		expect(r.ok && r.rows[0]).toMatchObject({ area: '99', tot_emp: 98790, a_median: 58450 });
	});

	it('keeps only cross-industry rows of the all-data file', async () => {
		const r = await run(
			'AREA,AREA_TYPE,NAICS,OCC_CODE,TOT_EMP\n99,1,000000,31-9011,100\n99,1,621300,31-9011,40\n'
		);
		expect(r.ok && r.rows.map((x) => x.tot_emp)).toEqual([100]);
	});
});

describe('bad files', () => {
	it('rejects a file without OCC_CODE, naming the columns found', async () => {
		const r = await run('name,price\nA,1\n');
		expect(r.ok).toBe(false);
		expect(r.summary.errors[0]?.message).toContain('No OCC_CODE column');
		expect(r.summary.errors[0]?.message).toContain('name, price');
	});

	it('rejects a file with no row for the occupation', async () => {
		const r = await run('OCC_CODE,TOT_EMP\n29-1011,5\n');
		expect(!r.ok && r.summary.errors[0]?.message).toBe(
			'No cross-industry rows for occupation 31-9011 in 1 rows read.'
		);
	});

	it('names the row and column of text in a number column', async () => {
		const r = await run('OCC_CODE,TOT_EMP,A_MEDIAN\n31-9011,5,1\n31-9011,five,2\n');
		expect(r.ok).toBe(false);
		expect(r.summary.errors[0]).toEqual({
			row: 2,
			column: 'TOT_EMP',
			message: 'row 2, column TOT_EMP: "five" is not a number'
		});
	});

	it('rejects an empty file and a one-column file', async () => {
		expect((await run('')).ok).toBe(false);
		const one = await run('just one column\nrow\n');
		expect(one.summary.errors[0]?.message).toContain('single column');
	});

	it('rejects an invalid occupation code before reading', async () => {
		const r = await importOews('OCC_CODE\n', { occCode: 'massage', fileName: 'x.csv' }).done;
		expect(r.summary.errors[0]?.message).toBe('occCode must be an SOC code such as 31-9011');
	});

	it('cancels and reports it', async () => {
		// A stream is read asynchronously, like a File in the browser; cancel after the first chunk.
		const chunks = [
			'OCC_CODE,TOT_EMP\n',
			...Array.from({ length: 50 }, () => '31-9011,1\n'.repeat(100))
		];
		const h: ReturnType<typeof importOews> = importOews(Readable.from(chunks), {
			occCode: '31-9011',
			fileName: 'x.csv',
			chunkSize: 1000,
			onProgress: (p) => {
				if (p.rowsRead > 100) h.cancel();
			}
		});
		const r = await h.done;
		expect(r.ok).toBe(false);
		expect(!r.ok && r.cancelled).toBe(true);
		expect(r.summary.rowsRead).toBeLessThan(5000);
	});

	it('reads a Node stream to the end when not cancelled', async () => {
		const chunks = [
			'OCC_CODE,TOT_EMP\n',
			...Array.from({ length: 50 }, () => '31-9011,1\n'.repeat(100))
		];
		const r = await importOews(Readable.from(chunks), { occCode: '31-9011', fileName: 'x.csv' })
			.done;
		expect(r.ok && r.rows.length).toBe(5000);
	});
});

describe('importer robustness (property)', () => {
	const cell = fc.oneof(
		{ arbitrary: fc.string({ maxLength: 12 }), weight: 10 },
		fc.constantFrom(
			'*',
			'**',
			'#',
			'~',
			'"',
			'""',
			'1,234',
			'\t',
			';',
			'\uFEFF',
			'\uFFFD',
			'31-9011'
		),
		fc.integer().map(String),
		fc.string({ minLength: 2000, maxLength: 5000 })
	);
	const line = fc
		.array(cell, { maxLength: 8 })
		.chain((cells) => fc.constantFrom(',', '\t', ';').map((sep) => cells.join(sep)));
	const file = fc.tuple(
		fc.constantFrom(
			'',
			'OCC_CODE,TOT_EMP,A_MEDIAN\n',
			'occ code\ttot_emp\n',
			'\uFEFFAREA,OCC_CODE,H_MEAN\n',
			'"OCC_CODE,TOT_EMP\n'
		),
		fc.array(line, { maxLength: 12 }),
		fc.constantFrom('\n', '\r\n', '\r')
	);

	it('never throws, and every rejection names a row or the file (10,000 malformed inputs)', async () => {
		await fc.assert(
			fc.asyncProperty(file, async ([head, lines, eol]) => {
				const text = head + lines.join(eol);
				const r = await run(text);
				if (!r.ok) {
					expect(r.summary.errors.length).toBeGreaterThan(0);
					for (const e of r.summary.errors) expect(typeof e.row).toBe('number');
				} else {
					for (const row of r.rows) expect(row.occ_code).toBe('31-9011');
				}
			}),
			{ numRuns: 10_000 }
		);
	}, 120_000);

	it('treats invalid UTF-8 bytes as replacement characters, not a crash', async () => {
		const bytes = new Uint8Array([
			0x4f, 0x43, 0x43, 0x5f, 0x43, 0x4f, 0x44, 0x45, 0x0a, 0xff, 0xfe, 0x0a
		]);
		const text = new TextDecoder().decode(bytes);
		const r = await run(text);
		expect(r.ok).toBe(false);
	});
});

describe('OewsImporter', () => {
	it('warns about ragged kept rows with their row number', () => {
		const imp = new OewsImporter('31-9011');
		imp.header(['OCC_CODE', 'TOT_EMP', 'A_MEDIAN']);
		imp.row(['31-9011', '5'], 1);
		expect(imp.summary().warnings).toEqual([
			{ row: 1, message: 'has 2 cells where the header has 3' }
		]);
	});
});
