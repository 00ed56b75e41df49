import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parseRecords } from '$lib/data/csv';
import { metricDefs, type StateRecord } from '$lib/map/metrics';
import { mapView } from '$lib/map/view';

// What a metric change recomputes on /location: values, classes, colours and ranks of 51 states.
const rows = parseRecords(
	readFileSync('data/bls-oews-state-2025/oews-state-2025-31-9011.csv', 'utf8')
).records;
const states = rows.map(
	(r) =>
		({
			fips: r.state_fips,
			abbr: r.state_abbr,
			name: r.state_name,
			has2025: true,
			has2024: true,
			emp2025: Number(r.tot_emp),
			aMedian2025: Number(r.a_median),
			rpp: 100,
			population: 1_000_000
		}) as unknown as StateRecord
);
const defs = metricDefs(2024, 2025);
const median = defs.find((d) => d.id === 'aMedian')!;
const employment = defs.find((d) => d.id === 'employment')!;

describe('location map', () => {
	bench('recolour: mapView for a metric change (51 states)', () => {
		mapView(states, median, '2025', 'quantile');
		mapView(states, employment, '2025', 'equal');
	});
});
