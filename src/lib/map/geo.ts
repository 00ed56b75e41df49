/**
 * Pure helpers for the state maps: joining values to shapes by FIPS, classing values into
 * colour classes, ranking with ties, and the derived per-state measures the maps show.
 * No DOM and no d3 here (d3-geo runs at build time in `$lib/server/shapes.ts`).
 */

/** A projected state outline, made at build time. */
export interface StateShape {
	/** Two-digit state FIPS code, e.g. "48". */
	fips: string;
	name: string;
	/** SVG path data in the map's 960 × 600 coordinate space. */
	d: string;
	/** Where a label or tooltip anchors, [x, y] in the same space. */
	centroid: [number, number];
}

export type ClassMethod = 'quantile' | 'equal';

/** ColorBrewer "Blues", 5 classes: sequential, colour-blind safe, distinct in greyscale. */
export const BLUES_5 = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/**
 * Join one value per state to every shape. Every shape gets an entry: the row when one
 * exists, otherwise `null`, which the map draws hatched as "not published".
 */
export function joinByFips<Row extends { fips: string }>(
	shapes: readonly { fips: string }[],
	rows: readonly Row[]
): Map<string, Row | null> {
	const byFips = new Map(rows.map((r) => [r.fips, r]));
	return new Map(shapes.map((s) => [s.fips, byFips.get(s.fips) ?? null]));
}

/**
 * Quantile of sorted values by linear interpolation between closest ranks (the R-7 / d3
 * definition): position p × (n − 1).
 *
 * @example quantileSorted([1, 2, 3, 4], 0.5) → 2.5
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) throw new RangeError('quantileSorted needs at least one value');
	const pos = p * (sorted.length - 1);
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	const a = sorted[lo]!;
	const b = sorted[hi]!;
	return a + (b - a) * (pos - lo);
}

/**
 * Class edges for `k` classes: k + 1 numbers from the minimum to the maximum.
 * - `equal`: equal intervals, min + i × (max − min) / k.
 * - `quantile`: the i/k quantiles, so each class holds about the same number of states.
 * Missing values are ignored. Returns [] when there is no value.
 *
 * @example classEdges([10, 20, 30, 40, 50], 2, 'equal') → [10, 30, 50]
 */
export function classEdges(
	values: readonly (number | null)[],
	k: number,
	method: ClassMethod
): number[] {
	if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a whole number ≥ 1');
	const sorted = values
		.filter((v): v is number => v !== null && Number.isFinite(v))
		.sort((a, b) => a - b);
	if (sorted.length === 0) return [];
	const min = sorted[0]!;
	const max = sorted[sorted.length - 1]!;
	const edges: number[] = [];
	for (let i = 0; i <= k; i++) {
		edges.push(method === 'equal' ? min + ((max - min) * i) / k : quantileSorted(sorted, i / k));
	}
	edges[0] = min;
	edges[k] = max;
	return edges;
}

/**
 * The class (0 … k − 1) a value falls in, given k + 1 edges: class i holds
 * edges[i] ≤ v < edges[i + 1]; the top class also holds its upper edge. `null` for a missing
 * value or one outside the edges.
 */
export function classIndex(value: number | null, edges: readonly number[]): number | null {
	if (value === null || edges.length < 2) return null;
	const k = edges.length - 1;
	if (value < edges[0]! || value > edges[k]!) return null;
	for (let i = k - 1; i >= 0; i--) if (value >= edges[i]!) return i;
	return 0;
}

/**
 * Standard competition ranking ("1224"): equal values share a rank and the next rank skips.
 * Missing values get no rank. `order: 'desc'` ranks the largest value 1.
 *
 * @example rankWithTies([{key:'a',value:5},{key:'b',value:7},{key:'c',value:5}], 'desc')
 *   → Map { b → 1, a → 2, c → 2 }
 */
export function rankWithTies(
	items: readonly { key: string; value: number | null }[],
	order: 'asc' | 'desc' = 'desc'
): Map<string, number | null> {
	const present = items.filter((i) => i.value !== null) as { key: string; value: number }[];
	const sorted = [...present].sort((a, b) =>
		order === 'desc' ? b.value - a.value : a.value - b.value
	);
	const ranks = new Map<string, number | null>(items.map((i) => [i.key, null]));
	sorted.forEach((item, index) => {
		const prev = sorted[index - 1];
		const rank = prev && prev.value === item.value ? ranks.get(prev.key)! : index + 1;
		ranks.set(item.key, rank);
	});
	return ranks;
}

/**
 * Median wage adjusted for the state's price level: wage ÷ (RPP / 100), in US-average dollars.
 * BEA Regional Price Parities put the US at 100.
 *
 * @example rppAdjusted(58450, 110) → 53136.36… (prices 10% above average)
 */
export function rppAdjusted(wageUsd: number | null, rpp: number | null): number | null {
	if (wageUsd === null || rpp === null || rpp <= 0) return null;
	return wageUsd / (rpp / 100);
}

/**
 * Residents per employed massage therapist: population ÷ OEWS employment. `null` when
 * either is missing or employment is 0.
 *
 * @example populationPerTherapist(30_000_000, 10_000) → 3000
 */
export function populationPerTherapist(
	population: number | null,
	therapists: number | null
): number | null {
	if (population === null || therapists === null || therapists <= 0) return null;
	return population / therapists;
}

/**
 * Relative change from an earlier to a later vintage of the same figure: (later − earlier) ÷
 * earlier. `null` when either is missing.
 *
 * @example vintageChange(58010, 36480) → −0.3711… (Louisiana's median, May 2024 → May 2025)
 */
export function vintageChange(earlier: number | null, later: number | null): number | null {
	if (earlier === null || later === null || earlier === 0) return null;
	return (later - earlier) / earlier;
}

/** One state's figure in two vintages. */
export interface VintagePair {
	name: string;
	earlier: number | null;
	later: number | null;
}

/**
 * The `n` largest relative changes between two vintages, largest |change| first (states missing
 * either vintage are skipped; ties keep the input order).
 *
 * Worked example: Wyoming 32,430 → 61,980 (+0.911…), Louisiana 58,010 → 36,480 (−0.371…),
 * Michigan 54,510 → 70,960 (+0.301…) are the three largest May 2024 → May 2025 median changes.
 */
export function largestChanges(
	pairs: readonly VintagePair[],
	n: number
): { name: string; change: number }[] {
	return pairs
		.map((p) => ({ name: p.name, change: vintageChange(p.earlier, p.later) }))
		.filter((p): p is { name: string; change: number } => p.change !== null)
		.sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
		.slice(0, n);
}

/** True when two vintages differ by more than a quarter of the earlier one. */
export function swingsMoreThanAQuarter(earlier: number | null, later: number | null): boolean {
	const c = vintageChange(earlier, later);
	return c !== null && Math.abs(c) > 0.25;
}
