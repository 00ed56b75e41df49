import { describe, expect, it } from 'vitest';
import { metricDefs } from '../../../src/lib/map/metrics';
import { mapView } from '../../../src/lib/map/view';
import { stateRecord } from './fixtures';

const state = stateRecord;

const defs = metricDefs(2024, 2025);
const byId = (id: string) => defs.find((d) => d.id === id)!;

describe('mapView', () => {
	const states = [
		state('01', 'AA', { aMedian2025: 40000, rpp: 80 }),
		state('02', 'BB', { aMedian2025: 60000, rpp: 120 }),
		state('03', 'CC', { aMedian2025: 50000, rpp: 100 }),
		state('04', 'DD', { has2025: false }),
		state('05', 'EE', { aMedian2025: 60000, rpp: 100 })
	];

	it('ranks with ties and leaves missing states unranked with a reason', () => {
		const v = mapView(states, byId('aMedian'), '2025', 'equal');
		const rank = Object.fromEntries(v.cells.map((c) => [c.abbr, c.rank]));
		expect(rank).toEqual({ AA: 4, BB: 1, CC: 3, DD: null, EE: 1 });
		expect(v.cells[3]?.missing).toBe('not published (no May 2025 row for this state)');
		expect(v.missingCount).toBe(1);
		expect(v.ranked).toBe(4);
	});

	it('colours by equal-interval class: 40k in class 0, 50k in class 2 (48k–52k), 60k in class 4', () => {
		const v = mapView(states, byId('aMedian'), '2025', 'equal');
		expect(v.edges).toEqual([40000, 44000, 48000, 52000, 56000, 60000]);
		expect(v.cells.map((c) => c.colour)).toEqual([
			'#eff3ff',
			'#08519c',
			'#6baed6',
			null,
			'#08519c'
		]);
	});

	it('adjusts the median by RPP: 40,000 ÷ 0.8 = 50,000 and 60,000 ÷ 1.2 = 50,000', () => {
		const v = mapView(states, byId('rppMedian'), '2025', 'quantile');
		expect(v.cells.map((c) => c.value)).toEqual([50000, 50000, 50000, null, 60000]);
		expect(v.cells.map((c) => c.rank)).toEqual([2, 2, 2, null, 1]);
	});

	it('says why a suppressed value is missing when the row exists', () => {
		const v = mapView([state('10', 'DE', { emp2024: null })], byId('employment'), '2024', 'equal');
		expect(v.cells[0]?.missing).toBe('not published (suppressed by BLS)');
	});
});
