import { describe, expect, it } from 'vitest';
import type { RangeBounds } from '$lib/income/ranges';
import { scenarioStore, validContent, type ScenarioContent } from '$lib/income/income-scenarios';
import { saveScenario, validateBook, type Book } from '$lib/kit/scenarios';
import { loadValue, saveValue } from '$lib/state/storage';
import { realisticInputs, fullBounds } from '../finance/fixtures';
import { MemoryStorage } from '../memory-storage';

const ranges: RangeBounds = fullBounds({
	rampUpMonths: { low: 3, high: 12 },
	medicalSessionsPerWeek: { low: 4, high: 14 },
	privateAllowedUsd: { low: 22, high: 35 },
	privateDenialRate: { low: 0.05, high: 0.3 },
	privateDaysToPayment: { low: 20, high: 120 },
	medicalCashPriceUsd: { low: 80, high: 140 }
});
const NOW = '2026-05-01T10:00:00.000Z';
const STORE = scenarioStore({ inputs: realisticInputs(), ranges });
const content = (programCostUsd = 6000): ScenarioContent => ({
	inputs: realisticInputs({ programCostUsd }),
	ranges,
	state: 'TX'
});
const empty: Book<ScenarioContent> = { scenarios: [] };

function saved(book: Book<ScenarioContent>, name: string, id: string, cost?: number) {
	const r = saveScenario(book, name, content(cost), { id, now: NOW });
	if (!r.ok) throw new Error('save failed');
	return r.book;
}

describe('scenario storage', () => {
	it('round-trips through versioned storage under mmt:income-scenarios:v2', () => {
		const storage = new MemoryStorage();
		const book = saved(saved(empty, 'Plan A', 'a'), 'Plan B', 'b', 1234.56);
		expect(saveValue(storage, STORE, book)).toBeNull();
		expect(storage.getItem('mmt:income-scenarios:v2')).not.toBeNull();
		expect(loadValue(storage, STORE)).toEqual({
			value: book,
			problem: null,
			from: 'current',
			keptAside: null
		});
	});

	it('keeps a damaged book under a backup key and starts afresh, saying so', () => {
		const storage = new MemoryStorage();
		const book = saved(empty, 'Plan A', 'a');
		const bad = structuredClone(book);
		bad.scenarios[0]!.content.inputs.privateDenialRate = 7; // not a fraction 0–1
		storage.setItem('mmt:income-scenarios:v2', JSON.stringify(bad));
		const r = loadValue(storage, STORE, 42);
		expect(r.value).toEqual(empty);
		expect(r.problem).toContain('could not be read (unexpected shape)');
		expect(storage.getItem('mmt:income-scenarios:corrupt:42')).toBe(JSON.stringify(bad));
	});

	it.each([
		['not an object', 'x'],
		['no list', {}],
		['duplicate names', { scenarios: [{ n: 1 }, { n: 2 }] }],
		['missing input', { scenarios: [{ drop: 'programCostUsd' }] }],
		['range low above high', { scenarios: [{ lowAboveHigh: true }] }],
		['cap below today’s hours', { scenarios: [{ cap: 1 }] }],
		['bad state', { scenarios: [{ state: 'Texas' }] }],
		['bad date', { scenarios: [{ savedAt: 'yesterday' }] }]
	])('rejects a book with %s', (_why, shape) => {
		const base = saved(empty, 'Plan A', 'a').scenarios[0]!;
		const make = (o: Record<string, unknown>) => {
			const s = structuredClone(base) as unknown as Record<string, unknown> & typeof base;
			const c = s.content;
			if (o.n !== undefined) s.id = `id${o.n}`;
			if (typeof o.drop === 'string')
				delete (c.inputs as unknown as Record<string, unknown>)[o.drop];
			if (o.lowAboveHigh) c.ranges.privateDenialRate = { low: 0.3, high: 0.1 };
			if (typeof o.cap === 'number') c.inputs.handsOnHoursPerWeekCap = o.cap;
			if (o.state !== undefined) c.state = o.state as string;
			if (o.savedAt !== undefined) s.savedAt = o.savedAt as string;
			return s;
		};
		const value =
			typeof shape === 'object' && 'scenarios' in shape
				? { scenarios: (shape.scenarios as Record<string, unknown>[]).map(make) }
				: shape;
		expect(validateBook(value, validContent)).toBeNull();
	});

	it('accepts a valid book', () => {
		const book = saved(empty, 'Plan A', 'a');
		expect(validateBook(JSON.parse(JSON.stringify(book)), validContent)).toEqual(book);
	});
});

describe('scenarios saved before the payer lines (version 1)', () => {
	it('map the single insurance payer onto the private-plan line, say so once, and keep the old copy', () => {
		const storage = new MemoryStorage();
		const defaults = { inputs: realisticInputs({ privateShare: 0 }), ranges };
		const store = scenarioStore(defaults);
		// a version-1 inputs object: the old single-insurance fields, no payer lines, no tax fields
		const v1Inputs: Record<string, unknown> = { ...realisticInputs() };
		for (const k of Object.keys(v1Inputs))
			if (/^(pip|wc|private|medicaid)|^(taxYear|marriedJoint|qbiDeduction)$/.test(k))
				delete v1Inputs[k];
		Object.assign(v1Inputs, {
			insuranceShare: 0.5,
			allowedPerUnitUsd: 29.76,
			denialRate: 0.118,
			daysToPayment: 42,
			billingCostShare: 0.06
		});
		const v1 = {
			scenarios: [
				{
					id: 'a',
					name: 'Old plan',
					savedAt: NOW,
					state: 'FL',
					inputs: v1Inputs,
					ranges: {
						allowedPerUnitUsd: { low: 14.25, high: 30 },
						rampUpMonths: { low: 3, high: 12 }
					}
				}
			]
		};
		const text = JSON.stringify(v1);
		storage.setItem('mmt:income-scenarios:v1', text);
		const r = loadValue(storage, store);
		expect(r.from).toBe('migrated');
		expect(r.problem).toMatch(/single insurance payer is now its “Private health plans” line/);
		const s = r.value.scenarios[0]!.content;
		expect(r.value.scenarios[0]).toMatchObject({ id: 'a', name: 'Old plan', savedAt: NOW });
		expect(s.state).toBe('FL');
		expect(s.inputs).toMatchObject({
			privateShare: 0.5,
			privateAllowedUsd: 29.76,
			privatePerVisit: 0,
			privateDenialRate: 0.118,
			privateDaysToPayment: 42,
			privateBillingCostShare: 0.06,
			pipShare: 0,
			wcShare: 0,
			medicaidShare: 0,
			taxYear: 2026
		});
		expect(s.ranges.privateAllowedUsd).toEqual({ low: 14.25, high: 30 });
		// the old key is left as it was (a way back); the migrated book is saved under v2
		expect(storage.getItem('mmt:income-scenarios:v1')).toBe(text);
		expect(storage.getItem('mmt:income-scenarios:v2')).not.toBeNull();
		// a second load reads v2 and says nothing more
		expect(loadValue(storage, store).problem).toBeNull();
	});
});
