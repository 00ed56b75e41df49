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

	it('rounds half away from zero on the decimal the number is written as', () => {
		expect(f.usdHourly(1.005)).toBe('$1.01'); // (1.005).toFixed(2) is "1.00"
		expect(f.usd(2.5)).toBe('$3');
		expect(f.usd(-2.5)).toBe('-$3');
		expect(f.count(999999.5)).toBe('1,000,000');
		expect(f.decimal(0.0005, 3)).toBe('0.001');
		expect(f.decimal(-0.4, 0)).toBe('-0');
		expect(f.usd(Number.POSITIVE_INFINITY)).toBe('$∞');
		expect(f.count(1e21)).toBe('1,000,000,000,000,000,000,000');
		expect(f.decimal(1e-7, 2)).toBe('0.00');
	});

	it('writes every number exactly as Intl.NumberFormat en-US does', () => {
		// Intl is the independent reference; the app avoids it only for start-up time.
		const intl = (places: number, currency = false) =>
			new Intl.NumberFormat('en-US', {
				...(currency ? { style: 'currency', currency: 'USD' } : {}),
				minimumFractionDigits: places,
				maximumFractionDigits: places
			});
		const ref = {
			usd: intl(0, true),
			usdHourly: intl(2, true),
			count: intl(0),
			d1: intl(1),
			d3: intl(3)
		};
		let seed = 42;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const values = [0, -0, 0.5, 1.5, 0.125, 0.0625, 1234.5, 29.755, 1e15 + 0.5, 123456789.005];
		for (let i = 0; i < 4000; i++) {
			const magnitude = 10 ** Math.floor(random() * 12 - 4);
			const v = (random() - 0.3) * magnitude;
			values.push(v, Math.round(v * 1000) / 1000, Math.round(v * 200) / 200);
		}
		for (const v of values) {
			expect(f.usd(v), String(v)).toBe(ref.usd.format(v));
			expect(f.usdHourly(v), String(v)).toBe(ref.usdHourly.format(v));
			expect(f.count(v), String(v)).toBe(ref.count.format(v));
			expect(f.pct(v), String(v)).toBe(`${ref.d1.format(v)}%`);
			expect(f.decimal(v, 3), String(v)).toBe(ref.d3.format(v));
		}
	});

	it('writes dates in local time without Intl', () => {
		expect(f.dateLong(new Date(2026, 10, 28, 15, 4))).toBe('November 28, 2026');
		expect(f.dateTime(new Date(2026, 10, 28, 15, 4))).toBe('Nov 28, 2026, 3:04 PM');
		expect(f.dateTime(new Date(2026, 8, 1, 0, 9))).toBe('Sep 1, 2026, 12:09 AM');
		expect(f.dateTime(new Date(2026, 0, 5, 12, 0))).toBe('Jan 5, 2026, 12:00 PM');
	});
});
