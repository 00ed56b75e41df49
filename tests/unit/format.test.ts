import { describe, expect, it } from 'vitest';
import * as f from '../../src/lib/format';

describe('format', () => {
	it.each([
		[f.usd(58450), '$58,450'],
		[f.usd(58449.5), '$58,450'],
		[f.usd(-1200.4), '-$1,200'],
		[f.usdHourly(28.1), '$28.10'],
		[f.usdHourly(29.755), '$29.76'],
		[f.count(98790), '98,790'],
		[f.pct(15.4), '15.4%'],
		[f.pct(15), '15.0%'],
		[f.pctOfFraction(0.154), '15.4%'],
		[f.decimal(1.763, 3), '1.763'],
		[f.months(14), '14 months'],
		[f.months(2.6), '2.6 months'],
		[f.months(1), '1 month']
	])('formats to %s', (actual, expected) => {
		expect(actual).toBe(expected);
	});

	it('writes missing values as words, never 0', () => {
		expect(f.usd(null)).toBe('not published');
		expect(f.count(undefined)).toBe('not published');
		expect(f.pct(null, f.MISSING.notFound)).toBe('not found in sources');
		expect(f.months(null)).toBe('never');
		expect(f.usd(Number.NaN)).toBe('not published');
	});
});
