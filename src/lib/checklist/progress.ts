/**
 * Progress maths: how much of the checklist is done, per phase and overall, and what comes next.
 * Steps marked "not for me" leave the count: 3 done of 4 steps, one of them skipped, is 3 of 3.
 */
import {
	PHASES,
	stepState,
	type ChecklistData,
	type PhaseId,
	type Step,
	type StepState
} from './types';

export interface Progress {
	total: number;
	done: number;
	doing: number;
	todo: number;
	skipped: number;
	/** total − skipped: the steps that apply to this user. */
	applicable: number;
	/** done ÷ applicable, a fraction 0–1; null when no step applies (all "not for me"). */
	fraction: number | null;
}

/** Count statuses over some steps. */
export function progressOf(steps: readonly Step[], data: ChecklistData): Progress {
	const p = { total: steps.length, done: 0, doing: 0, todo: 0, skipped: 0 };
	for (const s of steps) {
		const status = stepState(data, s.id).status;
		if (status === 'done') p.done++;
		else if (status === 'doing') p.doing++;
		else if (status === 'skip') p.skipped++;
		else p.todo++;
	}
	const applicable = p.total - p.skipped;
	return { ...p, applicable, fraction: applicable > 0 ? p.done / applicable : null };
}

export interface PhaseProgress {
	phase: PhaseId;
	label: string;
	progress: Progress;
}

/** Progress overall and for each phase that has steps, in phase order. */
export function progressByPhase(
	steps: readonly Step[],
	data: ChecklistData
): { overall: Progress; phases: PhaseProgress[] } {
	return {
		overall: progressOf(steps, data),
		phases: PHASES.map((ph) => ({
			phase: ph.id,
			label: ph.label,
			progress: progressOf(
				steps.filter((s) => s.phase === ph.id),
				data
			)
		})).filter((p) => p.progress.total > 0)
	};
}

export interface NextStep {
	step: Step;
	state: StepState;
	/** The due date has passed (due < today) and the step is not done. */
	overdue: boolean;
}

/**
 * The earliest undone steps (to do or doing) in the recommended order, at most `limit`.
 * `today` is passed in (YYYY-MM-DD) so the function stays pure.
 */
export function whatsNext(options: {
	steps: readonly Step[];
	data: ChecklistData;
	today: string;
	limit?: number;
}): NextStep[] {
	const limit = options.limit ?? 3;
	return [...options.steps]
		.sort((a, b) => a.order - b.order)
		.map((step) => ({ step, state: stepState(options.data, step.id) }))
		.filter(({ state }) => state.status === 'todo' || state.status === 'doing')
		.slice(0, limit)
		.map(({ step, state }) => ({
			step,
			state,
			overdue: state.due !== null && state.due < options.today
		}));
}

export interface StepFilter {
	phase: PhaseId | 'all';
	status: StepState['status'] | 'all';
}

/** The steps matching a phase and a status filter, in the recommended order. */
export function filterSteps(
	steps: readonly Step[],
	data: ChecklistData,
	filter: StepFilter
): Step[] {
	return [...steps]
		.sort((a, b) => a.order - b.order)
		.filter(
			(s) =>
				(filter.phase === 'all' || s.phase === filter.phase) &&
				(filter.status === 'all' || stepState(data, s.id).status === filter.status)
		);
}
