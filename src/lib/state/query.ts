/**
 * The one reader and writer of every page's query string. Pure (no Svelte, no DOM), so it is
 * unit-tested on its own.
 *
 * A page describes its parameters as a spec, name → {@link Param}; `readQuery` reads a query
 * string against it and never throws:
 * - a parameter the spec does not name is ignored (and reported: a mistyped name is the likeliest
 *   cause of a link that "does nothing");
 * - a value that cannot be used keeps the default and is reported as
 *   "<param>: <value> is not <what>", e.g. "compare: ZZ is not a state";
 * - a parameter given more than once uses the first value and reports the others.
 * `writeQuery` builds the canonical query string back from values, so a page can put the state
 * it actually shows in the address bar.
 *
 * @example
 * ```ts
 * const spec = { state: optional(oneOf(['TX', 'VT'], 'a state', upper)), hours: number({ min: 0, max: 9999, integer: true }) };
 * readQuery('?state=zz&hours=40&x=1', spec, { state: null, hours: 500 });
 * // → values { state: null, hours: 40 }, present ['hours'],
 * //   problems ['state: zz is not a state', 'x is not a setting of this page, so x=1 was ignored']
 * writeQuery(spec, { state: 'TX', hours: 500 }, { hours: 500 }); // → '?state=TX'
 * ```
 *
 * @module
 */

/** What one parameter's text gave: its value (with notes on parts left out), or why not. */
export type Reading<T> = { value: T; problems?: string[] } | { not: string };

export interface Param<T> {
	/** Text → value, or `{ not: 'a state' }`: the end of "ZZ is not a state". */
	read(text: string): Reading<T>;
	/** Value → text; null leaves the parameter out. Default: `String(value)`. */
	write?(value: T): string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spec mixes parameter types
export type QuerySpec = Record<string, Param<any>>;

export type QueryValues<S extends QuerySpec> = {
	[K in keyof S]: S[K] extends Param<infer T> ? T : never;
};

export interface QueryRead<S extends QuerySpec> {
	values: QueryValues<S>;
	/** One sentence per value that could not be used, in spec order, then unknown names. */
	problems: string[];
	/** Parameters whose value was used (in spec order). */
	present: (keyof S & string)[];
	/** Parameters with a problem: spec names first (spec order), then unknown ones. */
	rejected: string[];
}

/** Longest part of a value quoted back in a message; the rest is cut (a link can be huge). */
export const SHOWN_VALUE_LENGTH = 40;

/** A value as a message quotes it: `""` when empty, cut to {@link SHOWN_VALUE_LENGTH}. */
export function shown(text: string): string {
	if (text === '') return '""';
	const chars = Array.from(text);
	return chars.length > SHOWN_VALUE_LENGTH
		? `${chars.slice(0, SHOWN_VALUE_LENGTH).join('')}…`
		: text;
}

/** The usual refusal: `{ not: what }` for `read` to return. */
export const not = (what: string): { not: string } => ({ not: what });

/**
 * Reads `query` ("?a=1&b=2", "a=1" or URLSearchParams) against `spec`. Absent parameters keep
 * their default silently; everything else is as the module comment says.
 */
export function readQuery<S extends QuerySpec>(
	query: string | URLSearchParams,
	spec: S,
	defaults: QueryValues<S>
): QueryRead<S> {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const values = { ...defaults };
	const problems: string[] = [];
	const present: (keyof S & string)[] = [];
	const rejected: string[] = [];
	for (const name of Object.keys(spec) as (keyof S & string)[]) {
		const all = params.getAll(name);
		if (all.length === 0) continue;
		const text = all[0]!;
		const r = spec[name]!.read(text);
		if ('not' in r) {
			problems.push(`${name}: ${shown(text)} is not ${r.not}`);
			rejected.push(name);
		} else {
			values[name] = r.value;
			present.push(name);
			for (const p of r.problems ?? []) problems.push(`${name}: ${p}`);
			if (r.problems?.length) rejected.push(name);
		}
		for (const extra of new Set(all.slice(1))) {
			if (extra === text) continue;
			problems.push(
				`${name}: ${shown(extra)} is not used (the link gives ${name} more than once; the first counts)`
			);
			if (!rejected.includes(name)) rejected.push(name);
		}
	}
	for (const name of new Set(params.keys())) {
		if (Object.hasOwn(spec, name)) continue;
		const value = params.get(name)!;
		const pair = value === '' ? shown(name) : `${name === '' ? '' : shown(name)}=${shown(value)}`;
		problems.push(
			name === ''
				? `A value without a name (${pair}) was ignored`
				: `${shown(name)} is not a setting of this page, so ${pair} was ignored`
		);
		rejected.push(name);
	}
	return { values, problems: [...new Set(problems)], present, rejected };
}

/**
 * The canonical query string ("" or "?a=1&b=2") for `values`, parameters in spec order. A
 * parameter is left out when its `write` gives null, or when it writes the same text as its
 * entry in `leaveOut` (pass the defaults to keep a link short). Commas stay commas.
 */
export function writeQuery<S extends QuerySpec>(
	spec: S,
	values: QueryValues<S>,
	leaveOut: Partial<QueryValues<S>> = {}
): string {
	const p = new URLSearchParams();
	for (const name of Object.keys(spec) as (keyof S & string)[]) {
		const param = spec[name]!;
		const write = (v: unknown) => (param.write ? param.write(v) : String(v));
		const text = write(values[name]);
		if (text === null) continue;
		if (Object.hasOwn(leaveOut, name) && write(leaveOut[name]) === text) continue;
		p.set(name, text);
	}
	const q = p.toString().replaceAll('%2C', ',');
	return q ? `?${q}` : '';
}

// ---- Parameter builders -------------------------------------------------------------------

/** Upper-cases and trims: for USPS state codes typed in any case. */
export const upper = (text: string): string => text.trim().toUpperCase();

/**
 * One of a list of values (an enum, a state code, an id). `normalise` is applied before the
 * comparison (e.g. {@link upper}).
 */
export function oneOf<T extends string>(
	options: readonly T[],
	what: string,
	normalise: (text: string) => string = (t) => t
): Param<T> {
	return {
		read: (text) => {
			const v = normalise(text);
			return (options as readonly string[]).includes(v) ? { value: v as T } : not(what);
		}
	};
}

/** A parameter that may be absent: empty text reads as null, and null is left out. */
export function optional<T>(param: Param<T>): Param<T | null> {
	return {
		read: (text) => (text.trim() === '' ? { value: null } : param.read(text)),
		write: (v) => (v === null ? null : param.write ? param.write(v) : String(v))
	};
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number written in plain or exponent form ("4200", "0.118", "1e-7"), within [min, max] and
 * whole when `integer`. `-0` reads as 0. Written in JavaScript's shortest exact form, so a
 * value round-trips bit for bit.
 */
export function number(limits: { min: number; max: number; integer?: boolean }): Param<number> {
	const kind = limits.integer ? 'a whole number' : 'a number';
	const range = `${kind} from ${limits.min} to ${limits.max}`;
	return {
		read: (text) => {
			const t = text.trim();
			if (!NUMBER.test(t)) return not('a number');
			const v = Number(t) + 0; // + 0 turns -0 into 0
			const ok = v >= limits.min && v <= limits.max && (!limits.integer || Number.isInteger(v));
			return ok ? { value: v } : not(range);
		}
	};
}

/**
 * A comma-separated list of items ("TX,FL,CO"): trimmed, duplicates merged, at most `max`.
 * Items that cannot be used are left out and reported; the rest are kept.
 */
export function list<T>(item: Param<T>, max: number): Param<T[]> {
	return {
		read: (text) => {
			const value: T[] = [];
			const problems: string[] = [];
			for (const part of text.split(',')) {
				const t = part.trim();
				if (t === '') continue;
				const r = item.read(t);
				if ('not' in r) problems.push(`${shown(t)} is not ${r.not}`);
				else if (value.includes(r.value)) continue;
				else if (value.length >= max) problems.push(`${shown(t)} is not used (${max} at most)`);
				else value.push(r.value);
			}
			return { value, problems };
		},
		write: (v) =>
			v.length === 0 ? null : v.map((x) => (item.write ? item.write(x) : String(x))).join(',')
	};
}
