import type { StateRecord } from '$lib/map/metrics';

const NUMERIC = [
	'emp2025',
	'jobs1000',
	'lq',
	'aMedian2025',
	'aMean2025',
	'hMedian2025',
	'hMean2025',
	'aPct10_2025',
	'aPct25_2025',
	'aPct75_2025',
	'aPct90_2025',
	'emp2024',
	'aMean2024',
	'aMedian2024',
	'aPct10_2024',
	'aPct25_2024',
	'aPct75_2024',
	'aPct90_2024',
	'aMean2023',
	'rpp',
	'population',
	'medianHouseholdIncome',
	'hh100kPlusPct',
	'projBase',
	'projTarget',
	'growthPct',
	'openings'
] as const;

/** A state record with every figure missing unless given. */
export function stateRecord(fips: string, abbr: string, over: Partial<StateRecord>): StateRecord {
	const blank = Object.fromEntries(NUMERIC.map((k) => [k, null]));
	return {
		fips,
		abbr,
		name: abbr,
		has2025: true,
		has2024: true,
		...blank,
		...over
	} as StateRecord;
}
