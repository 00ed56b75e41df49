/**
 * The income page's state: the form as typed, the last valid inputs (debounced), the
 * projection and tornado derived from them, the Monte Carlo run in a Web Worker, the URL kept
 * in step, and the saved scenarios. Create it during component initialisation (it sets up
 * effects) and call `mount()` from `onMount`.
 */
import { dateLong } from '$lib/format';
import {
	projectIncome,
	tornado,
	type IncomeInputs,
	type SimulationResult,
	type TornadoBar
} from '$lib/finance';
import type { IncomeDefaults } from '$lib/income/defaults';
import { parseDraft, toDraft, type Draft, type FieldKey } from '$lib/income/fields';
import { parseRangeDraft, toRangeDraft, type RangeDraft } from '$lib/income/range-form';
import { driverRanges, type RangeBounds } from '$lib/income/ranges';
import { SCENARIO_STORE, type ScenarioBook, type ScenarioContent } from '$lib/income/scenarios';
import { readIncomeUrl, writeIncomeUrl } from '$lib/income/url';
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

export class IncomePage {
	readonly defaults: IncomeDefaults;
	readonly stateCodes: readonly string[];
	draft: Draft = $state() as Draft;
	rangeDraft: RangeDraft = $state() as RangeDraft;
	stateCode = $state<string | null>(null);
	linkProblems = $state<string[]>([]);
	/** Values the opening link set, e.g. programCostUsd from the Programs page. */
	linkValues = $state<Partial<Record<FieldKey, number>>>({});
	ready = $state(false);
	printedOn = $state('');
	scenarios = $state.raw<Persisted<ScenarioBook> | null>(null);

	parsed = $derived(parseDraft(this.draft));
	rangeParsed = $derived(parseRangeDraft(this.rangeDraft, this.parsed.inputs));
	/** Last valid inputs: everything on the results side is drawn from these. */
	committed: IncomeInputs = $state.raw() as IncomeInputs;
	/** Last valid inputs with valid ranges: the tornado and Monte Carlo use these. */
	basis: Basis = $state.raw() as Basis;
	projection = $derived(projectIncome(this.committed));
	tornadoBars: TornadoBar[] = $derived(
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

	constructor(defaults: IncomeDefaults, stateCodes: readonly string[]) {
		this.defaults = defaults;
		this.stateCodes = stateCodes;
		this.draft = toDraft(defaults.inputs);
		this.rangeDraft = toRangeDraft(defaults.ranges);
		this.committed = defaults.inputs;
		this.basis = { inputs: defaults.inputs, bounds: defaults.ranges };

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

	/** True when the tornado and the Monte Carlo are for the inputs the results show. */
	get uncertaintyCurrent(): boolean {
		return this.basis.inputs === this.committed;
	}

	/** True while the form has an error and the results show the last valid inputs. */
	get stale(): boolean {
		return this.parsed.inputs === null;
	}

	/** Reads the link, opens the saved scenarios and starts the worker. Returns the cleanup. */
	mount(): () => void {
		const read = readIncomeUrl(location.search, this.defaults, this.stateCodes);
		this.linkProblems = read.problems;
		this.linkValues = Object.fromEntries(read.present.map((k) => [k, read.inputs[k]]));
		this.apply({ name: '', inputs: read.inputs, ranges: read.ranges, state: read.state });
		this.printedOn = dateLong(Date.now());
		this.scenarios = new Persisted(SCENARIO_STORE);
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

	/** Puts a whole scenario into the form and, when valid, into the results at once. */
	apply(content: ScenarioContent): void {
		this.draft = toDraft(content.inputs);
		this.rangeDraft = toRangeDraft(content.ranges);
		this.stateCode = content.state;
		const parsed = parseDraft(this.draft);
		if (parsed.inputs === null) return;
		this.committed = parsed.inputs;
		const ranges = parseRangeDraft(this.rangeDraft, parsed.inputs);
		if (ranges.bounds) this.basis = { inputs: parsed.inputs, bounds: ranges.bounds };
	}

	/** The current (last valid) inputs as a scenario to save. */
	content(name: string): ScenarioContent {
		return { name, inputs: this.committed, ranges: this.basis.bounds, state: this.stateCode };
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
