import { describe, expect, it } from 'vitest';
import { loadValue, saveValue } from '$lib/state/storage';
import {
	CHECKLIST_STORE,
	isIsoDate,
	localIsoDate,
	migrateChecklistV1,
	readStepState,
	validateChecklist
} from '$lib/checklist/store';
import { MemoryStorage } from './helpers';

const NOW = 1_700_000_000_000;

describe('checklist storage', () => {
	it('migrates a version-1 list of done ids and keeps the old key', () => {
		const storage = new MemoryStorage();
		storage.setItem(
			'mmt:checklist:v1',
			JSON.stringify({ done: ['billing-npi', 'training-program'] })
		);
		const r = loadValue(storage, CHECKLIST_STORE, NOW);
		expect(r.from).toBe('migrated');
		expect(r.problem).toBeNull();
		expect(r.value.steps).toEqual({
			'billing-npi': { status: 'done', due: null, notes: '', costUsd: null },
			'training-program': { status: 'done', due: null, notes: '', costUsd: null }
		});
		// written under v2, v1 left as a way back
		expect(JSON.parse(storage.getItem('mmt:checklist:v2')!).steps['billing-npi'].status).toBe(
			'done'
		);
		expect(storage.getItem('mmt:checklist:v1')).not.toBeNull();
	});

	it('reports a version-1 value it cannot migrate, keeps a copy and starts fresh', () => {
		const storage = new MemoryStorage();
		storage.setItem('mmt:checklist:v1', JSON.stringify({ ticked: 3 }));
		const r = loadValue(storage, CHECKLIST_STORE, NOW);
		expect(r.value).toEqual({ steps: {}, quarantine: [] });
		expect(r.problem).toContain('migration from version 1 failed');
		expect(storage.getItem(`mmt:checklist:corrupt:${NOW}`)).toBe('{"ticked":3}');
	});

	it('keeps the readable steps and quarantines a corrupted step entry with its reason', () => {
		const storage = new MemoryStorage();
		storage.setItem(
			'mmt:checklist:v2',
			JSON.stringify({
				steps: {
					'training-program': { status: 'done', due: null, notes: 'paid', costUsd: 2900 },
					'billing-npi': { status: 'finished', due: null, notes: '', costUsd: null },
					'billing-payers': { status: 'doing', due: '2026-02-30', notes: '', costUsd: null }
				},
				quarantine: []
			})
		);
		const r = loadValue(storage, CHECKLIST_STORE, NOW);
		expect(r.problem).toBeNull();
		expect(Object.keys(r.value.steps)).toEqual(['training-program']);
		expect(r.value.steps['training-program']?.notes).toBe('paid');
		expect(r.value.quarantine.map((q) => [q.stepId, q.reason])).toEqual([
			['billing-npi', 'status "finished" is not one of to do, doing, done, not for me'],
			['billing-payers', 'due date "2026-02-30" is not a date (YYYY-MM-DD)']
		]);
		// the raw entries are kept, not lost
		expect(r.value.quarantine[0]?.raw).toEqual({
			status: 'finished',
			due: null,
			notes: '',
			costUsd: null
		});
	});

	it('keeps the quarantine when the value is saved and read again', () => {
		const storage = new MemoryStorage();
		const value = validateChecklist({ steps: { x: { status: 'nope' } } })!;
		saveValue(storage, CHECKLIST_STORE, value);
		const again = loadValue(storage, CHECKLIST_STORE, NOW).value;
		expect(again.quarantine).toEqual([
			{ stepId: 'x', raw: { status: 'nope' }, reason: expect.stringContaining('"nope"') }
		]);
	});

	it('reports text that is not JSON, keeps a copy, and leaves other keys alone', () => {
		const storage = new MemoryStorage();
		storage.setItem('mmt:checklist:v2', '{"steps": {');
		storage.setItem('mmt:marketing-plan:v1', '{"channels":[]}');
		const r = loadValue(storage, CHECKLIST_STORE, NOW);
		expect(r.value).toEqual({ steps: {}, quarantine: [] });
		expect(r.problem).toContain('not valid JSON');
		expect(storage.getItem(`mmt:checklist:corrupt:${NOW}`)).toBe('{"steps": {');
		expect(storage.getItem('mmt:marketing-plan:v1')).toBe('{"channels":[]}');
	});

	it('keeps an odd entry already kept aside, and refuses a quarantine that is not a list', () => {
		const odd = { stepId: 3, why: 'old' };
		const good = { stepId: 'x', raw: 1, reason: 'r' };
		expect(validateChecklist({ steps: {}, quarantine: [good, odd] })?.quarantine).toEqual([
			good,
			{ stepId: '(unknown step)', raw: odd, reason: 'a kept-aside entry of an unexpected shape' }
		]);
		expect(validateChecklist({ steps: {}, quarantine: 'lost?' })).toBeNull();
		expect(validateChecklist({ steps: {} })).toEqual({ steps: {}, quarantine: [] });
	});

	it.each([null, [], 'text', { steps: [] }, { steps: null }])(
		'treats %j as unreadable as a whole',
		(v) => {
			expect(validateChecklist(v)).toBeNull();
		}
	);
});

describe('migrateChecklistV1', () => {
	it('throws for a list that is not all ids', () => {
		expect(() => migrateChecklistV1({ done: ['a', 2] })).toThrow('no list of done step ids');
	});
});

describe('readStepState', () => {
	it.each([
		[{ status: 'done' }, { state: { status: 'done', due: null, notes: '', costUsd: null } }],
		[
			{ status: 'skip', due: '2024-02-29', notes: 'leap', costUsd: 0 },
			{ state: { status: 'skip', due: '2024-02-29', notes: 'leap', costUsd: 0 } }
		],
		[{ status: 'done', costUsd: -5 }, { reason: 'own cost -5 is not an amount of 0 or more' }],
		[{ status: 'done', notes: 7 }, { reason: 'notes are not text of at most 5000 characters' }],
		['done', { reason: 'not an object' }]
	])('reads %j', (raw, expected) => {
		expect(readStepState(raw)).toEqual(expected);
	});
});

describe('dates', () => {
	it.each([
		['2026-02-28', true],
		['2024-02-29', true],
		['2026-02-29', false],
		['2026-13-01', false],
		['26-01-01', false]
	])('isIsoDate(%s) is %s', (d, ok) => {
		expect(isIsoDate(d)).toBe(ok);
	});

	it('writes a local date as YYYY-MM-DD', () => {
		expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
