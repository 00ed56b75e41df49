import { describe, expect, it } from 'vitest';
import { applyChanges, changeStep, pushHistory, undo } from '$lib/checklist/history';
import { DEFAULT_STEP_STATE, emptyChecklist, withStep } from '$lib/checklist/types';

describe('changeStep and applyChanges', () => {
	it('records the state before and after, and drops entries back at the default', () => {
		const c = changeStep(emptyChecklist(), 'a', { status: 'done' })!;
		expect(c).toEqual({
			stepId: 'a',
			before: DEFAULT_STEP_STATE,
			after: { ...DEFAULT_STEP_STATE, status: 'done' }
		});
		const data = applyChanges(emptyChecklist(), [c]);
		expect(data.steps.a?.status).toBe('done');
		const back = applyChanges(data, [changeStep(data, 'a', { status: 'todo' })!]);
		expect(back.steps).toEqual({});
	});

	it('returns null when nothing would change', () => {
		expect(changeStep(emptyChecklist(), 'a', { status: 'todo' })).toBeNull();
	});
});

describe('undo', () => {
	it('puts back the state before the newest entry, one entry at a time', () => {
		let data = emptyChecklist();
		let stack = pushHistory([], {
			label: 'tick a',
			changes: [changeStep(data, 'a', { status: 'done' })!]
		});
		data = applyChanges(data, stack[0]!.changes);
		const c2 = [changeStep(data, 'a', { notes: 'x' })!, changeStep(data, 'b', { status: 'skip' })!];
		stack = pushHistory(stack, { label: 'import', changes: c2 });
		data = applyChanges(data, c2);

		const r1 = undo(data, stack);
		expect(r1.undone?.label).toBe('import');
		expect(r1.skipped).toEqual([]);
		expect(r1.data.steps).toEqual({ a: { ...DEFAULT_STEP_STATE, status: 'done' } });
		const r2 = undo(r1.data, r1.stack);
		expect(r2.data.steps).toEqual({});
		expect(undo(r2.data, r2.stack).undone).toBeNull();
	});

	it('leaves alone, and reports, a step changed since (e.g. in another tab)', () => {
		let data = emptyChecklist();
		const changes = [
			changeStep(data, 'a', { status: 'done' })!,
			changeStep(data, 'b', { status: 'done' })!
		];
		data = applyChanges(data, changes);
		// another tab then sets b to "doing"
		data = withStep(data, 'b', { ...DEFAULT_STEP_STATE, status: 'doing' });
		const r = undo(data, [{ label: 'import', changes }]);
		expect(r.skipped).toEqual(['b']);
		expect(r.data.steps).toEqual({ b: { ...DEFAULT_STEP_STATE, status: 'doing' } });
	});

	it('keeps at most the limit of entries', () => {
		let stack = pushHistory([], { label: '1', changes: [] }, 2);
		stack = pushHistory(stack, { label: '2', changes: [] }, 2);
		stack = pushHistory(stack, { label: '3', changes: [] }, 2);
		expect(stack.map((e) => e.label)).toEqual(['2', '3']);
	});
});
