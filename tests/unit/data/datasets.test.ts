import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/lib/data/catalog';
import { parseRecords, validateCsv, formatIssue } from '../../../src/lib/data/csv';

const folders = readdirSync('data', { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name)
	.sort();

describe('committed datasets', () => {
	it('has one catalog entry per data folder, and a folder per entry', () => {
		expect(DATASETS.map((d) => d.id).sort()).toEqual(folders);
	});

	it('has a data/README.md that links every dataset', () => {
		const index = readFileSync('data/README.md', 'utf8');
		for (const d of DATASETS) expect(index, d.id).toContain(`${d.id}/`);
	});

	describe.each(DATASETS.map((d) => [d.id, d] as const))('%s', (_id, d) => {
		const path = `data/${d.id}/${d.file}`;
		const text = readFileSync(path, 'utf8');

		it('passes its schema', () => {
			const r = validateCsv(path, text, d.schema);
			expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
			expect(r.ok && r.rows.length).toBeGreaterThan(0);
		});

		it('has a README with the provenance headings and every column in its table', () => {
			const readme = `data/${d.id}/README.md`;
			expect(existsSync(readme), readme).toBe(true);
			const md = readFileSync(readme, 'utf8');
			for (const heading of ['Column', 'Type', 'Unit', 'Description'])
				expect(md).toContain(heading);
			expect(md).toMatch(/caveat/i);
			const { header } = parseRecords(text);
			const listed = [...md.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]);
			for (const col of header)
				expect(
					listed.map((c) => c?.toLowerCase()),
					`${readme} lists ${col}`
				).toContain(col);
		});
	});
});

describe('published facts the app relies on', () => {
	const national = readFileSync('data/bls-oews-national/oews-national-31-9011.csv', 'utf8');

	it('has the May 2025 national median of $58,450 and employment of 98,790', () => {
		// Values from BLS national_M2025_dl.xlsx, row 31-9011 (see the dataset README).
		const row = parseRecords(national).records.find((r) => r.reference_year === '2025');
		expect(row?.a_median).toBe('58450');
		expect(row?.tot_emp).toBe('98790');
	});

	it('has no Vermont row in May 2025 and no Rhode Island row in May 2024', () => {
		const s25 = parseRecords(
			readFileSync('data/bls-oews-state-2025/oews-state-2025-31-9011.csv', 'utf8')
		);
		const s24 = parseRecords(
			readFileSync('data/bls-oews-state-2024/oews-state-2024-31-9011.csv', 'utf8')
		);
		expect(s25.records.some((r) => r.state_abbr === 'VT')).toBe(false);
		expect(s24.records.some((r) => r.state_abbr === 'RI')).toBe(false);
		expect(s25.records).toHaveLength(50);
	});
});
