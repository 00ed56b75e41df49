import { describe, expect, it } from 'vitest';
import { filterSteps, progressByPhase, progressOf, whatsNext } from '$lib/checklist/progress';
import { emptyChecklist, type ChecklistData, type StepState } from '$lib/checklist/types';
import { STEPS, step } from './helpers';

const s = (status: StepState['status'], due: string | null = null): StepState => ({
	status,
	due,
	notes: '',
	costUsd: null
});

/** Four steps: a done, b doing, c not for me, d to do (no entry = default). */
const four = [
	step('a', { order: 1 }),
	step('b', { order: 2 }),
	step('c', { order: 3, phase: 'billing' }),
	step('d', { order: 4, phase: 'billing' })
];
const data: ChecklistData = {
	steps: { a: s('done'), b: s('doing', '2026-01-10'), c: s('skip') },
	quarantine: []
};

describe('progressOf', () => {
	it('counts done over the steps that apply, leaving "not for me" out', () => {
		// 4 steps, 1 skipped → 3 apply; 1 done → 1 ÷ 3
		expect(progressOf(four, data)).toEqual({
			total: 4,
			done: 1,
			doing: 1,
			todo: 1,
			skipped: 1,
			applicable: 3,
			fraction: 1 / 3
		});
	});

	it('returns a null fraction (not 0) when every step is "not for me"', () => {
		const allSkipped = { steps: { a: s('skip') }, quarantine: [] };
		expect(progressOf([step('a')], allSkipped).fraction).toBeNull();
	});

	it('returns 0 of n for an empty checklist', () => {
		const p = progressOf(STEPS, emptyChecklist());
		expect(p.done).toBe(0);
		expect(p.applicable).toBe(33);
		expect(p.fraction).toBe(0);
	});
});

describe('progressByPhase', () => {
	it('returns each phase with steps, in phase order, and the overall count', () => {
		const r = progressByPhase(four, data);
		expect(r.phases.map((p) => [p.phase, p.progress.done, p.progress.applicable])).toEqual([
			['training', 1, 2], // a done, b doing
			['billing', 0, 1] // c skipped, d to do
		]);
		expect(r.overall.applicable).toBe(3);
	});

	it('covers all nine phases with the committed steps', () => {
		const r = progressByPhase(STEPS, emptyChecklist());
		expect(r.phases.map((p) => p.phase)).toEqual([
			'training',
			'licence',
			'menu',
			'clients',
			'referrals',
			'environment',
			'billing',
			'marketing',
			'education'
		]);
		expect(r.phases.reduce((n, p) => n + p.progress.total, 0)).toBe(STEPS.length);
	});
});

describe('whatsNext', () => {
	it('returns the earliest undone steps in order, with overdue flags', () => {
		const next = whatsNext({ steps: [...four].reverse(), data, today: '2026-02-01' });
		// a is done and c is not for me: b (doing, due 2026-01-10 < today) then d
		expect(next.map((n) => [n.step.id, n.state.status, n.overdue])).toEqual([
			['b', 'doing', true],
			['d', 'todo', false]
		]);
	});

	it('returns at most `limit` steps and nothing when all is done', () => {
		expect(whatsNext({ steps: STEPS, data: emptyChecklist(), today: '2026-01-01' })).toHaveLength(
			3
		);
		expect(
			whatsNext({ steps: STEPS, data: emptyChecklist(), today: '2026-01-01', limit: 1 })[0]?.step.id
		).toBe('training-program');
		const done = { steps: { a: s('done') }, quarantine: [] };
		expect(whatsNext({ steps: [step('a')], data: done, today: '2026-01-01' })).toEqual([]);
	});

	it('does not call a step due today overdue', () => {
		const d = { steps: { a: s('todo', '2026-03-05') }, quarantine: [] };
		expect(whatsNext({ steps: [step('a')], data: d, today: '2026-03-05' })[0]?.overdue).toBe(false);
	});
});

describe('filterSteps', () => {
	it.each([
		[{ phase: 'all', status: 'all' }, ['a', 'b', 'c', 'd']],
		[{ phase: 'billing', status: 'all' }, ['c', 'd']],
		[{ phase: 'all', status: 'todo' }, ['d']],
		[{ phase: 'training', status: 'skip' }, []]
	] as const)('filters %j to %j', (filter, ids) => {
		expect(filterSteps(four, data, filter).map((x) => x.id)).toEqual(ids);
	});
});
