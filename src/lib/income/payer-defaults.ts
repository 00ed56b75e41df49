/**
 * Payer-line defaults, from the `payer-paths` dataset: which payers can pay a massage therapist
 * in a state (open / closed / conditional / not found in sources), on what condition, and at
 * what published fee-schedule rate. Shared by /income and /clinic, which bill the same way.
 *
 * Rules (the app's, stated where the page shows them):
 * - a closed, conditional or not-found path defaults to 0% of sessions, with the reason;
 * - an open path defaults to {@link OPEN_PATH_SHARE} of sessions, labelled an assumption;
 * - a published fee schedule (97124 or 97140) becomes the allowed amount, with its source; else
 *   the fallback allowed amount of the national defaults;
 * - with no state chosen, every line is 0% and says why.
 * Pure: the caller passes the rows.
 *
 * @module
 */
import {
	LINE_PATH,
	PAYER_FIELD_SUFFIXES,
	PAYER_LINES,
	payerField,
	type PayerField,
	type PayerFieldSuffix,
	type PayerLineId,
	type PayerPath
} from '$lib/finance';
import type { DataOrigin, DefaultOrigin } from '$lib/kit/origin';

/** The payer-paths columns this module reads (a row of the dataset). */
export interface PayerFact {
	state_abbr: string;
	state_name: string;
	payer_path: string;
	status: string;
	condition: string | null;
	rate_usd: number | null;
	rate_per: string | null;
	rate_code: string | null;
	rate_year: string | null;
	source_date: string;
	source: string;
	source_url: string | null;
	source_quality: string;
	note: string | null;
}

export type PayerStatus = 'open' | 'closed' | 'conditional' | 'not found in sources';

/** The status of one path in one state, with where it comes from. */
export interface PathStatus {
	path: PayerPath;
	/** 'no state' when no state is chosen. */
	status: PayerStatus | 'no state';
	/** The condition or reason in words, or null. */
	condition: string | null;
	/** The dataset row, or null (no state chosen). */
	origin: DataOrigin | null;
}

/** A line's default and the range the Monte Carlo draws it from. */
export interface LineDefaults {
	line: PayerLineId;
	path: PathStatus;
	values: Record<PayerFieldSuffix, number>;
	origins: Record<PayerFieldSuffix, DefaultOrigin>;
	/** Low/high of the line's uncertain numbers (its likely value is the form's). */
	ranges: Record<'AllowedUsd' | 'DenialRate' | 'DaysToPayment', { low: number; high: number }>;
	rangeOrigins: Record<
		'AllowedUsd' | 'DenialRate' | 'DaysToPayment',
		{ low: DefaultOrigin; high: DefaultOrigin }
	>;
}

/** What a state's payer paths set: one entry per line, plus the self-pay and Medicare paths. */
export interface StatePayers {
	/** USPS code, or null for the national defaults. */
	state: string | null;
	stateName: string | null;
	lines: Record<PayerLineId, LineDefaults>;
	selfPay: PathStatus;
	medicare: PathStatus;
}

/** The part of a line's defaults that does not depend on the state (from billing benchmarks). */
export interface CommonLineDefaults {
	values: Omit<Record<PayerFieldSuffix, number>, 'Share'>;
	origins: Omit<Record<PayerFieldSuffix, DefaultOrigin>, 'Share'>;
	ranges: LineDefaults['ranges'];
	rangeOrigins: LineDefaults['rangeOrigins'];
}

/** Share of medical sessions an open payer path starts with: an assumption, never data. */
export const OPEN_PATH_SHARE = 0.1;

/** Names of the lines and paths as the pages print them. */
export const PATH_LABELS: Readonly<Record<PayerPath, string>> = {
	'self-pay': 'Self-pay (cash, HSA/FSA)',
	'auto-no-fault': 'Auto no-fault (PIP) or med-pay',
	'workers-comp': 'Workers’ compensation',
	'private-health': 'Private health plans',
	medicare: 'Medicare',
	medicaid: 'Medicaid'
};

/** The choices of a payer line's `PerVisit` field: what its allowed amount is paid for. */
export const PER_VISIT_CHOICES = [
	{ value: 0, label: 'per 15-minute unit' },
	{ value: 1, label: 'per visit' }
] as const;

export const STATUS_LABELS: Readonly<Record<PathStatus['status'], string>> = {
	open: 'open',
	closed: 'closed',
	conditional: 'conditional',
	'not found in sources': 'not found in sources',
	'no state': 'no state chosen'
};

const assume = (reason: string): DefaultOrigin => ({ kind: 'assumption', reason });

/** A payer-paths row as the origin of a default. */
export function factOrigin(f: PayerFact, use: string): DataOrigin {
	const rate =
		f.rate_usd === null
			? null
			: `${f.rate_usd} USD per ${f.rate_per ?? 'unit'}${f.rate_code ? ` (CPT ${f.rate_code}` : ''}${f.rate_year ? `, ${f.rate_year}` : ''}${f.rate_code ? ')' : ''}`;
	return {
		kind: 'data',
		dataset: 'payer-paths',
		metric: `${f.state_abbr} ${f.payer_path}`,
		published: rate ?? f.status,
		unit: '',
		use,
		citation: f.source,
		scope: `${f.state_name}, as of ${f.source_date}`,
		url: f.source_url,
		quality: f.source_quality
	};
}

function pathStatus(facts: readonly PayerFact[], state: string, path: PayerPath): PathStatus {
	const f = facts.find((r) => r.state_abbr === state && r.payer_path === path);
	if (!f) throw new Error(`payer-paths: no row for ${state} ${path}`);
	const status = f.status as PayerStatus;
	if (!['open', 'closed', 'conditional', 'not found in sources'].includes(status)) {
		throw new Error(`payer-paths: ${state} ${path} has an unknown status "${f.status}"`);
	}
	return {
		path,
		status,
		condition: f.condition,
		// A "not found in sources" row has no source to cite.
		origin:
			f.source_quality === 'none'
				? null
				: factOrigin(f, `${PATH_LABELS[path]} in ${f.state_name}: ${status}`)
	};
}

const noState = (path: PayerPath): PathStatus => ({
	path,
	status: 'no state',
	condition: 'choose your state to see whether this payer pays massage therapists there',
	origin: null
});

/** The reason a line's share starts where it does, in words. */
function shareOrigin(p: PathStatus, stateName: string | null): DefaultOrigin {
	switch (p.status) {
		case 'no state':
			return assume(
				'no state chosen, so no payer is assumed: choose your state to see which payers pay massage therapists there (national defaults)'
			);
		case 'open':
			return assume(
				`${PATH_LABELS[p.path]} can pay massage therapists in ${stateName}; ${OPEN_PATH_SHARE * 100}% of your medical sessions is a starting point, set your own mix`
			);
		case 'closed':
			return assume(
				`closed in ${stateName}: ${p.condition ?? 'this payer does not pay massage therapists'}`
			);
		case 'conditional':
			return assume(
				`0% until you meet the condition in ${stateName}: ${p.condition ?? 'see the source'}`
			);
		default:
			return assume(
				`not found in sources for ${stateName}: no source says whether this payer pays massage therapists there`
			);
	}
}

/**
 * The payer defaults of one state (or the national ones with `state` null).
 *
 * Worked example: Florida's auto-no-fault row is closed (HB 119, from 2013-01-01) → pipShare 0,
 * its origin quoting the reason; a state whose workers-comp row carries 97124 at $X per unit →
 * wcAllowedUsd X and wcPerVisit 0, origin that row.
 *
 * @throws Error naming the state and path when a row is missing or its status is unknown.
 */
export function buildStatePayers(
	facts: readonly PayerFact[],
	state: string | null,
	common: CommonLineDefaults
): StatePayers {
	const stateName = state ? (facts.find((f) => f.state_abbr === state)?.state_name ?? null) : null;
	if (state && !stateName) throw new Error(`payer-paths: no rows for ${state}`);
	const status = (path: PayerPath) => (state ? pathStatus(facts, state, path) : noState(path));
	const lines = Object.fromEntries(
		PAYER_LINES.map((line) => {
			const p = status(LINE_PATH[line]);
			const fact = state
				? facts.find((r) => r.state_abbr === state && r.payer_path === LINE_PATH[line])
				: undefined;
			const rate = fact?.rate_usd ?? null;
			const open = p.status === 'open';
			const values: Record<PayerFieldSuffix, number> = {
				...common.values,
				Share: open ? OPEN_PATH_SHARE : 0,
				...(rate !== null ? { AllowedUsd: rate, PerVisit: fact?.rate_per === 'visit' ? 1 : 0 } : {})
			};
			const scheduleOrigin =
				rate !== null && fact
					? factOrigin(
							fact,
							`${fact.state_name}'s published fee schedule${fact.rate_code ? ` for CPT ${fact.rate_code}` : ''}`
						)
					: null;
			const origins: Record<PayerFieldSuffix, DefaultOrigin> = {
				...common.origins,
				Share: shareOrigin(p, stateName),
				...(scheduleOrigin ? { AllowedUsd: scheduleOrigin, PerVisit: scheduleOrigin } : {})
			};
			const ranges = { ...common.ranges };
			const rangeOrigins = { ...common.rangeOrigins };
			if (rate !== null && scheduleOrigin) {
				// A fee schedule fixes the amount: no range to draw from.
				ranges.AllowedUsd = { low: rate, high: rate };
				rangeOrigins.AllowedUsd = { low: scheduleOrigin, high: scheduleOrigin };
			}
			return [line, { line, path: p, values, origins, ranges, rangeOrigins }];
		})
	) as Record<PayerLineId, LineDefaults>;
	return {
		state,
		stateName,
		lines,
		selfPay: status('self-pay'),
		medicare: status('medicare')
	};
}

/** The payer fields of a {@link StatePayers}, flat (`wcShare: 0.1`, …). */
export function payerInputs(p: StatePayers): Record<PayerField, number> {
	const out = {} as Record<PayerField, number>;
	for (const line of PAYER_LINES)
		for (const suffix of PAYER_FIELD_SUFFIXES)
			out[payerField(line, suffix)] = p.lines[line].values[suffix];
	return out;
}

/** The origins of the payer fields, flat. */
export function payerOrigins(p: StatePayers): Record<PayerField, DefaultOrigin> {
	const out = {} as Record<PayerField, DefaultOrigin>;
	for (const line of PAYER_LINES)
		for (const suffix of PAYER_FIELD_SUFFIXES)
			out[payerField(line, suffix)] = p.lines[line].origins[suffix];
	return out;
}

/**
 * Moves inputs from one state's payer defaults to another's: each payer field still equal to
 * its old default takes the new default; a field the user changed keeps the user's figure.
 *
 * Worked example: wcShare 0 (the old default) → 0.1 (open in the new state); wcAllowedUsd 40
 * (typed by the user) stays 40.
 */
export function switchPayerDefaults<T extends Record<PayerField, number>>(
	inputs: T,
	from: StatePayers,
	to: StatePayers
): T {
	const before = payerInputs(from);
	const after = payerInputs(to);
	const next = { ...inputs };
	for (const field of Object.keys(after) as PayerField[]) {
		if (inputs[field] === before[field]) next[field] = after[field];
	}
	return next;
}
