/**
 * Put an imported OEWS set in place of the bundled latest vintage on the state pages. Pure.
 * States present in the import take its figures; states absent from it have no latest-vintage
 * figures ("not in your file"), never the bundled ones mixed in silently.
 */
import type { StateRecord } from '$lib/map/metrics';
import type { ImportedSet } from './set';
import { nationalRow, stateRows } from './set';

/** The latest OEWS vintage on screen: its period label and source line. */
export interface Latest {
	period: string;
	source: string;
	/** True when the figures come from the user's file. */
	imported: boolean;
}

export const BUNDLED_LATEST: Latest = {
	period: 'May 2025',
	source: 'BLS OEWS state estimates, May 2025',
	imported: false
};

export function latestFromImport(set: ImportedSet | null): Latest {
	if (!set) return BUNDLED_LATEST;
	return {
		period: set.period,
		source: `your data: ${set.fileName}, ${set.period}`,
		imported: true
	};
}

export function applyImportToStates(
	states: readonly StateRecord[],
	set: ImportedSet | null
): StateRecord[] {
	if (!set) return [...states];
	const rows = stateRows(set);
	if (rows.size === 0) return [...states];
	return states.map((s) => {
		const r = rows.get(s.abbr);
		return {
			...s,
			has2025: r !== undefined,
			emp2025: r?.tot_emp ?? null,
			jobs1000: r?.jobs_1000 ?? null,
			lq: r?.loc_quotient ?? null,
			aMedian2025: r?.a_median ?? null,
			aMean2025: r?.a_mean ?? null,
			hMedian2025: r?.h_median ?? null,
			hMean2025: r?.h_mean ?? null,
			aPct10_2025: r?.a_pct10 ?? null,
			aPct25_2025: r?.a_pct25 ?? null,
			aPct75_2025: r?.a_pct75 ?? null,
			aPct90_2025: r?.a_pct90 ?? null
		};
	});
}

export interface NationalFigures {
	period: string;
	emp: number | null;
	aMedian: number | null;
	aMean: number | null;
	hMedian: number | null;
	aPct10: number | null;
	aPct25: number | null;
	aPct75: number | null;
	aPct90: number | null;
}

/** National figures from the import when it has a national row, else the bundled ones. */
export function applyImportToNational(
	bundled: NationalFigures,
	set: ImportedSet | null
): NationalFigures {
	const r = set ? nationalRow(set) : null;
	if (!set || !r) return bundled;
	return {
		period: set.period,
		emp: r.tot_emp,
		aMedian: r.a_median,
		aMean: r.a_mean,
		hMedian: r.h_median,
		aPct10: r.a_pct10,
		aPct25: r.a_pct25,
		aPct75: r.a_pct75,
		aPct90: r.a_pct90
	};
}
