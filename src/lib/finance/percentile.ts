/**
 * Where a value falls among published percentiles (e.g. BLS OEWS wage percentiles 10/25/50/75/90).
 *
 * @module
 */

/** One published percentile: `p` in 0–100 and its value (null when not published, e.g. top-coded). */
export interface PercentilePoint {
	p: number;
	value: number | null;
}

/**
 * Where the value sits relative to the published points: `within` their range, `below` the
 * lowest published value (show as "< p10"), or `above` the highest (show as "> p90").
 */
export type PercentilePosition = 'below' | 'within' | 'above';

/** Result of {@link percentileRankDetail}. */
export interface PercentileRankDetail {
	/** Interpolated percentile, clamped to [lowest published p, highest published p]. */
	percentile: number;
	/** Whether the value was inside the published range or clamped at one end. */
	position: PercentilePosition;
}

/**
 * Percentile rank of a value among published percentiles, with the clamping made explicit.
 *
 * Method: null points are skipped; the rest are sorted by p. If value < the lowest published
 * value → { percentile: lowest p, position: 'below' }; if value > the highest →
 * { percentile: highest p, position: 'above' }. Otherwise take the highest point i whose value
 * ≤ value; if it is the last point (value equals the top value) the answer is its p, else
 * interpolate linearly: pᵢ + (pᵢ₊₁ − pᵢ) × (value − vᵢ) / (vᵢ₊₁ − vᵢ). Choosing the highest
 * such point means a value on a flat stretch (equal published values) gets the highest p of the
 * stretch ("at or below" reading). Units: value in the points' units (e.g. USD/year);
 * percentiles 0–100. No constants.
 *
 * Worked example: points p10 40 000, p25 50 000, p50 60 000; value 55 000 → 25 + 25 × 0.5 = 37.5
 * (within); value 30 000 → { percentile: 10, position: 'below' }, shown as "< 10".
 *
 * @returns null when no point has a value.
 * @throws RangeError if value is not finite, a p is outside 0–100 or repeated, a point value
 * is not finite, or values decrease as p increases.
 */
export function percentileRankDetail(
	value: number,
	points: readonly PercentilePoint[]
): PercentileRankDetail | null {
	if (!Number.isFinite(value)) throw new RangeError('value must be a finite number');
	const usable: { p: number; value: number }[] = [];
	for (const point of points) {
		if (!(point.p >= 0 && point.p <= 100)) throw new RangeError('points[].p must be 0–100');
		if (point.value === null) continue;
		if (!Number.isFinite(point.value))
			throw new RangeError('points[].value must be a finite number or null');
		usable.push({ p: point.p, value: point.value });
	}
	if (usable.length === 0) return null;
	usable.sort((a, b) => a.p - b.p);
	for (let i = 1; i < usable.length; i++) {
		const previous = usable[i - 1] as { p: number; value: number };
		const current = usable[i] as { p: number; value: number };
		if (current.p === previous.p) throw new RangeError('points[].p must not repeat');
		if (current.value < previous.value) {
			throw new RangeError('points[].value must not decrease as p increases');
		}
	}
	const first = usable[0] as { p: number; value: number };
	const last = usable[usable.length - 1] as { p: number; value: number };
	if (value < first.value) return { percentile: first.p, position: 'below' };
	if (value > last.value) return { percentile: last.p, position: 'above' };
	let i = usable.length - 1;
	while (i > 0 && (usable[i] as { value: number }).value > value) i--;
	const lower = usable[i] as { p: number; value: number };
	if (i === usable.length - 1) return { percentile: lower.p, position: 'within' };
	const upper = usable[i + 1] as { p: number; value: number };
	return {
		percentile:
			lower.p + ((upper.p - lower.p) * (value - lower.value)) / (upper.value - lower.value),
		position: 'within'
	};
}

/**
 * Percentile rank of a value among published percentiles, linearly interpolated and **clamped**
 * to the published range: anything below the lowest published value returns that point's p
 * (10 for p10), anything above the highest returns its p (90). Use {@link percentileRankDetail}
 * to tell "exactly 10" from "< 10" (its `position` is 'below' / 'above' when clamped); the UI
 * should show clamped results as "< 10" / "> 90".
 *
 * Formula and units as in {@link percentileRankDetail}.
 *
 * Worked example: points 10→40 000, 25→50 000, 50→60 000, 75→75 000, 90→95 000 and value
 * 85 000 → 75 + 15 × 10 000 / 20 000 = 82.5; value 20 000 → 10 (clamped).
 *
 * @returns null when no point has a value.
 */
export function percentileRank(value: number, points: readonly PercentilePoint[]): number | null {
	return percentileRankDetail(value, points)?.percentile ?? null;
}
