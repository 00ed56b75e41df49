/**
 * The income page's shareable state in the query string: every input field under its model
 * name in model units (`programCostUsd=4200`, `denialRate=0.118`), the uncertainty bounds as
 * `low.<driver>` / `high.<driver>`, and `state=TX`. Pure; numbers are written in JavaScript's
 * shortest exact form, so a link reproduces the inputs bit for bit.
 *
 * @module
 */
import {
	DRIVERS,
	INCOME_INPUT_FIELDS,
	INCOME_INPUT_LIMITS,
	validateIncomeInputs,
	type IncomeInputs
} from '$lib/finance';
import {
	number,
	oneOf,
	optional,
	readQuery,
	upper,
	writeQuery,
	type Param,
	type QueryValues
} from '$lib/state/query';
import { LEGACY_DRIVERS, LEGACY_PAYER_FIELDS, mapLegacyPayers } from './legacy';
import { copyBounds, type RangeBounds } from './ranges';

export interface IncomeUrlState {
	inputs: IncomeInputs;
	ranges: RangeBounds;
	/** USPS code of the chosen state, or null for national only. */
	state: string | null;
}

export interface IncomeUrlRead extends IncomeUrlState {
	/** One sentence per value in the link that could not be used (the default was kept). */
	problems: string[];
	/** Input fields the link set (valid ones only). */
	present: (keyof IncomeInputs)[];
	/** Said once when the link is from before the payer lines and was mapped onto them. */
	migration: string | null;
}

/**
 * A link from before the payer lines: its single insurance payer's fields (`insuranceShare`,
 * `allowedPerUnitUsd`, `denialRate`, `daysToPayment`, `billingCostShare` and their ranges)
 * become the private-plan line's, per unit. Returns the rewritten parameters and what to tell.
 */
function mapLegacyLink(params: URLSearchParams): string | null {
	const legacy = Object.keys(LEGACY_PAYER_FIELDS).filter((k) => params.has(k));
	if (legacy.length === 0) return null;
	const record = Object.fromEntries(legacy.map((k) => [k, Number(params.get(k))]));
	for (const k of legacy) {
		const to = LEGACY_PAYER_FIELDS[k]!;
		if (!params.has(to)) params.set(to, params.get(k)!);
		params.delete(k);
	}
	if ('allowedPerUnitUsd' in record && !params.has('privatePerVisit'))
		params.set('privatePerVisit', '0');
	for (const [old, to] of Object.entries(LEGACY_DRIVERS)) {
		for (const b of ['low', 'high']) {
			const v = params.get(`${b}.${old}`);
			if (v !== null && !params.has(`${b}.${to}`)) params.set(`${b}.${to}`, v);
			params.delete(`${b}.${old}`);
		}
	}
	return mapLegacyPayers(record, 'This link')?.message ?? null;
}

const bound = (b: 'low' | 'high', d: string) => `${b}.${d}`;

/** Every parameter: the input fields, `low.<driver>` / `high.<driver>`, then `state`. */
function incomeSpec(states: readonly string[]): Record<string, Param<number | string | null>> {
	const spec: Record<string, Param<number | string | null>> = {};
	for (const key of INCOME_INPUT_FIELDS) spec[key] = number(INCOME_INPUT_LIMITS[key]);
	for (const d of DRIVERS)
		for (const b of ['low', 'high'] as const) spec[bound(b, d)] = number(INCOME_INPUT_LIMITS[d]);
	spec.state = optional(oneOf(states, 'a US state code', upper));
	return spec;
}

type Flat = QueryValues<ReturnType<typeof incomeSpec>>;

function flatten(s: IncomeUrlState): Flat {
	const flat: Flat = { state: s.state };
	for (const key of INCOME_INPUT_FIELDS) flat[key] = s.inputs[key];
	for (const d of DRIVERS) {
		flat[bound('low', d)] = s.ranges[d].low;
		flat[bound('high', d)] = s.ranges[d].high;
	}
	return flat;
}

/**
 * Reads the state from the query string (e.g. `location.search`). Anything missing keeps its default; anything
 * unusable keeps its default and is reported in `problems`. `state` must be one of `states`
 * (case-insensitive).
 *
 * Values that are valid alone but not together (see `validateIncomeInputs`) are taken back
 * to their defaults, the link's last first, until the inputs fit; each is reported.
 *
 * Worked example: `?programCostUsd=4200&state=tx` → inputs = defaults with programCostUsd
 * 4200, state 'TX', problems [].
 */
export function readIncomeUrl(
	query: URLSearchParams | string,
	defaults: Omit<IncomeUrlState, 'state'>,
	states: readonly string[]
): IncomeUrlRead {
	const params = new URLSearchParams(typeof query === 'string' ? query : query.toString());
	const migration = mapLegacyLink(params);
	const r = readQuery(params, incomeSpec(states), flatten({ ...defaults, state: null }));
	const inputs: IncomeInputs = { ...defaults.inputs };
	for (const key of INCOME_INPUT_FIELDS) inputs[key] = r.values[key] as number;
	const ranges = copyBounds(defaults.ranges);
	for (const d of DRIVERS) {
		ranges[d].low = r.values[bound('low', d)] as number;
		ranges[d].high = r.values[bound('high', d)] as number;
	}
	const present = INCOME_INPUT_FIELDS.filter((k) => r.present.includes(k));
	const problems = [...r.problems];
	// Values that are each fine but not together (more relaxation hours than the cap): the
	// link's last ones go back to their defaults until the inputs fit, and each is named.
	for (let i = present.length - 1; i >= 0; i--) {
		const clash = combinationProblem(inputs);
		if (clash === null) break;
		const key = present[i]!;
		if (inputs[key] === defaults.inputs[key]) continue;
		problems.push(`${key}: ${inputs[key]} is not possible with the other values (${clash})`);
		inputs[key] = defaults.inputs[key];
		present.splice(i, 1);
	}
	const state = r.values.state as string | null;
	return { inputs, ranges, state, problems, present, migration };
}

function combinationProblem(inputs: IncomeInputs): string | null {
	try {
		validateIncomeInputs(inputs);
		return null;
	} catch (e) {
		return (e as Error).message;
	}
}

function sameBounds(a: RangeBounds, b: RangeBounds): boolean {
	return DRIVERS.every((d) => a[d].low === b[d].low && a[d].high === b[d].high);
}

/**
 * The query string for a state: empty (or just `?state=XX`) while every input and range
 * equals its default; otherwise the full input set, so the link keeps working after a data
 * refresh changes the defaults.
 *
 * Worked example: defaults with programCostUsd 4200 → "?relaxationSessionsPerWeek=15&…&programCostUsd=4200&…&low.rampUpMonths=3&…".
 */
export function writeIncomeUrl(s: IncomeUrlState, defaults: Omit<IncomeUrlState, 'state'>): string {
	const changed =
		INCOME_INPUT_FIELDS.some((k) => s.inputs[k] !== defaults.inputs[k]) ||
		!sameBounds(s.ranges, defaults.ranges);
	const leaveOut = changed ? {} : flatten({ ...defaults, state: null });
	return writeQuery(incomeSpec([]), flatten(s), leaveOut);
}
