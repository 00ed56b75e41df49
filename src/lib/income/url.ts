/**
 * The income page's shareable state in the query string: every input field under its model
 * name in model units (`programCostUsd=4200`, `denialRate=0.118`), the uncertainty bounds as
 * `low.<driver>` / `high.<driver>`, and `state=TX`. Pure; numbers are written in JavaScript's
 * shortest exact form, so a link reproduces the inputs bit for bit.
 *
 * @module
 */
import { assertFieldInRange, DRIVERS, INCOME_INPUT_FIELDS, type IncomeInputs } from '$lib/finance';
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

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function readNumber(
	params: URLSearchParams,
	name: string,
	field: keyof IncomeInputs,
	problems: string[]
): number | null {
	const raw = params.get(name);
	if (raw === null) return null;
	const text = raw.trim();
	if (!NUMBER.test(text)) {
		problems.push(`The link's ${name} "${raw}" is not a number, so the default was used.`);
		return null;
	}
	const value = Number(text);
	try {
		assertFieldInRange(field, value);
	} catch (e) {
		problems.push(
			`The link's ${name} ${text} was not used (${(e as Error).message}); the default was kept.`
		);
		return null;
	}
	return value;
}

/**
 * Reads the state from the query string (e.g. `location.search`). Anything missing keeps its default; anything
 * unusable keeps its default and is reported in `problems`. `state` must be one of `states`
 * (case-insensitive).
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
	const problems: string[] = [];
	// A link from before the payer lines: its single insurance payer becomes the private-plan line.
	let migration: string | null = null;
	const legacy = Object.keys(LEGACY_PAYER_FIELDS).filter((k) => params.has(k));
	if (legacy.length > 0) {
		const record = Object.fromEntries(legacy.map((k) => [k, Number(params.get(k))]));
		const mapped = mapLegacyPayers(record, 'This link');
		for (const k of legacy) {
			const to = LEGACY_PAYER_FIELDS[k]!;
			if (!params.has(to)) params.set(to, params.get(k)!);
			params.delete(k);
		}
		if (mapped && !params.has('privatePerVisit') && 'allowedPerUnitUsd' in record)
			params.set('privatePerVisit', '0');
		for (const [old, to] of Object.entries(LEGACY_DRIVERS)) {
			for (const bound of ['low', 'high']) {
				const v = params.get(`${bound}.${old}`);
				if (v !== null && !params.has(`${bound}.${to}`)) params.set(`${bound}.${to}`, v);
				params.delete(`${bound}.${old}`);
			}
		}
		migration = mapped?.message ?? null;
	}
	const present: (keyof IncomeInputs)[] = [];
	const inputs: IncomeInputs = { ...defaults.inputs };
	for (const key of INCOME_INPUT_FIELDS) {
		const v = readNumber(params, key, key, problems);
		if (v !== null) {
			inputs[key] = v;
			present.push(key);
		}
	}
	const ranges = copyBounds(defaults.ranges);
	for (const d of DRIVERS) {
		for (const bound of ['low', 'high'] as const) {
			const v = readNumber(params, `${bound}.${d}`, d, problems);
			if (v !== null) ranges[d][bound] = v;
		}
	}
	const rawState = params.get('state');
	let state: string | null = null;
	if (rawState !== null && rawState !== '') {
		const code = rawState.trim().toUpperCase();
		if (states.includes(code)) state = code;
		else
			problems.push(`The link's state "${rawState}" is not a US state code, so none was chosen.`);
	}
	return { inputs, ranges, state, problems, present, migration };
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
	const p = new URLSearchParams();
	const changed =
		INCOME_INPUT_FIELDS.some((k) => s.inputs[k] !== defaults.inputs[k]) ||
		!sameBounds(s.ranges, defaults.ranges);
	if (changed) {
		for (const key of INCOME_INPUT_FIELDS) p.set(key, String(s.inputs[key]));
		for (const d of DRIVERS) {
			p.set(`low.${d}`, String(s.ranges[d].low));
			p.set(`high.${d}`, String(s.ranges[d].high));
		}
	}
	if (s.state) p.set('state', s.state);
	const q = p.toString();
	return q ? `?${q}` : '';
}
