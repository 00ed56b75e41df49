/**
 * The licence path, from the `state-licensing` facts: what kind of regulation a state has,
 * what a fee figure really is (some are proposals or legal maximums, which the `note` says),
 * whether sources disagree, and, for a number of training hours N, which states' minimum N
 * meets. Pure; the facts keep the shape of `$lib/map/licensing`.
 */
import type { LicensingFact } from '$lib/map/licensing';

export type { LicensingFact };

/** Fetched with `LICENSING_FIELDS` for the licence path: the national MBLEx fee ("US" rows). */
export const LICENCE_PATH_EXTRA_FIELDS: readonly string[] = ['exam_fee_usd'];

/** The facts that place a state on the "where can I be licensed" map (sent for every state). */
export const HOURS_MAP_FIELDS: readonly string[] = ['regulation_status', 'min_training_hours'];

/** One state's licence path as `/programs/licensing/<abbr>.json` serves it. */
export interface LicencePathFacts {
	/** The state's facts for `LICENSING_FIELDS`. */
	facts: LicensingFact[];
	/** National facts (state "US"), e.g. the MBLEx fee. */
	national: LicensingFact[];
}

/** Just what `classifyStates` reads from a fact. */
export type HoursFact = Pick<LicensingFact, 'field' | 'value'> & { state: string };

export type RegulationKind = 'licence' | 'registration' | 'voluntary' | 'none' | 'not found';

/**
 * The kind of statewide regulation, from the `regulation_status` facts' text. "No statewide"
 * wins over everything, then registration-only, then voluntary certification, then licence.
 *
 * @example regulationKind(['mandatory state registration (not licensure)']) → 'registration'
 */
export function regulationKind(statuses: readonly string[]): RegulationKind {
	if (statuses.length === 0) return 'not found';
	const all = statuses.join(' | ');
	if (/no statewide/i.test(all)) return 'none';
	if (/registration only|not licensure/i.test(all)) return 'registration';
	if (/voluntary/i.test(all)) return 'voluntary';
	if (/licen[cs]e|licensure/i.test(all)) return 'licence';
	return 'not found';
}

export type FeeKind = 'fee' | 'proposed' | 'maximum' | 'per month';

/**
 * What a fee figure is, read from its unit, note and date: a proposal that may not have been
 * adopted ("PROPOSED", unless the note says the proposal was withdrawn), a legal maximum
 * ("not to exceed", "statutory cap/maximum", "or a lesser amount"), a monthly rate, or a fee.
 *
 * @example feeKind({ unit: 'USD', note: "STATUTORY CAP: … 'not to exceed' $150", asOf: '2023' })
 *   → 'maximum'
 */
export function feeKind(f: Pick<LicensingFact, 'unit' | 'note' | 'asOf'>): FeeKind {
	const text = `${f.note ?? ''} ${f.asOf}`;
	if (/propos/i.test(text) && !/withdrawn/i.test(text)) return 'proposed';
	if (/not to exceed|statutory (cap|max)|legal max|or a lesser amount|\bcap\b/i.test(text))
		return 'maximum';
	if (/per month/i.test(f.unit ?? '')) return 'per month';
	return 'fee';
}

/** The label a fee kind carries on screen (none for a plain fee). */
export const FEE_KIND_LABEL: Readonly<Record<FeeKind, string | null>> = {
	fee: null,
	proposed: 'proposed, not confirmed as adopted',
	maximum: 'legal maximum, not the fee charged',
	'per month': 'per month of the licence term'
};

/** True when the facts for one field give more than one distinct value. */
export function sourcesDisagree(facts: readonly LicensingFact[]): boolean {
	return new Set(facts.map((f) => f.value.trim().toLowerCase())).size > 1;
}

/** True when the note marks the figure as old ("DATED - verify"). */
export const isDated = (f: Pick<LicensingFact, 'note'>): boolean => /\bDATED\b/.test(f.note ?? '');

export type HoursClass = 'meets' | 'above' | 'unknown';

export interface StateHours {
	abbr: string;
	name: string;
	/** Highest stated minimum (the safe reading when sources differ); null = none found. */
	minHours: number | null;
	/** Every distinct minimum the sources give, ascending. */
	allMinimums: number[];
	regulation: RegulationKind;
	cls: HoursClass;
	/** Why a state is in its class, in words. */
	reason: string;
}

/**
 * Which states' minimum training hours N meets. A state's minimum is the highest value its
 * sources give (the conservative reading: where sources differ, a newer rule has usually
 * raised it). States with no statewide licence, or no minimum in the sources, are "unknown"
 * with the reason. Registration-only states with a stated 0 hours meet any N.
 *
 * @example with N = 600: minimums WV {500, 625} → 'above' (625 > 600); TX {500} → 'meets'
 */
export function classifyStates(
	states: readonly { abbr: string; name: string }[],
	facts: readonly HoursFact[],
	n: number
): StateHours[] {
	return states.map(({ abbr, name }) => {
		const mine = facts.filter((f) => f.state === abbr);
		const regulation = regulationKind(
			mine.filter((f) => f.field === 'regulation_status').map((f) => f.value)
		);
		const allMinimums = [
			...new Set(
				mine
					.filter((f) => f.field === 'min_training_hours')
					.map((f) => Number(f.value))
					.filter((v) => Number.isFinite(v))
			)
		].sort((a, b) => a - b);
		const minHours = allMinimums.length > 0 ? allMinimums[allMinimums.length - 1]! : null;
		const base = { abbr, name, minHours, allMinimums, regulation };
		if (regulation === 'none')
			return { ...base, cls: 'unknown', reason: 'no statewide licence (local rules may apply)' };
		if (minHours === null)
			return { ...base, cls: 'unknown', reason: 'minimum hours not found in sources' };
		const others =
			allMinimums.length > 1 ? ` (sources also give ${allMinimums.slice(0, -1).join(', ')} h)` : '';
		const kind = regulation === 'registration' ? ', registration only' : '';
		return minHours <= n
			? { ...base, cls: 'meets', reason: `minimum ${minHours} h${others}${kind}` }
			: { ...base, cls: 'above', reason: `minimum ${minHours} h${others}${kind}` };
	});
}
