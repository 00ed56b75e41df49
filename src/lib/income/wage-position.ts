/**
 * Where the effective hourly earnings sit among published BLS OEWS wage percentiles: the
 * nation's hourly percentiles directly, a state's annual percentiles after converting the
 * hourly figure to a year at the BLS convention of 2,080 hours (read from the data). Pure.
 *
 * @module
 */
import { percentileRankDetail, type PercentileRankDetail } from '$lib/finance';
import { decimal } from '$lib/format';

/** The percentiles OEWS publishes, in order. */
export const OEWS_PERCENTILES = [10, 25, 50, 75, 90] as const;

/** One published set: a value per percentile in OEWS_PERCENTILES order (null = not published). */
export type PublishedPercentiles = readonly (number | null)[];

export interface Position {
	/** The value compared, in the percentiles' unit (USD/hour nationally, USD/year for a state). */
	value: number;
	detail: PercentileRankDetail | null;
	/** Short label: "< 10th", "37th", "> 90th", or "not published". */
	label: string;
	/** For a sentence: "at the 37th percentile", "below the 10th percentile", "above the 90th percentile". */
	phrase: string;
}

/** "1" → "1st", "12" → "12th", "23" → "23rd": an English ordinal of a whole-number text. */
export function ordinal(whole: string): string {
	const n = Number(whole);
	const mod100 = n % 100;
	const mod10 = n % 10;
	const suffix =
		mod100 >= 11 && mod100 <= 13
			? 'th'
			: mod10 === 1
				? 'st'
				: mod10 === 2
					? 'nd'
					: mod10 === 3
						? 'rd'
						: 'th';
	return `${whole}${suffix}`;
}

/**
 * Label of a percentile rank: clamped ranks read "< 10th" / "> 90th" (the value is outside
 * the published range), interpolated ones the rank to the nearest whole percentile.
 *
 * Worked example: { percentile: 37.4, position: 'within' } → "37th";
 * { percentile: 10, position: 'below' } → "< 10th".
 */
export function percentileLabel(detail: PercentileRankDetail | null): string {
	if (detail === null) return 'not published';
	const p = ordinal(decimal(detail.percentile, 0));
	if (detail.position === 'below') return `< ${p}`;
	if (detail.position === 'above') return `> ${p}`;
	return p;
}

/**
 * The rank in words: "at the 37th percentile", "below the 10th percentile" (clamped low),
 * "above the 90th percentile" (clamped high), or "not published".
 */
export function percentilePhrase(detail: PercentileRankDetail | null): string {
	if (detail === null) return 'not published';
	const p = ordinal(decimal(detail.percentile, 0));
	if (detail.position === 'below') return `below the ${p} percentile`;
	if (detail.position === 'above') return `above the ${p} percentile`;
	return `at the ${p} percentile`;
}

/** Position of a value among published percentiles (null points are skipped). */
export function position(value: number, published: PublishedPercentiles): Position {
	const detail = percentileRankDetail(
		value,
		OEWS_PERCENTILES.map((p, i) => ({ p, value: published[i] ?? null }))
	);
	return { value, detail, label: percentileLabel(detail), phrase: percentilePhrase(detail) };
}

/**
 * Effective hourly earnings against the nation (hourly percentiles) and, when chosen, a state
 * (annual percentiles, comparing hourly × annualizationHours).
 *
 * Worked example: $40/hour with national hourly p10…p90 = 16.17, 20.91, 28.1, 37.66, 48.17 →
 * 75 + 15 × (40 − 37.66) / (48.17 − 37.66) ≈ 78.3 → "78th"; a state with annual percentiles
 * 34 870 … 109 970 compares 40 × 2080 = $83,200.
 *
 * @returns nulls when there is no hourly figure (no hands-on hours).
 */
export function wagePositions(options: {
	hourlyUsd: number | null;
	annualizationHours: number;
	nationalHourly: PublishedPercentiles;
	stateAnnual: PublishedPercentiles | null;
}): { national: Position | null; state: Position | null; annualEquivalentUsd: number | null } {
	const { hourlyUsd, annualizationHours, nationalHourly, stateAnnual } = options;
	if (hourlyUsd === null || !Number.isFinite(hourlyUsd)) {
		return { national: null, state: null, annualEquivalentUsd: null };
	}
	const annual = hourlyUsd * annualizationHours;
	return {
		national: position(hourlyUsd, nationalHourly),
		state: stateAnnual ? position(annual, stateAnnual) : null,
		annualEquivalentUsd: annual
	};
}
