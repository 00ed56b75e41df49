/**
 * The clinic page's shareable state in the query string: the full scenario (state, wage
 * percentile, pay model and every field as typed), the ranking weights and directions that
 * differ from the defaults, and the state whose rank is being explained. Pure: takes and returns
 * URLSearchParams / strings. Read in the browser only (pages are prerendered).
 *
 * @module
 */
import { CLINIC_NUMBER_FIELDS, PAYER_LINES, payerField, type Direction } from '$lib/finance';
import { FACTOR_IDS } from './factors';
import { parseField } from './fields';
import type { Weighting } from './ranking';
import { parseWeight } from './ranking';
import { NATIONAL, WAGE_PERCENTILES, type Scenario, type WageChoice } from './scenario';

export interface ClinicUrlState {
	scenario: Scenario;
	weighting: Weighting;
	/** USPS code of the state whose rank is explained, or null. */
	why: string | null;
}

/**
 * The query string for a page state: every scenario field always (so a link reproduces the
 * plan even if defaults change), weights and directions only where they differ from the
 * defaults.
 *
 * Worked example: → "?state=TX&pct=median&pay=wage&treatmentRooms=3&…&w_growth=2&why=TX".
 */
export function writeClinicQuery(s: ClinicUrlState, defaults: Weighting): string {
	const p = new URLSearchParams();
	p.set('state', s.scenario.state);
	p.set('pct', s.scenario.wageChoice);
	p.set('pay', s.scenario.payModel);
	for (const f of CLINIC_NUMBER_FIELDS) p.set(f, s.scenario.fields[f]);
	for (const id of FACTOR_IDS) {
		if (s.weighting.weights[id] !== defaults.weights[id])
			p.set(`w_${id}`, String(s.weighting.weights[id]));
		if (s.weighting.directions[id] !== defaults.directions[id])
			p.set(`d_${id}`, s.weighting.directions[id]);
	}
	if (s.why) p.set('why', s.why);
	return `?${p.toString()}`;
}

/**
 * Reads a page state from a query string ("?state=TX&…"). Each value is checked on its own: a valid one is
 * used, an invalid one falls back to the default and its name is listed in `ignored` so the page
 * can say so. Parameters that are absent fall back silently.
 *
 * Worked example: "?state=TX&treatmentRooms=abc" → Texas, rooms from the defaults,
 * ignored = ['treatmentRooms'].
 */
export function readClinicQuery(
	search: string,
	known: { states: readonly string[] },
	defaults: { scenario: Scenario; weighting: Weighting }
): ClinicUrlState & { ignored: string[]; present: string[]; migration: string | null } {
	const params = new URLSearchParams(search);
	const ignored: string[] = [];
	// A link from before the payer lines: its insurance payer becomes the private-plan line, and
	// the other payers take no sessions (so the shares it had still add up).
	let migration: string | null = null;
	if (LEGACY_CLINIC.some(([old]) => params.has(old))) {
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
		migration =
			'This link was made before the payer lines: its insurance payer is now the “Private health plans” line, and the other payers take no sessions. Check them against your state’s payers.';
	}
	const present = CLINIC_NUMBER_FIELDS.filter((f) => params.has(f)) as string[];
	const d = defaults.scenario;
	const take = <T>(key: string, ok: (v: string) => T | undefined, fallback: T): T => {
		const raw = params.get(key);
		if (raw === null) return fallback;
		const v = ok(raw);
		if (v === undefined) {
			ignored.push(key);
			return fallback;
		}
		return v;
	};
	const state = take(
		'state',
		(v) => {
			const u = v.toUpperCase();
			return u === NATIONAL || known.states.includes(u) ? u : undefined;
		},
		d.state
	);
	const wageChoice = take<WageChoice>(
		'pct',
		(v) =>
			(WAGE_PERCENTILES as readonly string[]).includes(v) || v === 'custom'
				? (v as WageChoice)
				: undefined,
		d.wageChoice
	);
	const payModel = take(
		'pay',
		(v) => (v === 'wage' || v === 'commission' ? v : undefined),
		d.payModel
	);
	const fields = { ...d.fields };
	for (const f of CLINIC_NUMBER_FIELDS) {
		fields[f] = take(f, (v) => ('value' in parseField(f, v) ? v : undefined), d.fields[f]);
	}
	const weights = { ...defaults.weighting.weights };
	const directions = { ...defaults.weighting.directions };
	for (const id of FACTOR_IDS) {
		weights[id] = take(
			`w_${id}`,
			(v) => {
				const r = parseWeight(v);
				return 'value' in r ? r.value : undefined;
			},
			weights[id]
		);
		directions[id] = take<Direction>(
			`d_${id}`,
			(v) => (v === 'higher' || v === 'lower' ? v : undefined),
			directions[id]
		);
	}
	const why = take<string | null>(
		'why',
		(v) => (known.states.includes(v.toUpperCase()) ? v.toUpperCase() : undefined),
		null
	);
	return {
		scenario: { state, wageChoice, payModel, fields },
		weighting: { weights, directions },
		why,
		ignored,
		present,
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
