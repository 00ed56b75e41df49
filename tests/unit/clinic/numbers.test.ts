import { describe, expect, it } from 'vitest';
import { lowEndText, parsePublished, readNumberText, shiftPoint } from '$lib/clinic/numbers';

describe('shiftPoint', () => {
	it.each([
		['11.8', -2, '0.118'],
		['0.118', 2, '11.8'],
		['35', -2, '0.35'],
		['0.35', 2, '35'],
		['100', -2, '1'],
		['0', 2, '0'],
		['1e-7', 2, '0.00001'],
		['-2.5', -1, '-0.25']
	] as const)('%s shifted %s → %s', (text, places, expected) => {
		expect(shiftPoint(text, places)).toBe(expected);
	});

	it('gives the exact double of the decimal, not 11.8 / 100', () => {
		// 11.8 / 100 = 0.11800000000000001 in binary floating point
		expect(Number(shiftPoint('11.8', -2))).toBe(0.118);
		expect(11.8 / 100).not.toBe(0.118);
	});

	it('refuses what is not a numeral', () => {
		expect(() => shiftPoint('abc', 2)).toThrow(/not a decimal number/);
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

describe('parsePublished and lowEndText', () => {
	it('reads numbers and ranges as printed', () => {
		expect(parsePublished('11.8')).toEqual({ low: 11.8, high: 11.8 });
		expect(parsePublished('42-137')).toEqual({ low: 42, high: 137 });
		expect(parsePublished('25–117')).toEqual({ low: 25, high: 117 });
		expect(lowEndText('42-137')).toBe('42');
		expect(lowEndText('29.76')).toBe('29.76');
	});

	it('refuses other text', () => {
		expect(() => parsePublished('>17')).toThrow(/">17"/);
		expect(() => parsePublished('117-25')).toThrow(/high end is below/);
	});
});
