/**
 * The income page's state: the form as typed, the last valid inputs (debounced), the
 * projection and tornado derived from them, the Monte Carlo run in a Web Worker, the URL kept
 * in step, and the saved scenarios. Create it during component initialisation (it sets up
 * effects) and call `mount()` from `onMount`.
 */
import { dateLong } from '$lib/format';
import {
	afterTax,
	DRIVERS,
	hourRates,
	PAYER_FIELDS,
	projectIncome,
	tornado,
	type IncomeInputs,
	type SimulationResult,
	type TornadoBar
} from '$lib/finance';
import { fetchJsonOnce } from '$lib/data/fetch-once';
import { withStatePayers, type IncomeDefaults } from '$lib/income/defaults';
import {
	parseDraft,
	parseField,
	toDraft,
	valueToText,
	type Draft,
	type FieldKey
} from '$lib/income/income-fields';
import type { StatePayers } from '$lib/income/payer-defaults';
import { parseRangeDraft, toRangeDraft, type RangeDraft } from '$lib/income/range-form';
import { driverRanges, type RangeBounds } from '$lib/income/ranges';
import { scenarioStore, type ScenarioContent } from '$lib/income/income-scenarios';
import type { Book } from '$lib/kit/scenarios';
import { readIncomeUrl, writeIncomeUrl, type IncomeUrlRead } from '$lib/income/income-url';
import { syncAddress } from '$lib/state/address.svelte';
import { Persisted } from '$lib/state/persisted.svelte';
import {
	runSimulationJob,
	SIMULATION_PATHS,
	type SimulationJob,
	type SimulationMessage
} from './simulation-job';

/** Wait after the last keystroke before results update, and before re-simulating. */
export const COMMIT_DELAY_MS = 150;
export const SIMULATE_DELAY_MS = 400;

export interface SimulationState {
	status: 'waiting' | 'running' | 'done' | 'error';
	done: number;
	total: number;
	result: SimulationResult | null;
	elapsedMs: number | null;
	where: 'worker' | 'main thread';
	message: string | null;
}

interface Basis {
	inputs: IncomeInputs;
	bounds: RangeBounds;
}

/** Loading a state's payer paths (a prerendered JSON file). */
export interface PayersLoad {
	status: 'idle' | 'loading' | 'ready' | 'error';
	/** The state being loaded or shown. */
	state: string | null;
	message: string | null;
}

export class IncomeState {
	/** The national defaults (no state chosen), from the page data. */
	readonly national: IncomeDefaults;
	/** The defaults in force: the national ones with the chosen state's payer lines. */
	declare defaults: IncomeDefaults;
	payersLoad = $state<PayersLoad>({ status: 'idle', state: null, message: null });
	/** Said once: a link or saved scenarios from before the payer lines were mapped onto them. */
	migrationNotice = $state<string | null>(null);
	readonly stateCodes: readonly string[];
	declare draft: Draft;
	declare rangeDraft: RangeDraft;
	stateCode = $state<string | null>(null);
	linkProblems = $state<string[]>([]);
	/** Values the opening link set, e.g. programCostUsd from the Programs page. */
	linkValues = $state<Partial<Record<FieldKey, number>>>({});
	ready = $state(false);
	printedOn = $state('');
	scenarios = $state.raw<Persisted<Book<ScenarioContent>> | null>(null);

	parsed = $derived.by(() => parseDraft(this.draft));
	rangeParsed = $derived.by(() => parseRangeDraft(this.rangeDraft, this.parsed.inputs));
	/** Last valid inputs: everything on the results side is drawn from these. */
	declare committed: IncomeInputs;
	/** Last valid inputs with valid ranges: the tornado and Monte Carlo use these. */
	declare basis: Basis;
	projection = $derived.by(() => projectIncome(this.committed));
	/** The published figures of the chosen tax year, or null when the data has none for it. */
	taxParameters = $derived.by(
		() => this.defaults.taxYears.find((y) => y.year === this.committed.taxYear) ?? null
	);
	afterTax = $derived.by(() =>
		this.taxParameters ? afterTax(this.projection, this.committed, this.taxParameters) : null
	);
	rates = $derived.by(() => hourRates(this.projection, this.committed));
	tornadoBars: TornadoBar[] = $derived.by(() =>
		tornado(
			this.basis.inputs,
			driverRanges(this.basis.inputs, this.basis.bounds),
			this.basis.inputs.discountRateAnnual
		)
	);
	sim = $state.raw<SimulationState>({
		status: 'waiting',
		done: 0,
		total: SIMULATION_PATHS,
		result: null,
		elapsedMs: null,
		where: 'worker',
		message: null
	});

	#worker: Worker | null = null;
	#jobId = 0;
	#job: SimulationJob | null = null;

	#payersToken = 0;
	/** What the opening link said (read in the constructor, in the browser). */
	#read: IncomeUrlRead | null;

	constructor(defaults: IncomeDefaults, stateCodes: readonly string[]) {
		this.national = defaults;
		this.stateCodes = stateCodes;
		// Created with their first values, not assigned after: parts of the page hydrate in later
		// tasks (HydrateLater), and an update made before the last of them (a keystroke) must see
		// these values, which Svelte's async mode would otherwise hide as "not yet committed".
		// In the browser the link is read here, before any part is live, so a keystroke made while
		// later parts are still hydrating is never overwritten by it.
		const read =
			typeof location === 'undefined' ? null : readIncomeUrl(location.search, defaults, stateCodes);
		this.#read = read;
		const first = read ? { inputs: read.inputs, ranges: read.ranges } : defaults;
		const parsed = parseDraft(toDraft(first.inputs));
		const inputs = parsed.inputs ?? defaults.inputs;
		const ranges = parseRangeDraft(toRangeDraft(first.ranges), inputs);
		this.defaults = $state.raw(defaults);
		this.draft = $state(toDraft(first.inputs));
		this.rangeDraft = $state(toRangeDraft(first.ranges));
		this.committed = $state.raw(inputs);
		// Ranges that do not fit the link's values leave the tornado and band on the defaults.
		this.basis = $state.raw(
			ranges.bounds
				? { inputs, bounds: ranges.bounds }
				: { inputs: defaults.inputs, bounds: defaults.ranges }
		);
		if (read) {
			this.linkProblems = read.problems;
			this.migrationNotice = read.migration;
			this.linkValues = Object.fromEntries(read.present.map((k) => [k, read.inputs[k]]));
		}

		$effect(() => {
			const inputs = this.parsed.inputs;
			const bounds = this.rangeParsed.bounds;
			if (inputs === null) return;
			const t = setTimeout(() => {
				this.committed = inputs;
				if (bounds) this.basis = { inputs, bounds };
			}, COMMIT_DELAY_MS);
			return () => clearTimeout(t);
		});

		$effect(() => {
			const basis = this.basis;
			if (!this.ready) return;
			const t = setTimeout(() => this.#simulate(basis), SIMULATE_DELAY_MS);
			return () => clearTimeout(t);
		});

		syncAddress(() => {
			if (!this.ready || this.parsed.inputs === null) return null;
			if (this.committed !== this.parsed.inputs) return null; // wait for the commit
			return writeIncomeUrl(
				{ inputs: this.committed, ranges: this.basis.bounds, state: this.stateCode },
				this.defaults
			);
		});
	}

	/** The query of the inputs the results show (the address bar's, once the page runs). */
	get query(): string {
		return writeIncomeUrl(
			{ inputs: this.committed, ranges: this.basis.bounds, state: this.stateCode },
			this.defaults
		);
	}

	/** True when the tornado and the Monte Carlo are for the inputs the results show. */
	get uncertaintyCurrent(): boolean {
		return this.basis.inputs === this.committed;
	}

	/** True while the form has an error and the results show the last valid inputs. */
	get stale(): boolean {
		return this.parsed.inputs === null;
	}

	/**
	 * Once the page is live: fetches the payers of the state the link chose, opens the saved
	 * scenarios and starts the worker. Returns the cleanup.
	 */
	mount(): () => void {
		const read = this.#read;
		if (read?.state) this.chooseState(read.state, read.present);
		this.printedOn = dateLong(Date.now());
		this.scenarios = new Persisted(scenarioStore(this.national));
		try {
			// Vite bundles the worker from this exact `new Worker(new URL(…), …)` form.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.#worker = new Worker(new URL('./simulate.worker.ts', import.meta.url), {
				type: 'module'
			});
			this.#worker.onmessage = (e: MessageEvent<SimulationMessage>) => this.#receive(e.data);
			this.#worker.onerror = () => this.#fallBack();
		} catch {
			this.#worker = null;
		}
		this.ready = true;
		return () => this.#worker?.terminate();
	}

	/**
	 * Chooses the state: its payer paths are fetched and become the payer defaults. Payer fields
	 * still at their old default take the new one, except those in `keep` (set by a link or a
	 * saved scenario); `keep` = 'all' changes only the defaults.
	 */
	chooseState(code: string | null, keep: readonly FieldKey[] | 'all' = []): void {
		this.stateCode = code;
		const token = ++this.#payersToken;
		if (code === null) {
			this.#usePayers(this.national.payers, keep);
			this.payersLoad = { status: 'idle', state: null, message: null };
			return;
		}
		this.payersLoad = { status: 'loading', state: code, message: null };
		fetchJsonOnce<StatePayers>(`/payers/${code}.json`, `the payer paths of ${code}`).then(
			(payers) => {
				if (token !== this.#payersToken) return;
				this.#usePayers(payers, keep);
				this.payersLoad = { status: 'ready', state: code, message: null };
			},
			(e: unknown) => {
				if (token !== this.#payersToken) return;
				this.payersLoad = { status: 'error', state: code, message: (e as Error).message };
			}
		);
	}

	/** Ask again for the state whose payer paths could not be loaded. */
	retryPayers(): void {
		this.chooseState(this.payersLoad.state, 'all');
	}

	#usePayers(payers: StatePayers, keep: readonly FieldKey[] | 'all'): void {
		const before = this.defaults;
		const after = withStatePayers(this.national, payers);
		this.defaults = after;
		if (keep === 'all') return;
		let changed = false;
		for (const field of PAYER_FIELDS) {
			if (keep.includes(field)) continue;
			const typed = parseField(field, this.draft[field]);
			if (typed.ok && typed.value === before.inputs[field] && after.inputs[field] !== typed.value) {
				this.draft[field] = valueToText(field, after.inputs[field]);
				changed = true;
			}
		}
		for (const d of DRIVERS) {
			for (const bound of ['low', 'high'] as const) {
				const typed = parseField(d, this.rangeDraft[d][bound]);
				const old = before.ranges[d][bound];
				const next = after.ranges[d][bound];
				if (typed.ok && typed.value === old && next !== old) {
					this.rangeDraft[d][bound] = valueToText(d, next);
					changed = true;
				}
			}
		}
		if (changed) this.#commitNow();
	}

	/** Puts the form's inputs into the results at once (no debounce), when valid. */
	#commitNow(): void {
		const parsed = parseDraft(this.draft);
		if (parsed.inputs === null) return;
		this.committed = parsed.inputs;
		const ranges = parseRangeDraft(this.rangeDraft, parsed.inputs);
		if (ranges.bounds) this.basis = { inputs: parsed.inputs, bounds: ranges.bounds };
	}

	/** Puts a whole scenario into the form and, when valid, into the results at once. */
	apply(content: ScenarioContent): void {
		this.draft = toDraft(content.inputs);
		this.rangeDraft = toRangeDraft(content.ranges);
		if (content.state !== this.stateCode) this.chooseState(content.state, 'all');
		const parsed = parseDraft(this.draft);
		if (parsed.inputs === null) return;
		this.committed = parsed.inputs;
		const ranges = parseRangeDraft(this.rangeDraft, parsed.inputs);
		if (ranges.bounds) this.basis = { inputs: parsed.inputs, bounds: ranges.bounds };
	}

	/** The current (last valid) inputs as a scenario to save. */
	content(): ScenarioContent {
		return { inputs: this.committed, ranges: this.basis.bounds, state: this.stateCode };
	}

	#simulate(basis: Basis): void {
		const id = ++this.#jobId;
		this.#job = { id, inputs: basis.inputs, ranges: driverRanges(basis.inputs, basis.bounds) };
		this.sim = {
			...this.sim,
			status: 'running',
			done: 0,
			result: null,
			elapsedMs: null,
			message: null,
			where: this.#worker ? 'worker' : 'main thread'
		};
		if (this.#worker) this.#worker.postMessage(this.#job);
		else
			runSimulationJob(
				this.#job,
				(i) => i === this.#jobId,
				(m) => this.#receive(m)
			);
	}

	#receive(m: SimulationMessage): void {
		if (m.id !== this.#jobId) return;
		if (m.type === 'progress') this.sim = { ...this.sim, done: m.done, total: m.total };
		else if (m.type === 'done') {
			this.sim = {
				...this.sim,
				status: 'done',
				done: m.result.paths,
				result: m.result,
				elapsedMs: m.elapsedMs
			};
		} else this.sim = { ...this.sim, status: 'error', message: m.message };
	}

	/** The worker failed to load or crashed: run the current job in main-thread slices instead. */
	#fallBack(): void {
		this.#worker?.terminate();
		this.#worker = null;
		if (this.#job) this.#simulate(this.basis);
	}
}
