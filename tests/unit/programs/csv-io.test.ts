import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseRecords } from '../../../src/lib/data/csv';
import {
	applyImport,
	parseProgramsCsv,
	planImport,
	programsToCsv
} from '../../../src/lib/programs/csv-io';
import type { Program } from '../../../src/lib/programs/types';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const reserved = new Set(['somi_cmmp', 'norton_clt']);

const mine = (over: Partial<Program> = {}): Program => ({
	id: 'lymph_local',
	origin: 'custom',
	provider: 'Riverside Lymph School',
	credential: 'Local MLD course',
	specialty: 'manual lymph drainage',
	totalHours: 40,
	hoursBreakdown: null,
	costUsd: 2400,
	costNote: 'quoted by phone',
	format: 'in-person',
	duration: '2 weeks',
	prerequisites: null,
	ceCredits: null,
	renewal: null,
	verificationStatus: null,
	source: 'my notes',
	sourceUrl: 'https://example.org/mld',
	note: null,
	...over
});

describe('parseProgramsCsv', () => {
	it('reads a good file, with "2,400" as 2400 and blanks as null (never 0)', () => {
		const r = parseProgramsCsv('programs-good.csv', fixture('programs-good.csv'), reserved);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.programs).toHaveLength(2);
		expect(r.programs[0]).toEqual(mine());
		expect(r.programs[1]).toMatchObject({ id: 'oncology_online', costUsd: 450, renewal: null });
	});

	it('names the row and column of a bad number', () => {
		const r = parseProgramsCsv('p.csv', fixture('programs-bad-number.csv'), reserved);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map(formatIssue)).toEqual([
			'p.csv: row 2, column "cost_usd": found "four hundred", expected a number ≥ 0 (or blank)'
		]);
	});

	it('names a missing column', () => {
		const r = parseProgramsCsv('p.csv', fixture('programs-missing-column.csv'), reserved);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const missing = r.issues.filter((i) => i.found === 'column missing from the header');
		expect(missing.map((i) => i.column)).toContain('credential');
		expect(missing.every((i) => i.row === 0)).toBe(true);
	});

	it('rejects a repeated id and a bundled program’s id, naming the rows', () => {
		const r = parseProgramsCsv('p.csv', fixture('programs-duplicate-id.csv'), reserved);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map(formatIssue)).toEqual([
			'p.csv: row 2, column "program_id": found "somi_cmmp", expected an id that is not already a bundled program',
			'p.csv: row 3, column "program_id": found "lymph_local", expected an id not already used on row 1'
		]);
	});

	it('refuses a source address that is not a web address', () => {
		const text = programsToCsv([mine({ sourceUrl: 'javascript:alert(1)' })]);
		const r = parseProgramsCsv('p.csv', text, reserved);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues[0]).toMatchObject({ row: 1, column: 'source_url' });
	});
});

describe('programsToCsv', () => {
	it('round-trips through parseProgramsCsv unchanged', () => {
		const list = [
			mine(),
			mine({ id: 'b', costUsd: null, totalHours: 12.5, note: 'a, "quoted" note' })
		];
		const r = parseProgramsCsv('x.csv', programsToCsv(list), reserved);
		expect(r.ok && r.programs).toEqual(list);
	});

	it('neutralises spreadsheet formulas', () => {
		const text = programsToCsv([mine({ provider: '=HYPERLINK("x")' })]);
		expect(parseRecords(text).records[0]?.provider).toBe(`'=HYPERLINK("x")`);
	});
});

describe('planImport and applyImport', () => {
	const saved = [mine(), mine({ id: 'other', credential: 'Other' })];

	it('lists added, changed and unchanged programs and keeps the rest', () => {
		const incoming = [mine({ costUsd: 2500 }), mine({ id: 'new_one', credential: 'New' })];
		const plan = planImport(saved, incoming);
		expect(plan.added.map((p) => p.id)).toEqual(['new_one']);
		expect(plan.changed).toHaveLength(1);
		expect(plan.changed[0]?.columns).toEqual(['cost_usd']);
		expect(plan.changed[0]?.before.costUsd).toBe(2400);
		expect(plan.unchanged).toEqual([]);
		expect(plan.keptCount).toBe(1);
		const after = applyImport(saved, plan);
		expect(after.map((p) => [p.id, p.costUsd])).toEqual([
			['lymph_local', 2500],
			['other', 2400],
			['new_one', 2400]
		]);
	});

	it('finds nothing to change when the file matches what is saved', () => {
		const plan = planImport(saved, saved);
		expect(plan.unchanged).toHaveLength(2);
		expect(plan.added).toEqual([]);
		expect(plan.changed).toEqual([]);
	});
});
