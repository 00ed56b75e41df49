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
	ctx: PlannerContext = $state.raw() as PlannerContext;
	readonly nationalPayers: StatePayers;
	readonly medicareReference: MedicareReference;
	payersLoad = $state<PayersLoad>({ status: 'idle', state: null, message: null });
	#payersToken = 0;
	readonly states: readonly ClinicStateFactors[];
	readonly defs: readonly FactorDef[];
	readonly defaultWeighting: Weighting;

	scenario = $state() as Scenario;
	errors = $state<FieldErrors>({});
	lastValid = $state.raw() as ClinicInputs;
	weighting = $state() as Weighting;
	weightText = $state() as Record<FactorId, string>;
	weightErrors = $state<Partial<Record<FactorId, string>>>({});
	why = $state<string | null>(null);
	/** Message about a link or saved scenario that could not be used in full. */
	notice = $state<string | null>(null);

	projection = $derived.by(() => projectClinic(this.lastValid));
	ranking = $derived.by(() => rankStates(this.states, this.defs, this.weighting));
	stateWages: Wages = $derived.by(
		() => this.states.find((s) => s.abbr === this.scenario.state)?.wages ?? this.ctx.national
	);
	sensitivity = $derived.by(() => sensitivityRows(this.lastValid, this.stateWages));

	constructor(data: PlannerData) {
		this.states = data.states;
		this.nationalPayers = data.payers;
		this.medicareReference = data.medicareReference;
		this.ctx = {
			states: data.states,
			national: data.national.wages,
			refs: data.refs,
			wageSource: data.wageSource ?? undefined,
			payers: data.payers
		};
		this.defs = factorDefs(data.years);
		this.defaultWeighting = defaultWeighting(this.defs);
		this.weighting = structuredClone(this.defaultWeighting);
		this.weightText = this.#weightTexts(this.weighting);
		this.#apply(defaultScenario(this.ctx));
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

	/** Read the page state from a query string (browser only). */
	readQuery(search: string): void {
		if (search === '' || search === '?') return;
		const r = readClinicQuery(
			search,
			{ states: this.states.map((s) => s.abbr) },
			{ scenario: defaultScenario(this.ctx), weighting: this.defaultWeighting }
		);
		this.#apply(r.scenario);
		if (r.scenario.state !== NATIONAL) this.#loadPayers(r.scenario.state, r.present);
		this.weighting = r.weighting;
		this.weightText = this.#weightTexts(r.weighting);
		this.why = r.why;
		const ignored =
			r.problems.length > 0
				? `The link had values that could not be used, so defaults stand in for them: ${r.problems.join('; ')}.`
				: null;
		this.notice = [r.migration, ignored].filter((t) => t !== null).join(' ') || null;
	}

	get query(): string {
		return writeClinicQuery(
			{ scenario: this.scenario, weighting: this.weighting, why: this.why },
			this.defaultWeighting
		);
	}
}
