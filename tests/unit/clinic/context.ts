/** A planner context built from the committed data, with Texas's May 2025 row read directly from its file. */
import { readFileSync } from 'node:fs';
import { parseRecords } from '$lib/data/csv';
import { clinicReferences } from '$lib/clinic/references';
import type { PlannerContext } from '$lib/clinic/scenario';
import * as ds from '$lib/server/datasets';
import { incomeDefaults } from '$lib/server/income-defaults';

const may2025 = parseRecords(
	readFileSync('data/bls-oews-state-2025/oews-state-2025-31-9011.csv', 'utf8')
).records;
export const tx = may2025.find((r) => r.state_abbr === 'TX')!;

const refs = clinicReferences({
	billingBenchmarks: ds.billingBenchmarks(),
	practiceNorms: ds.practiceNorms(),
	nationalOccupations: ds.oewsNationalAll()
});
export const ctx: PlannerContext = {
	states: [
		{
			abbr: 'TX',
			name: 'Texas',
			wages: {
				p10: Number(tx.a_pct10),
				p25: Number(tx.a_pct25),
				median: Number(tx.a_median),
				p75: Number(tx.a_pct75),
				p90: Number(tx.a_pct90)
			},
			wageMissing: null
		},
		{
			abbr: 'VT',
			name: 'Vermont',
			wages: { p10: null, p25: null, median: null, p75: null, p90: null },
			wageMissing: 'not published (no May 2025 row for this state)'
		}
	],
	national: { p10: 31_000, p25: 40_000, median: 58_450, p75: 80_000, p90: 100_000 },
	refs,
	payers: incomeDefaults().payers
};
