import { describe, expect, it } from 'vitest';
import {
	lowEndText,
	parseNumberText,
	parseRange,
	readNumberText,
	shiftDecimal,
	withSeparators
} from '$lib/numbers';

describe('shiftDecimal', () => {
	it.each([
		['11.8', -2, '0.118'],
		['0.118', 2, '11.8'],
		['0.35', 2, '35'],
		['35', -2, '0.35'],
		['5', -2, '0.05'],
		['100', -2, '1'],
		['1', 2, '100'],
		['0', 2, '0'],
		['-0.25', 2, '-25'],
		['1e-7', 2, '0.00001'],
		['1.5e+21', -2, '15000000000000000000'],
		['.5', 1, '5'],
		['7.', 0, '7'],
		['0.000', 2, '0']
	])('shiftDecimal(%s, %i) = %s', (text, places, expected) => {
		expect(shiftDecimal(text, places)).toBe(expected);
	});

	it('is exact where float arithmetic is not', () => {
		// 11.8 / 100 = 0.11800000000000001 in binary floating point; the text shift gives 0.118.
		expect(11.8 / 100).not.toBe(0.118);
		expect(Number(shiftDecimal('11.8', -2))).toBe(0.118);
		// 0.118 × 100 = 11.799999999999999; the text shift gives 11.8 back.
		expect(shiftDecimal(String(0.118), 2)).toBe('11.8');
	});

	it('rejects text that is not a decimal number', () => {
		expect(() => shiftDecimal('abc', 2)).toThrow(RangeError);
		expect(() => shiftDecimal('', 2)).toThrow(/not a decimal number/);
		expect(() => shiftDecimal('.', 2)).toThrow(RangeError);
	});
});

describe('parseNumberText', () => {
	it.each([
		['12', false, 12],
		[' 12.5 ', false, 12.5],
		['$1,250.50', false, 1250.5],
		['1,234,567', false, 1234567],
		['-$200', false, -200],
		['−15', false, -15],
		['12%', true, 12],
		['0.5 %', true, 0.5],
		['.5', false, 0.5]
	])('reads %j', (text, percent, expected) => {
		expect(parseNumberText(text, percent)).toBe(expected);
	});

	it.each([['abc'], [''], ['   '], ['1.2.3'], ['12,00'], ['12%'], ['1e3'], ['Infinity'], ['NaN']])(
		'refuses %j (not a percent field)',
		(text) => {
			expect(parseNumberText(text)).toBeNull();
		}
	);
});

describe('parseRange', () => {
	it.each([
		['25-117', 25, 117],
		['42-137', 42, 137],
		['100-150', 100, 150],
		['15–20', 15, 20],
		[' 8 - 12 ', 8, 12],
		['11.8', 11.8, 11.8],
		['19.4', 19.4, 19.4],
		['65', 65, 65]
	])('reads %j as %d to %d', (text, low, high) => {
		expect(parseRange(text)).toEqual({ low, high });
	});

	it.each([['>17'], ['abc'], [''], ['117-25'], ['60 price / 25 to therapist + tips'], ['-5']])(
		'refuses %j, naming it',
		(text) => {
			expect(() => parseRange(text)).toThrow(RangeError);
			expect(() => parseRange(text)).toThrow(text === '' ? /""/ : text.slice(0, 3));
		}
	);
});

describe('withSeparators', () => {
	it.each([
		['1234567.891', '1,234,567.891'],
		['-2500', '-2,500'],
		['999', '999'],
		['1000', '1,000'],
		['0.12345', '0.12345'],
		['abc', 'abc']
	])('%s → %s', (text, expected) => {
		expect(withSeparators(text)).toBe(expected);
	});
});

describe('readNumberText', () => {
	it.each([
		[' $1,250.50 ', false, '1250.50'],
		['12 %', true, '12'],
		['12%', false, null],
		['12,00', false, null],
		['1.2.3', false, null],
		['', false, null],
		['−5', false, '-5'],
		['.5', false, '.5']
	] as const)('%j (percent %s) → %s', (text, percent, expected) => {
		expect(readNumberText(text, percent)).toBe(expected);
	});
});

describe('parseRange and lowEndText', () => {
	it('reads numbers and ranges as printed', () => {
		expect(parseRange('11.8')).toEqual({ low: 11.8, high: 11.8 });
		expect(parseRange('42-137')).toEqual({ low: 42, high: 137 });
		expect(parseRange('25–117')).toEqual({ low: 25, high: 117 });
		expect(lowEndText('42-137')).toBe('42');
		expect(lowEndText('29.76')).toBe('29.76');
	});

	it('refuses other text', () => {
		expect(() => parseRange('>17')).toThrow(/">17"/);
		expect(() => parseRange('117-25')).toThrow(/high end is below/);
	});
});
