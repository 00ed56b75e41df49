/**
 * Put an imported OEWS set in place of the bundled latest vintage on the state pages. Pure.
 * States present in the import take its figures; states absent from it have no latest-vintage
 * figures ("not in your file"), never the bundled ones mixed in silently.
 */
import { latestOewsFigures, type StateRecord } from '$lib/map/metrics';
import type { ImportedSet, Latest } from './set';
import { nationalRow, stateRows } from './set';

export type { Latest } from './set';

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
		return { ...s, ...latestOewsFigures(rows.get(s.abbr)) };
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

/** The wage percentiles the income page compares earnings with (shape of its page data). */
export interface WageTable {
	nationalPeriod: string;
	/** National hourly 10th, 25th, 50th, 75th, 90th percentiles. */
	nationalHourly: (number | null)[];
	nationalSource: string;
	statePeriod: string;
	stateSource: string;
	annualizationHours: number;
	annualizationSource: string;
	states: {
		abbr: string;
		name: string;
		annual: (number | null)[] | null;
		hMedian: number | null;
	}[];
}

/**
 * The income page's wage percentiles from an import: national hourly percentiles from its
 * national row, state annual percentiles from its state rows (states absent from the file have
 * none). Parts the file does not cover stay bundled, with their own source line.
 */
export function applyImportToWages<W extends WageTable>(bundled: W, set: ImportedSet | null): W {
	if (!set) return bundled;
	const nat = nationalRow(set);
	const states = stateRows(set);
	const label = `your data: ${set.fileName}, ${set.period}`;
	let out: W = { ...bundled };
	if (nat) {
		out = {
			...out,
			nationalPeriod: set.period,
			nationalHourly: [nat.h_pct10, nat.h_pct25, nat.h_median, nat.h_pct75, nat.h_pct90],
			nationalSource: `${label}, national hourly percentiles (${set.occTitle ?? set.occCode}).`
		};
	}
	if (states.size > 0) {
		out = {
			...out,
			statePeriod: set.period,
			stateSource: `${label}, state annual percentiles (${set.occTitle ?? set.occCode}).`,
			states: bundled.states.map((s) => {
				const r = states.get(s.abbr);
				return {
					...s,
					annual: r ? [r.a_pct10, r.a_pct25, r.a_median, r.a_pct75, r.a_pct90] : null,
					hMedian: r?.h_median ?? null
				};
			})
		};
	}
	return out;
}

/** The overview's latest national figures (shape of its page data). */
export interface OverviewLatest {
	period: string;
	totEmp: number | null;
	aMedian: number | null;
	hMedian: number | null;
	aMean: number | null;
	hMean: number | null;
	percentiles: { label: string; annual: number | null; hourly: number | null }[];
}

/** The overview's national figures from the import's national row, if it has one. */
export function applyImportToOverview<L extends OverviewLatest>(
	bundled: L,
	set: ImportedSet | null
): { latest: L; source: string | null } {
	const r = set ? nationalRow(set) : null;
	if (!set || !r) return { latest: bundled, source: null };
	const pairs: [number | null, number | null][] = [
		[r.a_pct10, r.h_pct10],
		[r.a_pct25, r.h_pct25],
		[r.a_median, r.h_median],
		[r.a_pct75, r.h_pct75],
		[r.a_pct90, r.h_pct90]
	];
	return {
		latest: {
			...bundled,
			period: set.period,
			totEmp: r.tot_emp,
			aMedian: r.a_median,
			hMedian: r.h_median,
			aMean: r.a_mean,
			hMean: r.h_mean,
			percentiles: bundled.percentiles.map((p, i) => ({
				...p,
				annual: pairs[i]?.[0] ?? null,
				hourly: pairs[i]?.[1] ?? null
			}))
		},
		source: `your data: ${set.fileName}, ${set.period} (${set.occTitle ?? set.occCode})`
	};
}
