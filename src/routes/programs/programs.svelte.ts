/**
 * The planner page's state in one place, shared by its components: the user's saved programs
 * and figures (browser storage, opened in `open()` once the page runs in the browser), the
 * chosen state, the comparison, the filters and the calculator inputs. Every number comes from
 * the pure functions in `$lib/programs`.
 */
import { defaultTexts, resolveAssumptions } from '$lib/programs/assumptions';
import { programView, type ProgramView } from '$lib/programs/cost';
import { filterPrograms, NO_FILTER, type ProgramFilter } from '$lib/programs/filter';
import { parseField } from '$lib/programs/fields';
import { idsOf } from '$lib/programs/rows';
import { planProgram } from '$lib/programs/plan';
import { customProgramsSpec, withFigure, yourFiguresSpec } from '$lib/programs/store';
import type { FiguresById, Program, YourFigures } from '$lib/programs/types';
import { MAX_COMPARE } from '$lib/programs/url-state';
import { Persisted } from '$lib/state/persisted.svelte';
import type { PageData } from './$types';

export class ProgramsState {
	readonly data: PageData;
	custom = $state.raw<Persisted<Program[]> | null>(null);
	figures = $state.raw<Persisted<FiguresById> | null>(null);

	stateAbbr = $state<string | null>(null);
	compare = $state<string[]>([]);
	calcId = $state<string | null>(null);
	filter = $state<Pick<ProgramFilter, 'formats' | 'specialty'>>({ formats: [], specialty: '' });
	filterText = $state({ maxCost: '', maxHours: '' });
	texts = $state(defaultTexts());

	constructor(data: PageData) {
		this.data = data;
	}

	/** Open browser storage (call from onMount: the page is prerendered without it). */
	open(): void {
		this.custom = new Persisted(customProgramsSpec);
		this.figures = new Persisted(yourFiguresSpec);
	}

	get customPrograms(): Program[] {
		return this.custom?.current ?? [];
	}
	get yourFigures(): FiguresById {
		return this.figures?.current ?? {};
	}

	readonly views: ProgramView[] = $derived.by(() =>
		[...this.data.programs, ...this.customPrograms].map((p) =>
			programView(p, this.yourFigures[p.id])
		)
	);
	readonly bundledIds = $derived.by(() => idsOf(this.data.programs));

	readonly stateName = $derived.by(
		() => this.data.states.find((s) => s.abbr === this.stateAbbr)?.name ?? null
	);
	/** Default hourly earnings: the state's BLS median hourly wage, else the national one. */
	readonly wageDefault = $derived.by(() => {
		const { wages, wagePeriod, nationalWage } = this.data;
		const state = this.stateAbbr ? wages[this.stateAbbr] : undefined;
		if (this.stateAbbr && state !== undefined && state !== null)
			return {
				usd: state,
				label: `BLS median hourly wage of massage therapists in ${this.stateName}, ${wagePeriod}`
			};
		const why = this.stateAbbr ? ` (${this.stateName}: not published)` : '';
		return {
			usd: nationalWage.hMedian ?? 0,
			label: `BLS national median hourly wage of massage therapists, ${nationalWage.period}${why}`
		};
	});
	readonly assumptions = $derived(resolveAssumptions(this.texts, this.wageDefault.usd));

	readonly filterErrors = $derived({
		maxCost: parseField(this.filterText.maxCost, { label: 'Maximum cost', unit: 'USD', min: 0 }),
		maxHours: parseField(this.filterText.maxHours, {
			label: 'Maximum hours',
			unit: 'hours',
			min: 0
		})
	});
	readonly filtered = $derived.by(() => {
		const { maxCost, maxHours } = this.filterErrors;
		return filterPrograms(this.views, {
			...NO_FILTER,
			...this.filter,
			maxCostUsd: maxCost.ok ? maxCost.value : null,
			maxHours: maxHours.ok ? maxHours.value : null
		});
	});

	readonly compared = $derived(
		this.compare
			.map((id) => this.views.find((v) => v.id === id))
			.filter((v): v is ProgramView => v !== undefined)
	);
	planFor(view: ProgramView) {
		return planProgram(view, this.yourFigures[view.id], this.assumptions.values);
	}

	toggleCompare(id: string): void {
		if (this.compare.includes(id)) this.compare = this.compare.filter((x) => x !== id);
		else if (this.compare.length < MAX_COMPARE) this.compare = [...this.compare, id];
	}

	/** Set or clear (undefined) several of the user's figures for a program in one undoable step. */
	setFigures(id: string, patch: Partial<Record<keyof YourFigures, number | undefined>>): void {
		if (!this.figures) return;
		let next = this.figures.current;
		for (const [key, value] of Object.entries(patch))
			next = withFigure(next, id, key as keyof YourFigures, value);
		this.figures.set(next);
	}
}
