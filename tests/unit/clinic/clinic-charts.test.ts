import { describe, expect, it } from 'vitest';
import { breakEvenBars, contributionBars, pnlChart } from '$lib/clinic/clinic-charts';

describe('clinic chart configs', () => {
	it('passes values through unrounded, with null as a gap', () => {
		const c = contributionBars(['Labour', 'Growth'], [33.333333, null]);
		expect(c.data.datasets[0]!.data).toEqual([33.333333, null]);
		expect(c.options?.indexAxis).toBe('y');
		const b = breakEvenBars(['Your plan'], [0.6626]);
		expect(b.data.datasets[0]!.data).toEqual([0.6626]);
	});

	it('draws profit as bars and cumulative cash as a line on one axis', () => {
		const c = pnlChart([1, 2], [-1000.5, 250.25], [-6000.5, -5750.25]);
		expect(c.data.labels).toEqual(['1', '2']);
		expect(c.data.datasets.map((d) => d.type)).toEqual(['bar', 'line']);
		expect(c.data.datasets[1]!.data).toEqual([-6000.5, -5750.25]);
	});
});
