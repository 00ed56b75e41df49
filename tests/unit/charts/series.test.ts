import { describe, expect, it } from 'vitest';
import { yearSeries } from '../../../src/lib/charts/series';

describe('yearSeries', () => {
	it('fills the years without a row with null, so the chart shows a gap', () => {
		const rows = [
			{ year: 2013, v: 79040 },
			{ year: 2017, v: 103300 },
			{ year: 2016, v: null }
		];
		expect(yearSeries(rows, (r) => r.year, ['v'])).toEqual({
			years: [2013, 2014, 2015, 2016, 2017],
			values: { v: [79040, null, null, null, 103300] }
		});
	});

	it('returns no years for no rows', () => {
		expect(yearSeries([] as { y: number }[], (r) => r.y, [])).toEqual({ years: [], values: {} });
	});
});
