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

	const records = (path: string) => parseRecords(readFileSync(path, 'utf8')).records;

	it('marks M26.60 as a non-billable parent and lists its four billable codes', () => {
		// icd10data.com: M26.60 "converted to parent code" in 2017, non-billable
		const icd = records('data/icd10-codes/icd10-common-massage-dx.csv');
		expect(icd.find((r) => r.icd10_code === 'M26.60')?.billable).toBe('no (parent code)');
		for (const code of ['M26.601', 'M26.602', 'M26.603', 'M26.609'])
			expect(icd.find((r) => r.icd10_code === code)?.billable, code).toBe('yes');
	});

	it('flags the 2026 payments that sit about 3% above units × conversion factor', () => {
		const cpt = records('data/cpt-fees/cpt-medicare-fee-facts.csv');
		for (const [code, rvu, paid] of [
			['97530', '1.05', '36.2'],
			['97110', '0.87', '29.92'],
			['97112', '0.98', '33.71']
		] as const) {
			const row = cpt.find(
				(r) =>
					r.cpt_code === code && r.pfs_year === '2026' && r.field === 'national_payment_nonfacility'
			)!;
			expect(row.value).toBe(paid);
			expect(row.note, code).toMatch(/verify/);
			// e.g. 36.20 ÷ (1.05 × 33.4009) = 1.032…: between 2 % and 4 % above
			const ratio = Number(paid) / (Number(rvu) * 33.4009);
			expect(ratio).toBeGreaterThan(1.02);
			expect(ratio).toBeLessThan(1.04);
		}
	});

	it('flags the third-party 2025–35 national projection row as unverified', () => {
		const rows = records('data/bls-projections-national/projections-national-31-9011.csv');
		const r2535 = rows.find((r) => r.projection_period === '2025-2035')!;
		expect(r2535.employment_base).toBe('155400');
		expect(r2535.verification_status).toMatch(/^unverified/);
		expect(rows.find((r) => r.projection_period === '2024-2034')!.verification_status).toMatch(
			/^read from the BLS/
		);
	});
});
