import { describe, expect, it } from 'vitest';
import {
	deleteScenario,
	isSavedScenario,
	nameProblem,
	renameScenario,
	saveScenario,
	clinicScenarioStore,
	type SavedScenario
} from '$lib/clinic/store';
import { checkScenario, defaultFields, defaultScenario } from '$lib/clinic/scenario';
import { loadValue, saveValue } from '$lib/state/storage';
import { ctx } from './context';

const base = defaultScenario(ctx);
const scenarioStoreSpec = clinicScenarioStore(defaultFields(ctx));
const entry = (name: string, rooms = '3'): SavedScenario => ({
	name,
	savedAt: '2026-01-02T03:04:05.000Z',
	scenario: { ...base, fields: { ...base.fields, treatmentRooms: rooms } }
});

/** A minimal in-memory Storage. */
function memory(): Storage {
	const m = new Map<string, string>();
	return {
		get length() {
			return m.size;
		},
		clear: () => m.clear(),
		getItem: (k) => m.get(k) ?? null,
		key: (i) => [...m.keys()][i] ?? null,
		removeItem: (k) => void m.delete(k),
		setItem: (k, v) => void m.set(k, v)
	};
}

describe('saveScenario', () => {
	it('adds a new name', () => {
		const r = saveScenario([], entry(' Austin '));
		expect(r).toEqual({ ok: true, list: [entry('Austin')] });
	});

	it('never overwrites an existing name without being told to', () => {
		const list = [entry('Austin', '3')];
		expect(saveScenario(list, entry('Austin', '5'))).toEqual({ ok: false, conflict: 'Austin' });
		const r = saveScenario(list, entry('Austin', '5'), true);
		expect(r.ok && r.list.map((s) => s.scenario.fields.treatmentRooms)).toEqual(['5']);
	});

	it('refuses an empty or too long name', () => {
		expect(saveScenario([], entry('  '))).toEqual({
			ok: false,
			problem: 'Give the scenario a name.'
		});
		expect(nameProblem('x'.repeat(61))).toBe('Use at most 60 characters.');
	});
});

describe('renameScenario and deleteScenario', () => {
	const list = [entry('A', '1'), entry('B', '2')];

	it('renames in place', () => {
		const r = renameScenario(list, 'A', 'C');
		expect(r.ok && r.list.map((s) => s.name)).toEqual(['C', 'B']);
	});

	it('asks before renaming onto another name, then replaces it', () => {
		expect(renameScenario(list, 'A', 'B')).toEqual({ ok: false, conflict: 'B' });
		const r = renameScenario(list, 'A', 'B', true);
		expect(r.ok && r.list.map((s) => [s.name, s.scenario.fields.treatmentRooms])).toEqual([
			['B', '1']
		]);
	});

	it('explains a missing source', () => {
		expect(renameScenario(list, 'Z', 'Y')).toEqual({
			ok: false,
			problem: 'No saved scenario is called “Z”.'
		});
	});

	it('deletes by name', () => {
		expect(deleteScenario(list, 'A').map((s) => s.name)).toEqual(['B']);
	});
});

describe('clinicScenarioStore', () => {
	it('round-trips through versioned storage', () => {
		const storage = memory();
		expect(saveValue(storage, scenarioStoreSpec, [entry('A')])).toBeNull();
		expect(storage.getItem('mmt:clinic-scenarios:v2')).not.toBeNull();
		const r = loadValue(storage, scenarioStoreSpec);
		expect(r.value).toEqual([entry('A')]);
		expect(r.problem).toBeNull();
	});

	it('sets aside a damaged value instead of loading it', () => {
		const storage = memory();
		storage.setItem('mmt:clinic-scenarios:v2', JSON.stringify([{ name: 'A' }]));
		const r = loadValue(storage, scenarioStoreSpec, 42);
		expect(r.value).toEqual([]);
		expect(r.problem).toContain('mmt:clinic-scenarios:corrupt:42');
	});

	it('rejects duplicate names and bad shapes', () => {
		expect(scenarioStoreSpec.validate([entry('A'), entry('A')])).toBeNull();
		expect(isSavedScenario({ ...entry('A'), scenario: { ...base, payModel: 'barter' } })).toBe(
			false
		);
		expect(isSavedScenario({ ...entry('A'), scenario: { ...base, state: 'Texas' } })).toBe(false);
		const { treatmentRooms: _, ...fewer } = base.fields;
		void _;
		expect(isSavedScenario({ ...entry('A'), scenario: { ...base, fields: fewer } })).toBe(false);
		expect(isSavedScenario({ ...entry('A'), savedAt: 'yesterday' })).toBe(false);
		expect(isSavedScenario(entry('A'))).toBe(true);
	});
});

describe('clinic scenarios saved before the payer lines (version 1)', () => {
	it('keep their insurance payer as the private-plan line, the other payers at 0%, and say so', () => {
		const storage = memory();
		// a version-1 scenario: the old fields, no payer lines
		const old: Record<string, string> = {};
		for (const [k, v] of Object.entries(base.fields))
			if (!/^(pip|wc|private|medicaid)/.test(k)) old[k] = v;
		Object.assign(old, {
			relaxationShare: '40',
			cashMedicalShare: '30',
			insuranceShare: '30',
			allowedPerUnitUsd: '29.76',
			denialRate: '11.8',
			daysToPayment: '42'
		});
		const v1 = [
			{
				name: 'Austin',
				savedAt: '2026-01-02T03:04:05.000Z',
				scenario: { ...base, fields: old }
			}
		];
		storage.setItem('mmt:clinic-scenarios:v1', JSON.stringify(v1));
		const r = loadValue(storage, scenarioStoreSpec);
		expect(r.from).toBe('migrated');
		expect(r.problem).toMatch(/insurance payer is now its “Private health plans” line/);
		const f = r.value[0]!.scenario.fields;
		expect([
			f.privateShare,
			f.privateAllowedUsd,
			f.privateDenialRate,
			f.privateDaysToPayment
		]).toEqual(['30', '29.76', '11.8', '42']);
		expect([f.pipShare, f.wcShare, f.medicaidShare, f.privatePerVisit]).toEqual([
			'0',
			'0',
			'0',
			'0'
		]);
		// 40 + 30 + 30 + 0 + 0 + 0 = 100: the migrated plan still adds up
		expect(checkScenario(r.value[0]!.scenario).errors).toEqual({});
	});
});
