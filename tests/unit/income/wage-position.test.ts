import { describe, expect, it } from 'vitest';
import {
	ordinal,
	percentileLabel,
	percentilePhrase,
	position,
	wagePositions
} from '$lib/income/wage-position';

// BLS OEWS May 2025, massage therapists: national hourly p10, p25, median, p75, p90 and Texas
// annual p10, p25, median, p75, p90 (as in data/bls-oews-*).
const NATIONAL_HOURLY = [16.17, 20.91, 28.1, 37.66, 48.17];
const TEXAS_ANNUAL = [34870, 50400, 59370, 73910, 109970];

/** $40 an hour over a 2,080-hour year, against the national and Texas percentiles. */
const fortyAnHour = (over: Partial<Parameters<typeof wagePositions>[0]> = {}) =>
	wagePositions({
		hourlyUsd: 40,
		annualizationHours: 2080,
		nationalHourly: NATIONAL_HOURLY,
		stateAnnual: TEXAS_ANNUAL,
		...over
	});

describe('ordinal', () => {
	it.each([
		['1', '1st'],
		['2', '2nd'],
		['3', '3rd'],
		['4', '4th'],
		['10', '10th'],
		['11', '11th'],
		['12', '12th'],
		['13', '13th'],
		['21', '21st'],
		['22', '22nd'],
		['23', '23rd'],
		['90', '90th'],
		['101', '101st'],
		['111', '111th']
	])('%s → %s', (n, expected) => expect(ordinal(n)).toBe(expected));
});

describe('percentile position', () => {
	it('interpolates between published points', () => {
		// $40: 75 + 15 × (40 − 37.66) / (48.17 − 37.66) = 75 + 15 × 2.34 / 10.51 = 78.3397…
		const p = position(40, NATIONAL_HOURLY);
		expect(p.detail?.percentile).toBeCloseTo(78.33968, 4);
		expect(p.detail?.position).toBe('within');
		expect(p.label).toBe('78th');
		expect(p.phrase).toBe('at the 78th percentile');
		// exactly the median
		expect(position(28.1, NATIONAL_HOURLY).label).toBe('50th');
	});

	it('says "< 10th" and "> 90th" outside the published range', () => {
		expect(position(10, NATIONAL_HOURLY).label).toBe('< 10th');
		expect(position(10, NATIONAL_HOURLY).phrase).toBe('below the 10th percentile');
		expect(position(-5, NATIONAL_HOURLY).label).toBe('< 10th');
		expect(position(50, NATIONAL_HOURLY).label).toBe('> 90th');
		expect(position(50, NATIONAL_HOURLY).phrase).toBe('above the 90th percentile');
	});

	it('reads "not published" when no percentile is published', () => {
		expect(position(40, [null, null, null, null, null]).label).toBe('not published');
		expect(percentileLabel(null)).toBe('not published');
		expect(percentilePhrase(null)).toBe('not published');
	});

	it('compares a state at hourly × 2,080 against its annual percentiles', () => {
		// 40 × 2080 = 83,200; 75 + 15 × (83200 − 73910) / (109970 − 73910) = 75 + 15 × 9290 / 36060 = 78.864…
		const r = fortyAnHour();
		expect(r.annualEquivalentUsd).toBe(83200);
		expect(r.state?.detail?.percentile).toBeCloseTo(78.86439, 4);
		expect(r.state?.label).toBe('79th');
		expect(r.national?.label).toBe('78th');
	});

	it('gives no position without a state or without hours', () => {
		const r = fortyAnHour({ stateAnnual: null });
		expect(r.state).toBeNull();
		expect(fortyAnHour({ hourlyUsd: null })).toEqual({
			national: null,
			state: null,
			annualEquivalentUsd: null
		});
	});
});
