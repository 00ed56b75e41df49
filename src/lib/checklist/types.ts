/**
 * Types and constants of the practice-integration checklist: phases, statuses, a step as the
 * page draws it, and what the browser saves per step. Pure: no Svelte, no DOM.
 */

/** The nine phases, in the order a therapist works through them (data/checklist/README.md). */
export const PHASES = [
	{ id: 'training', label: 'Training and certification' },
	{ id: 'licence', label: 'Licence and scope of practice' },
	{ id: 'menu', label: 'Service menu and bio' },
	{ id: 'clients', label: 'Telling current clients' },
	{ id: 'referrals', label: 'Referral network' },
	{ id: 'environment', label: 'Environment and equipment' },
	{ id: 'billing', label: 'Insurance and billing' },
	{ id: 'marketing', label: 'Marketing' },
	{ id: 'education', label: 'Continuing education' }
] as const;
export type PhaseId = (typeof PHASES)[number]['id'];

/** What a user can say about a step. `skip` reads "not for me". */
export const STATUSES = [
	{ id: 'todo', label: 'to do' },
	{ id: 'doing', label: 'doing' },
	{ id: 'done', label: 'done' },
	{ id: 'skip', label: 'not for me' }
] as const;
export type StatusId = (typeof STATUSES)[number]['id'];

export const STATUS_LABEL: Readonly<Record<StatusId, string>> = Object.fromEntries(
	STATUSES.map((s) => [s.id, s.label])
) as Record<StatusId, string>;

export const PHASE_LABEL: Readonly<Record<PhaseId, string>> = Object.fromEntries(
	PHASES.map((p) => [p.id, p.label])
) as Record<PhaseId, string>;

/** The one-time cost fields of the income projection (`IncomeInputs` in finance/income.ts). */
export type IncomeField =
	'programCostUsd' | 'credentialingUsd' | 'equipmentUsd' | 'launchMarketingUsd';

/** A step as the page draws it: a view of one `data/checklist` row. Missing is null, never 0. */
export interface Step {
	id: string;
	phase: PhaseId;
	order: number;
	title: string;
	why: string;
	how: string;
	/** Low end of the published cost, USD; null = no source gives one ("varies"). */
	costLowUsd: number | null;
	/** High end of the published cost, USD; null with costLowUsd. */
	costHighUsd: number | null;
	/** What the cost is per ("one-time", "per denied claim", "every 2 years"), or null. */
	costBasis: string | null;
	/** Where a one-time cost goes in /income, or null. */
	incomeField: IncomeField | null;
	costNote: string;
	timeNote: string;
	source: string;
	sourceUrl: string | null;
	/** Source tier, e.g. "official", "seed-only". */
	quality: string;
	/** The app page that helps, e.g. "/programs", or null. */
	appPage: string | null;
}

/** What the browser keeps for one step. */
export interface StepState {
	status: StatusId;
	/** Due date as YYYY-MM-DD, or null. */
	due: string | null;
	/** The user's own notes (plain text). */
	notes: string;
	/** The user's own cost for the step, USD; null = not entered. */
	costUsd: number | null;
}

/** A saved step entry that could not be read; kept aside, never silently dropped. */
export interface QuarantinedEntry {
	stepId: string;
	raw: unknown;
	reason: string;
}

/** The saved checklist (storage version 2). Steps absent from `steps` are in their default state. */
export interface ChecklistData {
	steps: Record<string, StepState>;
	quarantine: QuarantinedEntry[];
}

export const DEFAULT_STEP_STATE: Readonly<StepState> = Object.freeze({
	status: 'todo',
	due: null,
	notes: '',
	costUsd: null
});

export function emptyChecklist(): ChecklistData {
	return { steps: {}, quarantine: [] };
}

/** The state of one step (its default when nothing is saved). */
export function stepState(data: ChecklistData, id: string): StepState {
	return data.steps[id] ?? DEFAULT_STEP_STATE;
}

export function sameState(a: StepState, b: StepState): boolean {
	return a.status === b.status && a.due === b.due && a.notes === b.notes && a.costUsd === b.costUsd;
}

export function isDefault(s: StepState): boolean {
	return sameState(s, DEFAULT_STEP_STATE);
}

/** A copy of `data` with one step set (an entry equal to the default is removed, to keep storage small). */
export function withStep(data: ChecklistData, id: string, state: StepState | null): ChecklistData {
	const steps = { ...data.steps };
	if (state === null || isDefault(state)) delete steps[id];
	else steps[id] = { ...state };
	return { ...data, steps };
}
