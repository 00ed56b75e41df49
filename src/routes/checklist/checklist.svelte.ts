/**
 * The page's saved state: checklist progress and the marketing plan, each a `Persisted` store
 * (versioned localStorage, cross-tab sync, problems surfaced). Stores are opened in the browser
 * after the first render (`connect()`), so the prerendered HTML and the first client render
 * match; until then the page shows the empty checklist and the default plan.
 */
import { Persisted } from '$lib/state/persisted.svelte';
import { CHECKLIST_STORE } from '$lib/checklist/store';
import {
	applyChanges,
	changeStep,
	pushHistory,
	undo,
	type HistoryEntry,
	type StepChange
} from '$lib/checklist/history';
import type { ImportResult } from '$lib/checklist/csv-io';
import {
	emptyChecklist,
	type ChecklistData,
	type Step,
	type StepState
} from '$lib/checklist/types';
import { marketingPlanStore, type MarketingPlan } from '$lib/checklist/marketing-plan';

export interface PendingImport {
	fileName: string;
	result: ImportResult;
	/** One sentence per problem, naming the row and column (empty when the file is valid). */
	problems: string[];
}

/** Largest CSV accepted for import, in bytes. */
const MAX_IMPORT_BYTES = 1_000_000;

export class ChecklistState {
	#store = $state.raw<Persisted<ChecklistData> | null>(null);
	/** Undo stack (this tab only, not saved). */
	history = $state.raw<HistoryEntry[]>([]);
	/** A message after an undo, e.g. steps left alone because they changed elsewhere. */
	notice = $state<string | null>(null);
	/** An import waiting for the user to confirm: its changes, or its problems as sentences. */
	pending = $state.raw<PendingImport | null>(null);
	/** The label of the last applied import, while it can still be undone. */
	imported = $state<string | null>(null);

	readonly ready = $derived(this.#store !== null);
	readonly data: ChecklistData = $derived(this.#store?.current ?? emptyChecklist());
	readonly problem = $derived(this.#store?.problem ?? null);
	readonly keptAside = $derived(this.#store?.keptAside ?? null);

	connect(): void {
		this.#store ??= new Persisted(CHECKLIST_STORE);
	}

	/** Apply changes as one undoable entry. */
	commit(label: string, changes: StepChange[]): void {
		if (!this.#store || changes.length === 0) return;
		this.#store.set(applyChanges(this.data, changes));
		this.history = pushHistory(this.history, { label, changes });
		this.notice = null;
	}

	update(stepId: string, patch: Partial<StepState>, label: string): void {
		const change = changeStep(this.data, stepId, patch);
		if (change) this.commit(label, [change]);
	}

	/** Reset every step to "to do" with no date, notes or cost (undoable). */
	clearAll(): void {
		const changes = Object.keys(this.data.steps)
			.map((id) =>
				changeStep(this.data, id, { status: 'todo', due: null, notes: '', costUsd: null })
			)
			.filter((c): c is StepChange => c !== null);
		this.commit(`Clear progress of ${changes.length} steps`, changes);
	}

	/** Read a CSV file and show what importing it would change; nothing is applied yet. */
	async preview(file: File, steps: readonly Step[]): Promise<void> {
		this.imported = null;
		// CSV parsing (PapaParse) loads only when someone imports a file.
		const [{ parseChecklistImport }, { formatIssue }] = await Promise.all([
			import('$lib/checklist/csv-io'),
			import('$lib/data/csv')
		]);
		const result: ImportResult =
			file.size > MAX_IMPORT_BYTES
				? {
						ok: false,
						issues: [
							{
								file: file.name,
								row: 0,
								column: '(file)',
								found: `${file.size} bytes`,
								expected: 'a CSV file under 1 MB'
							}
						]
					}
				: parseChecklistImport(file.name, await file.text(), steps, this.data);
		this.pending = {
			fileName: file.name,
			result,
			problems: result.ok ? [] : result.issues.map(formatIssue)
		};
	}

	/** The checklist as CSV text (loads the CSV writer on first use). */
	async exportCsv(steps: readonly Step[]): Promise<string> {
		const { exportChecklistCsv } = await import('$lib/checklist/csv-io');
		return exportChecklistCsv(steps, this.data);
	}

	/** Apply the previewed import as one undoable change. */
	applyImport(): void {
		const p = this.pending;
		if (!p?.result.ok) return;
		const label = `Import of ${p.result.changes.length} changes from ${p.fileName}`;
		this.commit(label, p.result.changes);
		this.imported = label;
		this.pending = null;
	}

	/** Undo the last import, if it is still the newest change. */
	undoImport(): void {
		if (this.imported !== null && this.history.at(-1)?.label === this.imported) this.undo();
		this.imported = null;
	}

	undo(): void {
		if (!this.#store) return;
		const r = undo(this.data, this.history);
		if (!r.undone) return;
		this.#store.set(r.data);
		this.history = r.stack;
		this.notice =
			r.skipped.length > 0
				? `Undone: ${r.undone.label}. ${r.skipped.length} step(s) changed since (perhaps in another tab) were left as they are: ${r.skipped.join(', ')}.`
				: `Undone: ${r.undone.label}.`;
	}

	/** Forget the saved entries that could not be read (the user chose to). */
	dismissQuarantine(): void {
		if (this.#store) this.#store.set({ ...this.data, quarantine: [] });
	}

	dismissProblem(): void {
		this.#store?.dismissProblem();
	}
}

export class MarketingModel {
	#store = $state.raw<Persisted<MarketingPlan> | null>(null);
	#initial: () => MarketingPlan;

	readonly plan: MarketingPlan;
	readonly problem = $derived(this.#store?.problem ?? null);
	readonly keptAside = $derived(this.#store?.keptAside ?? null);
	readonly canUndo = $derived(this.#store?.previous != null);

	constructor(initial: () => MarketingPlan) {
		this.#initial = initial;
		this.plan = $derived(this.#store?.current ?? this.#initial());
	}

	connect(): void {
		this.#store ??= new Persisted(marketingPlanStore(this.#initial));
	}

	set(plan: MarketingPlan): void {
		this.#store?.set(plan);
	}

	undo(): void {
		this.#store?.undo();
	}

	dismissProblem(): void {
		this.#store?.dismissProblem();
	}
}
