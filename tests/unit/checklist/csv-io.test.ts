import { describe, expect, it } from 'vitest';
import { formatIssue, parseRecords } from '$lib/data/csv';
import {
	exportChecklistCsv,
	parseChecklistImport,
	parseStatus,
	unneutralise
} from '$lib/checklist/csv-io';
import { applyChanges } from '$lib/checklist/history';
import { emptyChecklist, type ChecklistData } from '$lib/checklist/types';
import { STEPS, fixture } from './helpers';

const saved: ChecklistData = {
	steps: {
		'training-program': {
			status: 'done',
			due: '2026-03-01',
			notes: '=SUM(A1) is text',
			costUsd: 2900.5
		},
		'billing-npi': {
			status: 'doing',
			due: null,
			notes: 'line one\nline "two", three',
			costUsd: null
		},
		'marketing-intro': { status: 'skip', due: null, notes: '', costUsd: null }
	},
	quarantine: []
};

describe('exportChecklistCsv', () => {
	it('writes one row per step in order, statuses in words and formulas neutralised', () => {
		const csv = exportChecklistCsv(STEPS, saved);
		const { header, records } = parseRecords(csv);
		expect(header).toEqual([
			'step_id',
			'phase',
			'title',
			'status',
			'due_date',
			'your_cost_usd',
			'notes'
		]);
		expect(records).toHaveLength(33);
		expect(records[0]).toMatchObject({
			step_id: 'training-program',
			status: 'done',
			due_date: '2026-03-01',
			your_cost_usd: '2900.5',
			notes: "'=SUM(A1) is text"
		});
		expect(records.find((r) => r.step_id === 'marketing-intro')?.status).toBe('not for me');
		expect(records.find((r) => r.step_id === 'licence-current')).toMatchObject({
			status: 'to do',
			due_date: '',
			notes: ''
		});
	});

	it('round-trips: importing the export into an empty checklist restores the same state', () => {
		const csv = exportChecklistCsv(STEPS, saved);
		const r = parseChecklistImport('export.csv', csv, STEPS, emptyChecklist());
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.changes).toHaveLength(3); // only the three saved steps differ from the default
		expect(r.unchanged).toBe(30);
		expect(r.notInFile).toBe(0);
		expect(applyChanges(emptyChecklist(), r.changes).steps).toEqual(saved.steps);
	});

	it('imports as "nothing to change" into the same state', () => {
		const r = parseChecklistImport('x.csv', exportChecklistCsv(STEPS, saved), STEPS, saved);
		expect(r.ok && r.changes).toEqual([]);
	});
});

describe('parseChecklistImport', () => {
	it('previews each change field by field and leaves steps not in the file alone', () => {
		const r = parseChecklistImport(
			'checklist-good.csv',
			fixture('checklist-good.csv'),
			STEPS,
			saved
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.notInFile).toBe(29); // 33 steps − 4 rows
		expect(r.unchanged).toBe(1); // licence-current: to do, as saved (nothing)
		expect(r.changes.map((c) => [c.stepId, c.diffs])).toEqual([
			[
				'training-program',
				[
					{ field: 'due date', from: '2026-03-01', to: 'none' },
					{ field: 'your cost', from: '$2,900.50', to: '$2,900.00' },
					{ field: 'notes', from: '=SUM(A1) is text', to: 'Paid in two parts, "deposit" first' }
				]
			],
			[
				'billing-npi',
				[
					{ field: 'due date', from: 'none', to: '2026-12-01' },
					{ field: 'notes', from: 'line one\nline "two", three', to: 'none' }
				]
			],
			[
				'marketing-website',
				[
					{ field: 'status', from: 'to do', to: 'not for me' },
					// the leading quote toCsv adds before a formula-like cell is taken off again
					{ field: 'notes', from: 'none', to: '=not a formula' }
				]
			]
		]);
	});

	it('names the row and column of every checklist problem', () => {
		const r = parseChecklistImport('bad.csv', fixture('checklist-bad-steps.csv'), STEPS, saved);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map(formatIssue)).toEqual([
			'bad.csv: row 2, column "step_id": found "no-such-step", expected the id of a step in this checklist, e.g. "billing-npi"',
			'bad.csv: row 3, column "step_id": found "training-program", expected each step once (it is also on row 1)',
			'bad.csv: row 4, column "status": found "finished", expected to do, doing, done or not for me',
			'bad.csv: row 5, column "due_date": found "2026-02-30", expected a real calendar date written YYYY-MM-DD'
		]);
	});

	it('names the row and column of cells the shared validator rejects', () => {
		const r = parseChecklistImport('cells.csv', fixture('checklist-bad-cells.csv'), STEPS, saved);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map((i) => [i.row, i.column, i.found])).toEqual([
			[1, 'due_date', '01/12/2026'],
			[2, 'your_cost_usd', '-40'],
			[3, 'step_id', '']
		]);
	});

	it('names a missing column in the header', () => {
		const r = parseChecklistImport('m.csv', fixture('checklist-missing-column.csv'), STEPS, saved);
		expect(!r.ok && r.issues.map(formatIssue)).toEqual([
			'm.csv: header, column "status": found "column missing from the header", expected a column named "status"'
		]);
	});

	it('reports an empty file', () => {
		const r = parseChecklistImport('e.csv', '', STEPS, saved);
		expect(!r.ok && r.issues[0]?.found).toBe('no header row');
	});

	it('rejects notes longer than 5000 characters', () => {
		const csv = `step_id,status,due_date,your_cost_usd,notes\ntraining-program,done,,,${'x'.repeat(5001)}\n`;
		const r = parseChecklistImport('long.csv', csv, STEPS, saved);
		expect(!r.ok && r.issues[0]).toMatchObject({
			row: 1,
			column: 'notes',
			found: '5001 characters'
		});
	});
});

describe('parseStatus and unneutralise', () => {
	it.each([
		['to do', 'todo'],
		['TODO', 'todo'],
		['  Not   for me ', 'skip'],
		['not applicable', 'skip'],
		['doing', 'doing'],
		['Done', 'done'],
		['finished', null]
	])('parseStatus(%j) is %j', (text, id) => {
		expect(parseStatus(text)).toBe(id);
	});

	it.each([
		["'=1+1", '=1+1'],
		["'-call back", '-call back'],
		["'quoted'", "'quoted'"],
		['plain', 'plain']
	])('unneutralise(%j) is %j', (text, out) => {
		expect(unneutralise(text)).toBe(out);
	});
});
