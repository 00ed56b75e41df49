import { describe, expect, it } from 'vitest';
import { clinicScenarioStore, validScenario } from '$lib/clinic/clinic-store';
import type { Book } from '$lib/kit/scenarios';
import type { Scenario } from '$lib/clinic/scenario';
import { checkScenario, defaultFields, defaultScenario } from '$lib/clinic/scenario';
import { loadValue, saveValue } from '$lib/state/storage';
import { ctx } from './context';
import { MemoryStorage } from '../memory-storage';

const base = defaultScenario(ctx);
const scenarioStoreSpec = clinicScenarioStore(defaultFields(ctx));
const withRooms = (rooms: string): Scenario => ({
	...base,
	fields: { ...base.fields, treatmentRooms: rooms }
});
const book = (...names: string[]): Book<Scenario> => ({
	scenarios: names.map((name, i) => ({
		id: `id-${i}`,
		name,
		savedAt: '2026-01-02T03:04:05.000Z',
		content: withRooms(String(i + 1))
	}))
});

describe('clinicScenarioStore', () => {
	it('round-trips through versioned storage', () => {
		const storage = new MemoryStorage();
		expect(saveValue(storage, scenarioStoreSpec, book('A'))).toBeNull();
		expect(storage.getItem('mmt:clinic-scenarios:v2')).not.toBeNull();
		const r = loadValue(storage, scenarioStoreSpec);
		expect(r.value).toEqual(book('A'));
		expect(r.problem).toBeNull();
	});

	it('sets aside a damaged value instead of loading it', () => {
		const storage = new MemoryStorage();
		storage.setItem('mmt:clinic-scenarios:v2', JSON.stringify([{ name: 'A' }]));
		const r = loadValue(storage, scenarioStoreSpec, 42);
		expect(r.value).toEqual({ scenarios: [] });
		expect(r.problem).toContain('mmt:clinic-scenarios:corrupt:42');
	});

	it('rejects duplicate names and bad shapes', () => {
		expect(scenarioStoreSpec.validate(book('A', 'a'))).toBeNull();
		expect(validScenario({ ...base, payModel: 'barter' })).toBeNull();
		expect(validScenario({ ...base, state: 'Texas' })).toBeNull();
		const { treatmentRooms: _, ...fewer } = base.fields;
		void _;
		expect(validScenario({ ...base, fields: fewer })).toBeNull();
		expect(validScenario(base)).toEqual(base);
		expect(scenarioStoreSpec.validate(book('A'))).toEqual(book('A'));
	});
});

describe('clinic scenarios saved before the payer lines (version 1)', () => {
	it('keep their insurance payer as the private-plan line, the other payers at 0%, and say so', () => {
		const storage = new MemoryStorage();
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
		const f = r.value.scenarios[0]!.content.fields;
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
		expect(checkScenario(r.value.scenarios[0]!.content).errors).toEqual({});
		expect(r.value.scenarios[0]).toMatchObject({
			name: 'Austin',
			savedAt: '2026-01-02T03:04:05.000Z'
		});
	});
});
