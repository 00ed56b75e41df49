/**
 * The clinic page's state as one rune class: the scenario as typed, the last inputs that were
 * valid (results always come from these, so a bad keystroke never blanks the page), the ranking
 * weights, and the state whose rank is explained. Every number comes from `$lib/finance` and
 * `$lib/clinic`; this class only holds and routes state.
 */
import {
	projectClinic,
	type ClinicInputs,
	type ClinicNumberField,
	type Direction,
	type PayModel
} from '$lib/finance';
import {
	factorDefs,
	type ClinicStateFactors,
	type FactorDef,
	type FactorId,
	type FactorYears
} from '$lib/clinic/factors';
import type { ClinicReferences } from '$lib/clinic/references';
import { fetchJsonOnce } from '$lib/data/fetch-once';
import type { MedicareReference } from '$lib/income/defaults';
import type { StatePayers } from '$lib/income/payer-defaults';
import { defaultWeighting, parseWeight, rankStates, type Weighting } from '$lib/clinic/ranking';
import {
	checkScenario,
	defaultScenario,
	NATIONAL,
	resolveScenario,
	switchPayers,
	type FieldErrors,
	type PlannerContext,
	type Scenario,
	type WageChoice,
	type Wages
} from '$lib/clinic/scenario';
import { sensitivityRows } from '$lib/clinic/sensitivity';
import { readClinicQuery, writeClinicQuery } from '$lib/clinic/clinic-url';

/** What the page's server load sends that the planner needs. */
export interface PlannerData {
	states: ClinicStateFactors[];
	national: { wages: Wages };
	refs: ClinicReferences;
	years: FactorYears;
	/** Set when an imported OEWS file supplies the wages (see $lib/clinic/import). */
	wageSource?: string | null;
	/** The national payer lines (no state chosen); a state's are fetched as /payers/<state>.json. */
	payers: StatePayers;
	medicareReference: MedicareReference;
}

/** Loading a state's payer paths. */
export interface PayersLoad {
	status: 'idle' | 'loading' | 'ready' | 'error';
	state: string | null;
	message: string | null;
}

export class ClinicState {
	declare ctx: PlannerContext;
	readonly nationalPayers: StatePayers;
	readonly medicareReference: MedicareReference;
	payersLoad = $state<PayersLoad>({ status: 'idle', state: null, message: null });
	#payersToken = 0;
	readonly states: readonly ClinicStateFactors[];
	readonly defs: readonly FactorDef[];
	readonly defaultWeighting: Weighting;

	declare scenario: Scenario;
	declare errors: FieldErrors;
	declare lastValid: ClinicInputs;
	declare weighting: Weighting;
	declare weightText: Record<FactorId, string>;
	weightErrors = $state<Partial<Record<FactorId, string>>>({});
	declare why: string | null;
	/** Message about a link or saved scenario that could not be used in full. */
	declare notice: string | null;

	projection = $derived.by(() => projectClinic(this.lastValid));
	ranking = $derived.by(() => rankStates(this.states, this.defs, this.weighting));
	stateWages: Wages = $derived.by(
		() => this.states.find((s) => s.abbr === this.scenario.state)?.wages ?? this.ctx.national
	);
	sensitivity = $derived.by(() => sensitivityRows(this.lastValid, this.stateWages));

	/** The state a link chose, whose payer paths are fetched once the page is live. */
	#linkPayers: { state: string; present: readonly string[] } | null;

	/** `search`: the address's query in the browser ("" on the server). */
	constructor(data: PlannerData, search = '') {
		this.states = data.states;
		this.nationalPayers = data.payers;
		this.medicareReference = data.medicareReference;
		const ctx: PlannerContext = {
			states: data.states,
			national: data.national.wages,
			refs: data.refs,
			wageSource: data.wageSource ?? undefined,
			payers: data.payers
		};
		this.defs = factorDefs(data.years);
		this.defaultWeighting = defaultWeighting(this.defs);
		// The opening link (browser only) is read here, before any part of the page is live, so a
		// keystroke made while later parts are still hydrating is never overwritten by it.
		const link =
			search === '' || search === '?'
				? null
				: readClinicQuery(
						search,
						{ states: data.states.map((s) => s.abbr) },
						{ scenario: defaultScenario(ctx), weighting: this.defaultWeighting }
					);
		const byDefault = resolveScenario(defaultScenario(ctx), ctx);
		const scenario = link ? resolveScenario(link.scenario, ctx) : byDefault;
		const first = checkScenario(scenario);
		// A link whose values cannot all be used: the results show the defaults until fixed.
		const inputs = first.inputs ?? checkScenario(byDefault).inputs;
		const weighting = link?.weighting ?? structuredClone(this.defaultWeighting);
		// Created with their first values, not assigned after: parts of the page hydrate in later
		// tasks (HydrateLater), and an update made before the last of them (a keystroke) must see
		// these values, which Svelte's async mode would otherwise hide as "not yet committed".
		this.ctx = $state.raw(ctx);
		this.weighting = $state(weighting);
		this.weightText = $state(this.#weightTexts(weighting));
		this.scenario = $state(scenario);
		this.errors = $state(first.errors);
		this.lastValid = $state.raw(inputs as ClinicInputs);
		this.why = $state(link?.why ?? null);
		const ignored =
			link && link.problems.length > 0
				? `The link had values that could not be used, so defaults stand in for them: ${link.problems.join('; ')}.`
				: null;
		this.notice = $state(
			[link?.migration ?? null, ignored].filter((t) => t !== null).join(' ') || null
		);
		this.#linkPayers =
			link && link.scenario.state !== NATIONAL
				? { state: link.scenario.state, present: link.present }
				: null;
	}

	#weightTexts(w: Weighting): Record<FactorId, string> {
		return Object.fromEntries(Object.entries(w.weights).map(([k, v]) => [k, String(v)])) as Record<
			FactorId,
			string
		>;
	}

	/** Put a scenario in the form; results follow when it is valid. */
	#apply(s: Scenario): void {
		this.scenario = resolveScenario(s, this.ctx);
		const { inputs, errors } = checkScenario(this.scenario);
		this.errors = errors;
		if (inputs) this.lastValid = inputs;
	}

	get hasErrors(): boolean {
		return Object.keys(this.errors).length > 0;
	}

	setField(field: ClinicNumberField, text: string): void {
		const wageChoice: WageChoice =
			field === 'therapistAnnualWageUsd' ? 'custom' : this.scenario.wageChoice;
		this.#apply({
			...this.scenario,
			wageChoice,
			fields: { ...this.scenario.fields, [field]: text }
		});
	}

	setState(state: string, keep: readonly string[] = []): void {
		this.#apply({ ...this.scenario, state });
		this.#loadPayers(state, keep);
	}

	/**
	 * Fetches the state's payer paths; payer fields still at their old default take the state's
	 * (fields in `keep`, or every field when `keep` is 'all', stay as they are).
	 */
	#loadPayers(state: string, keep: readonly string[] | 'all'): void {
		const token = ++this.#payersToken;
		const use = (payers: StatePayers) => {
			const from = this.ctx.payers;
			this.ctx = { ...this.ctx, payers };
			if (keep !== 'all') this.#apply(switchPayers(this.scenario, from, payers, keep));
		};
		if (state === NATIONAL) {
			use(this.nationalPayers);
			this.payersLoad = { status: 'idle', state: null, message: null };
			return;
		}
		this.payersLoad = { status: 'loading', state, message: null };
		fetchJsonOnce<StatePayers>(`/payers/${state}.json`, `the payer paths of ${state}`).then(
			(payers) => {
				if (token !== this.#payersToken) return;
				use(payers);
				this.payersLoad = { status: 'ready', state, message: null };
			},
			(e: unknown) => {
				if (token !== this.#payersToken) return;
				this.payersLoad = { status: 'error', state, message: (e as Error).message };
			}
		);
	}

	/** Ask again for the payer paths that could not be loaded. */
	retryPayers(): void {
		if (this.payersLoad.state) this.#loadPayers(this.payersLoad.state, 'all');
	}

	setWageChoice(wageChoice: WageChoice): void {
		this.#apply({ ...this.scenario, wageChoice });
	}

	setPayModel(payModel: PayModel): void {
		this.#apply({ ...this.scenario, payModel });
	}

	/** Replace the whole scenario (a saved one being loaded). */
	load(s: Scenario): void {
		this.#apply(s);
		this.#loadPayers(s.state, 'all');
		this.notice = this.hasErrors
			? 'Some saved values could not be used; they are marked below and the results use the last valid plan.'
			: null;
	}

	setWeight(id: FactorId, text: string): void {
		this.weightText = { ...this.weightText, [id]: text };
		const r = parseWeight(text);
		const { [id]: _, ...others } = this.weightErrors;
		void _;
		if ('message' in r) {
			this.weightErrors = { ...others, [id]: r.message };
			return;
		}
		this.weightErrors = others;
		this.weighting = { ...this.weighting, weights: { ...this.weighting.weights, [id]: r.value } };
	}

	setDirection(id: FactorId, direction: Direction): void {
		this.weighting = {
			...this.weighting,
			directions: { ...this.weighting.directions, [id]: direction }
		};
	}

	resetWeights(): void {
		this.weighting = structuredClone(this.defaultWeighting);
		this.weightText = this.#weightTexts(this.weighting);
		this.weightErrors = {};
	}

	/** Once the page is live: fetch the payer paths of the state the opening link chose. */
	startLink(): void {
		if (this.#linkPayers) this.#loadPayers(this.#linkPayers.state, this.#linkPayers.present);
	}

	get query(): string {
		return writeClinicQuery(
			{ scenario: this.scenario, weighting: this.weighting, why: this.why },
			this.defaultWeighting
		);
	}
}
