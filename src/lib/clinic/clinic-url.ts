/**
 * The clinic page's shareable state in the query string: the full scenario (state, wage
 * percentile, pay model and every field as typed), the ranking weights and directions that
 * differ from the defaults, and the state whose rank is being explained. Pure: takes and returns
 * URLSearchParams / strings. Read in the browser only (pages are prerendered).
 *
 * @module
 */
import {
	CLINIC_INPUT_LIMITS,
	CLINIC_NUMBER_FIELDS,
	PAYER_LINES,
	payerField,
	type ClinicNumberField,
	type Direction,
	type PayModel
} from '$lib/finance';
import { not, oneOf, readQuery, upper, writeQuery, type Param } from '$lib/state/query';
import { FACTOR_IDS } from './factors';
import { rangeText } from '$lib/kit/field';
import { FIELD_META, parseField } from './clinic-fields';
import { readNumberText } from '$lib/numbers';
import type { Weighting } from './ranking';
import { MAX_WEIGHT, parseWeight } from './ranking';
import { NATIONAL, WAGE_PERCENTILES, type Scenario, type WageChoice } from './scenario';

export interface ClinicUrlState {
	scenario: Scenario;
	weighting: Weighting;
	/** USPS code of the state whose rank is explained, or null. */
	why: string | null;
}

/** A scenario field, kept as typed when the form would accept it. */
function fieldParam(f: ClinicNumberField): Param<string> {
	return {
		read: (v) => {
			const spec = FIELD_META[f];
			if (parseField(f, v).ok) return { value: v };
			if (readNumberText(v, spec.kind === 'percent') === null) return not('a number');
			const kind = CLINIC_INPUT_LIMITS[f].integer ? 'a whole number' : 'a number';
			return not(`${kind} ${rangeText(spec)}${spec.kind === 'number' ? ` ${spec.unit}` : ''}`);
		}
	};
}

const weightParam: Param<number> = {
	read: (v) => {
		const r = parseWeight(v);
		return 'value' in r ? { value: r.value } : not(`a weight from 0 to ${MAX_WEIGHT}`);
	}
};

/** Every parameter, in the order the link is written and read. */
function clinicSpec(states: readonly string[]) {
	const spec: Record<string, Param<string | number | null>> = {
		state: oneOf([NATIONAL, ...states], 'a state (or US)', upper),
		pct: oneOf([...WAGE_PERCENTILES, 'custom'], `one of ${WAGE_PERCENTILES.join(', ')}, custom`),
		pay: oneOf(['wage', 'commission'], 'wage or commission')
	};
	for (const f of CLINIC_NUMBER_FIELDS) spec[f] = fieldParam(f);
	for (const id of FACTOR_IDS) {
		spec[`w_${id}`] = weightParam;
		spec[`d_${id}`] = oneOf(['higher', 'lower'], 'higher or lower');
	}
	spec.why = { ...oneOf(states, 'a state', upper), write: (v) => (v === null ? null : String(v)) };
	return spec;
}

type Flat = Record<string, string | number | null>;

function flatten(s: ClinicUrlState): Flat {
	const flat: Flat = {
		state: s.scenario.state,
		pct: s.scenario.wageChoice,
		pay: s.scenario.payModel,
		why: s.why
	};
	for (const f of CLINIC_NUMBER_FIELDS) flat[f] = s.scenario.fields[f];
	for (const id of FACTOR_IDS) {
		flat[`w_${id}`] = s.weighting.weights[id];
		flat[`d_${id}`] = s.weighting.directions[id];
	}
	return flat;
}

/**
 * The query string for a page state: every scenario field always (so a link reproduces the
 * plan even if defaults change), weights and directions only where they differ from the
 * defaults.
 *
 * Worked example: → "?state=TX&pct=median&pay=wage&treatmentRooms=3&…&w_growth=2&why=TX".
 */
export function writeClinicQuery(s: ClinicUrlState, defaults: Weighting): string {
	const leaveOut: Flat = {};
	for (const id of FACTOR_IDS) {
		leaveOut[`w_${id}`] = defaults.weights[id];
		leaveOut[`d_${id}`] = defaults.directions[id];
	}
	return writeQuery(clinicSpec([]), flatten(s), leaveOut);
}

/**
 * Reads a page state from a query string ("?state=TX&…"). Each value is checked on its own: a
 * valid one is used, an invalid one falls back to the default; its name is listed in `ignored`
 * and the reason in `problems` ("treatmentRooms: abc is not a number"), so the page can say so.
 * Parameters that are absent fall back silently; unknown ones are ignored and reported.
 *
 * Worked example: "?state=TX&treatmentRooms=abc" → Texas, rooms from the defaults,
 * ignored = ['treatmentRooms'].
 */
export function readClinicQuery(
	search: string,
	known: { states: readonly string[] },
	defaults: { scenario: Scenario; weighting: Weighting }
): ClinicUrlState & {
	ignored: string[];
	problems: string[];
	present: string[];
	migration: string | null;
} {
	const params = new URLSearchParams(search);
	const migration = mapLegacyLink(params);
	const r = readQuery(
		params,
		clinicSpec(known.states),
		flatten({ scenario: defaults.scenario, weighting: defaults.weighting, why: null })
	);
	const v = r.values;
	const fields = { ...defaults.scenario.fields };
	for (const f of CLINIC_NUMBER_FIELDS) fields[f] = v[f] as string;
	const weights = { ...defaults.weighting.weights };
	const directions = { ...defaults.weighting.directions };
	for (const id of FACTOR_IDS) {
		weights[id] = v[`w_${id}`] as number;
		directions[id] = v[`d_${id}`] as Direction;
	}
	return {
		scenario: {
			state: v.state as string,
			wageChoice: v.pct as WageChoice,
			payModel: v.pay as PayModel,
			fields
		},
		weighting: { weights, directions },
		why: v.why as string | null,
		ignored: r.rejected,
		problems: r.problems,
		present: CLINIC_NUMBER_FIELDS.filter((f) => r.present.includes(f)),
		migration
	};
}

/** Fields of links made before the payer lines, and the private-plan fields they become. */
const LEGACY_CLINIC: readonly (readonly [string, string])[] = [
	['insuranceShare', 'privateShare'],
	['allowedPerUnitUsd', 'privateAllowedUsd'],
	['denialRate', 'privateDenialRate'],
	['daysToPayment', 'privateDaysToPayment']
];

/**
 * A link from before the payer lines: its insurance payer becomes the private-plan line (per
 * unit), and the other payers take no sessions, so the shares it had still add up. Rewrites
 * `params` and returns what to tell, or null.
 */
function mapLegacyLink(params: URLSearchParams): string | null {
	if (!LEGACY_CLINIC.some(([old]) => params.has(old))) return null;
	for (const [old, to] of LEGACY_CLINIC) {
		const v = params.get(old);
		if (v !== null && !params.has(to)) params.set(to, v);
		params.delete(old);
	}
	if (!params.has('privatePerVisit')) params.set('privatePerVisit', '0');
	for (const line of PAYER_LINES) {
		const share = payerField(line, 'Share');
		if (!params.has(share)) params.set(share, '0');
	}
	return 'This link was made before the payer lines: its insurance payer is now the “Private health plans” line, and the other payers take no sessions. Check them against your state’s payers.';
}
