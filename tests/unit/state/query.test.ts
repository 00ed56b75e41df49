import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	list,
	not,
	number,
	oneOf,
	optional,
	readQuery,
	shown,
	upper,
	writeQuery,
	type Param
} from '$lib/state/query';

const STATES = ['TX', 'VT', 'CA'] as const;
const spec = {
	state: optional(oneOf(STATES, 'a state', upper)),
	method: oneOf(['quantile', 'equal'], 'one of quantile, equal'),
	hours: number({ min: 0, max: 99_999, integer: true }),
	rate: number({ min: 0, max: 1 }),
	compare: list(oneOf(STATES, 'a state', upper), 2)
};
const defaults = {
	state: null,
	method: 'quantile' as const,
	hours: 500,
	rate: 0.12,
	compare: [] as (typeof STATES)[number][]
};
const read = (q: string) => readQuery(q, spec, defaults);

describe('readQuery', () => {
	it('reads every known parameter and lists the ones used', () => {
		const r = read('?state=tx&method=equal&hours=40&rate=0.118&compare=VT,ca');
		expect(r.values).toEqual({
			state: 'TX',
			method: 'equal',
			hours: 40,
			rate: 0.118,
			compare: ['VT', 'CA']
		});
		expect(r.present).toEqual(['state', 'method', 'hours', 'rate', 'compare']);
		expect(r.problems).toEqual([]);
		expect(r.rejected).toEqual([]);
	});

	it('keeps the defaults for an empty query, with or without "?"', () => {
		for (const q of ['', '?', '&&']) {
			const r = read(q);
			expect(r.values).toEqual(defaults);
			expect(r.problems).toEqual([]);
		}
		expect(readQuery(new URLSearchParams('hours=7'), spec, defaults).values.hours).toBe(7);
	});

	it('keeps the default and says "<param>: <value> is not <what>" for each unusable value', () => {
		const r = read('?state=ZZ&method=best&hours=2.5&rate=lots&compare=TX,ZZ,VT,CA');
		expect(r.values).toEqual({ ...defaults, compare: ['TX', 'VT'] });
		expect(r.problems).toEqual([
			'state: ZZ is not a state',
			'method: best is not one of quantile, equal',
			'hours: 2.5 is not a whole number from 0 to 99999',
			'rate: lots is not a number',
			'compare: ZZ is not a state',
			'compare: CA is not used (2 at most)'
		]);
		expect(r.rejected).toEqual(['state', 'method', 'hours', 'rate', 'compare']);
		expect(r.present).toEqual(['compare']);
	});

	it('names parameters the page does not know, and ignores them', () => {
		const r = read('?x=%3Cscript%3E&state=VT&=orphan&flag');
		expect(r.values).toEqual({ ...defaults, state: 'VT' });
		expect(r.problems).toEqual([
			'x is not a setting of this page, so x=<script> was ignored',
			'A value without a name (=orphan) was ignored',
			'flag is not a setting of this page, so flag was ignored'
		]);
		expect(r.rejected).toEqual(['x', '', 'flag']);
	});

	it('uses the first of a repeated parameter and says the others were not used', () => {
		const r = read('?hours=40&hours=41&hours=40&x=1&x=2');
		expect(r.values.hours).toBe(40);
		expect(r.problems).toEqual([
			'hours: 41 is not used (the link gives hours more than once; the first counts)',
			'x is not a setting of this page, so x=1 was ignored'
		]);
	});

	it('refuses numbers that are not finite or out of range, and reads -0 as 0', () => {
		for (const text of ['1e309', '-1e309', 'NaN', 'Infinity', '0x10', '1,5', '', ' ', '--1']) {
			const r = read(`?rate=${encodeURIComponent(text)}`);
			expect(r.values.rate, text).toBe(0.12);
			expect(r.problems, text).toHaveLength(1);
		}
		expect(read('?rate=1e309').problems).toEqual(['rate: 1e309 is not a number from 0 to 1']);
		expect(read('?rate=').problems).toEqual(['rate: "" is not a number']);
		const zero = read('?rate=-0').values.rate;
		expect(Object.is(zero, 0)).toBe(true);
		expect(read('?rate=1e-7').values.rate).toBe(1e-7);
	});

	it('quotes at most 40 characters of a long value', () => {
		const long = 'a'.repeat(5000);
		const [p] = read(`?method=${long}`).problems;
		expect(p).toBe(`method: ${'a'.repeat(40)}… is not one of quantile, equal`);
		expect(shown('😀'.repeat(41))).toBe(`${'😀'.repeat(40)}…`);
	});

	it('reads an empty optional value as none', () => {
		const r = read('?state=');
		expect(r.values.state).toBeNull();
		expect(r.problems).toEqual([]);
	});

	it('lets a page write its own parameter (e.g. text checked by a form parser)', () => {
		const even: Param<string> = {
			read: (t) => (Number(t) % 2 === 0 ? { value: t } : not('an even number'))
		};
		const r = readQuery('?n=3', { n: even }, { n: '2' });
		expect(r.values.n).toBe('2');
		expect(r.problems).toEqual(['n: 3 is not an even number']);
	});
});

describe('writeQuery', () => {
	it('writes parameters in spec order, commas unescaped, leaving out nulls and empty lists', () => {
		expect(
			writeQuery(spec, {
				state: 'TX',
				method: 'equal',
				hours: 40,
				rate: 0.1,
				compare: ['TX', 'VT']
			})
		).toBe('?state=TX&method=equal&hours=40&rate=0.1&compare=TX,VT');
		expect(writeQuery(spec, { ...defaults, state: null, compare: [] })).toBe(
			'?method=quantile&hours=500&rate=0.12'
		);
	});

	it('leaves out values equal to those given (e.g. the defaults), and "" when nothing is left', () => {
		expect(writeQuery(spec, defaults, defaults)).toBe('');
		expect(writeQuery(spec, { ...defaults, hours: 600 }, defaults)).toBe('?hours=600');
	});

	it('escapes markup and separators in values', () => {
		const text: Param<string> = { read: (t) => ({ value: t }) };
		const q = writeQuery({ a: text }, { a: '<b>&x=1' });
		expect(q).toBe('?a=%3Cb%3E%26x%3D1');
		expect(readQuery(q, { a: text }, { a: '' }).values.a).toBe('<b>&x=1');
	});
});

describe('readQuery and writeQuery, for any query string', () => {
	const chunk = fc.oneof(
		fc.constantFrom('state', 'method', 'hours', 'rate', 'compare', 'x', '', '<script>'),
		fc.string({ maxLength: 12 }),
		fc.constantFrom('1e309', '-0', 'NaN', '%', '%E0%A4%A', '=', '&', ',', 'TX', 'equal', '12')
	);
	const query = fc
		.array(fc.tuple(chunk, chunk), { maxLength: 8 })
		.map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

	it('never throws, keeps every value valid, and rewrites to a query that reads back the same', () => {
		fc.assert(
			fc.property(query, (q) => {
				const r = read(q);
				expect(STATES.includes(r.values.state as never) || r.values.state === null).toBe(true);
				expect(Number.isFinite(r.values.hours) && Number.isFinite(r.values.rate)).toBe(true);
				expect(r.values.compare.length).toBeLessThanOrEqual(2);
				const canonical = writeQuery(spec, r.values, defaults);
				const back = read(canonical);
				expect(back.values).toEqual(r.values);
				expect(back.problems).toEqual([]);
				// every problem names its parameter or says it was ignored
				for (const p of r.problems) expect(p).toMatch(/^.*(: .* is not |ignored$)/s);
			}),
			{ seed: 19, numRuns: 500 }
		);
	});
});
