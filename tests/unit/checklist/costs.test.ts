import { describe, expect, it } from 'vitest';
import { costSummary, incomeHref, pageLink } from '$lib/checklist/costs';
import { parseOwnCost } from '$lib/checklist/fields';
import { emptyChecklist, type ChecklistData } from '$lib/checklist/types';
import { STEPS, step } from './helpers';

const steps = [
	step('train', { order: 1, incomeField: 'programCostUsd', costLowUsd: 1500, costHighUsd: 5000 }),
	step('board', { order: 2, incomeField: 'programCostUsd', costLowUsd: 250, costHighUsd: 275 }),
	step('npi', { order: 3, incomeField: 'credentialingUsd' }),
	step('room', { order: 4, incomeField: 'equipmentUsd' }),
	step('site', { order: 5, incomeField: 'launchMarketingUsd' }),
	step('scope', { order: 6 }) // no cost kind: never counted
];
const todo = { due: null, notes: '', costUsd: null };

describe('costSummary', () => {
	it('sums the low ends by kind and lists steps with no published cost', () => {
		const s = costSummary({ steps, data: emptyChecklist(), basis: 'low' });
		// programCostUsd: 1500 + 250 = 1750; the other kinds have no published cost
		expect(s.kinds.map((k) => [k.field, k.totalUsd])).toEqual([
			['programCostUsd', 1750],
			['credentialingUsd', null],
			['equipmentUsd', null],
			['launchMarketingUsd', null]
		]);
		expect(s.totalUsd).toBe(1750);
		expect(s.unknown.map((x) => x.id)).toEqual(['npi', 'room', 'site']);
	});

	it('uses the high ends, own figures first, and leaves "not for me" steps out', () => {
		const data: ChecklistData = {
			steps: {
				board: { ...todo, status: 'skip' },
				npi: { ...todo, status: 'done', costUsd: 0 },
				site: { ...todo, status: 'doing', costUsd: 1200.5 }
			},
			quarantine: []
		};
		const s = costSummary({ steps, data, basis: 'high' });
		// program: 5000 (board skipped); credentialing: own figure 0 (a real 0 the user typed);
		// equipment: unknown; launch marketing: own figure 1200.50
		expect(s.kinds.map((k) => k.totalUsd)).toEqual([5000, 0, null, 1200.5]);
		expect(s.totalUsd).toBeCloseTo(6200.5, 2);
		expect(s.skipped.map((x) => x.id)).toEqual(['board']);
		expect(s.unknown.map((x) => x.id)).toEqual(['room']);
		expect(s.kinds[0]!.costed.map((c) => c.from)).toEqual(['published high end']);
		expect(s.kinds[3]!.costed.map((c) => c.from)).toEqual(['your figure']);
	});

	it('returns a null total when nothing is known', () => {
		const s = costSummary({ steps: [steps[2]!], data: emptyChecklist(), basis: 'low' });
		expect(s.totalUsd).toBeNull();
	});

	it('costs the committed checklist at $1,750 (low) and $5,275 (high)', () => {
		// training-program $1,500–5,000 + training-board $250–275; everything else varies
		expect(costSummary({ steps: STEPS, data: emptyChecklist(), basis: 'low' }).totalUsd).toBe(1750);
		expect(costSummary({ steps: STEPS, data: emptyChecklist(), basis: 'high' }).totalUsd).toBe(
			5275
		);
	});
});

describe('incomeHref', () => {
	it('carries only the kinds with a known cost, unrounded', () => {
		const data: ChecklistData = {
			steps: { site: { ...todo, status: 'todo', costUsd: 99.99 } },
			quarantine: []
		};
		const s = costSummary({ steps, data, basis: 'low' });
		expect(incomeHref(s)).toBe('/income?programCostUsd=1750&launchMarketingUsd=99.99');
		expect(incomeHref(s, 175)).toBe(
			'/income?programCostUsd=1750&launchMarketingUsd=99.99&marketingMonthlyUsd=175'
		);
	});

	it('is the bare page when nothing is known', () => {
		const s = costSummary({ steps: [steps[2]!], data: emptyChecklist(), basis: 'low' });
		expect(incomeHref(s)).toBe('/income');
	});
});

describe('pageLink', () => {
	it('links only to pages that have shipped, or to this page', () => {
		expect(pageLink('/income', ['/', '/income'])).toEqual({
			href: '/income',
			label: 'Income projection'
		});
		expect(pageLink('/programs', ['/'])).toEqual({ href: null, label: 'Programs' });
		expect(pageLink('/checklist#marketing', [])).toEqual({
			href: '/checklist#marketing',
			label: 'Marketing plan (on this page)'
		});
		expect(pageLink(null, ['/'])).toBeNull();
	});
});

describe('parseOwnCost', () => {
	it.each([
		['$1,250.50', { value: 1250.5 }],
		['0', { value: 0 }],
		['  ', { value: null }],
		['12.', { value: 12 }],
		['-3', { error: 'Enter an amount of 0 or more in US dollars, or leave it blank.' }],
		['about 300', { error: 'Enter an amount of 0 or more in US dollars, or leave it blank.' }]
	])('reads %j', (raw, out) => {
		expect(parseOwnCost(raw)).toEqual(out);
	});
});
