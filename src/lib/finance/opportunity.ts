/**
 * Location opportunity score: several per-state factors, each normalised to 0–1 with a
 * direction, combined with visible weights. A factor a state has no value for is left out of
 * that state's score and the weights are renormalised over the factors it does have; a missing
 * value is never treated as 0.
 *
 * Pure: no rounding, no framework. Scores are points out of 100.
 *
 * @module
 */

/** Which end of a factor is better for opening a clinic. */
export type Direction = 'higher' | 'lower';

/** One factor of the score: its id, its weight (≥ 0, any scale) and its direction. */
export interface OpportunityFactor {
	id: string;
	/** Relative weight, 0–1000; only the ratios between weights matter. */
	weight: number;
	direction: Direction;
}

/** One thing being scored (a state): a key and a value per factor id (`null` = missing). */
export interface OpportunityItem {
	key: string;
	values: Readonly<Record<string, number | null>>;
}

/** The spread of one factor over the items that have a value. */
export interface FactorRange {
	id: string;
	/** Smallest value, or null when no item has one. */
	min: number | null;
	max: number | null;
	/** How many items have a value. */
	count: number;
}

/** What one factor adds to one item's score. */
export interface FactorContribution {
	id: string;
	/** The raw value, or null when missing. */
	value: number | null;
	/** Min–max normalised value, 0–1 (1 = best end), or null when missing. */
	normalised: number | null;
	/** Share of this item's total weight the factor carries, 0–1 (0 when missing or weight 0). */
	weightShare: number;
	/** Points of the score (out of 100) from this factor: 100 × weightShare × normalised; null when missing. */
	points: number | null;
}

/** One item's score. */
export interface OpportunityScore {
	key: string;
	/** Points out of 100, or null when none of its weighted factors has a value. */
	score: number | null;
	/** One entry per factor, in the order the factors were given. */
	contributions: FactorContribution[];
	/** Ids of factors with weight > 0 that this item has no value for (left out of its score). */
	missing: string[];
	/** Share of the total weight this item's score covers, 0–1 (1 = no factor missing). */
	coverage: number;
}

export interface OpportunityResult {
	ranges: FactorRange[];
	scores: OpportunityScore[];
	/** Sum of all factor weights (the denominator for an item with no missing factor). */
	totalWeight: number;
}

/** Largest weight accepted; a plausibility bound, not data. */
export const MAX_FACTOR_WEIGHT = 1000;

/**
 * Min–max normalisation of one value to 0–1, where 1 is the better end.
 *
 * Formula: higher is better → (value − min) ÷ (max − min); lower is better →
 * (max − value) ÷ (max − min). When max = min (every item has the same value, or only one has
 * a value) the factor cannot tell items apart and every item gets 0.5. Unitless; no constants
 * except that midpoint.
 *
 * Worked example: values 40 000–60 000, wage 45 000, lower is better →
 * (60 000 − 45 000) ÷ 20 000 = 0.75.
 *
 * @throws RangeError `value must be between min and max` when it lies outside the range, or
 *   `min must not exceed max`.
 */
export function normaliseMinMax(
	value: number,
	min: number,
	max: number,
	direction: Direction
): number {
	if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
		throw new RangeError('min must not exceed max (both finite)');
	}
	if (!Number.isFinite(value) || value < min || value > max) {
		throw new RangeError('value must be between min and max');
	}
	if (max === min) return 0.5;
	return direction === 'higher' ? (value - min) / (max - min) : (max - value) / (max - min);
}

/**
 * Ranges of every factor over the items that have a finite value (null and non-finite values
 * are skipped).
 *
 * Worked example: values {a: 3, b: null, c: 7} → { min: 3, max: 7, count: 2 }.
 */
export function factorRanges(
	items: readonly OpportunityItem[],
	factorIds: readonly string[]
): FactorRange[] {
	return factorIds.map((id) => {
		let min: number | null = null;
		let max: number | null = null;
		let count = 0;
		for (const item of items) {
			const v = item.values[id];
			if (v === null || v === undefined || !Number.isFinite(v)) continue;
			count++;
			if (min === null || v < min) min = v;
			if (max === null || v > max) max = v;
		}
		return { id, min, max, count };
	});
}

function validateFactors(factors: readonly OpportunityFactor[]): void {
	const seen = new Set<string>();
	for (const f of factors) {
		if (seen.has(f.id)) throw new RangeError(`factors: duplicate factor id "${f.id}"`);
		seen.add(f.id);
		if (!(f.weight >= 0 && f.weight <= MAX_FACTOR_WEIGHT)) {
			throw new RangeError(`weight of ${f.id} must be 0–${MAX_FACTOR_WEIGHT}`);
		}
		if (f.direction !== 'higher' && f.direction !== 'lower') {
			throw new RangeError(`direction of ${f.id} must be "higher" or "lower"`);
		}
	}
}

/**
 * Scores every item on the weighted, normalised factors.
 *
 * Method:
 * 1. Each factor is min–max normalised over the items that have a value
 *    ({@link normaliseMinMax}; 1 = the better end for its direction).
 * 2. For each item, P = the factors with weight > 0 that it has a value for. Its score is
 *    100 × Σ_{f∈P} wᶠ × nᶠ ÷ Σ_{f∈P} wᶠ: a weighted mean of its normalised values with the
 *    weights renormalised over P. Missing factors are listed in `missing`, never counted as 0.
 * 3. A factor's points are 100 × (wᶠ ÷ Σ_{P} w) × nᶠ, so an item's points add up to its score.
 * 4. An item with no weighted factor present (or all weights 0) has score null.
 *
 * Worked example: factors wage (lower, weight 2) and growth (higher, weight 1); A = (40 000,
 * 10 %), B = (60 000, 20 %), C = (50 000, missing). Normalised wage: A 1, B 0, C 0.5; growth:
 * A 0, B 1. Scores: A = 100 × (2 × 1 + 1 × 0) ÷ 3 = 66.67; B = 100 × (0 + 1) ÷ 3 = 33.33;
 * C = 100 × (2 × 0.5) ÷ 2 = 50 (growth missing, wage carries all the weight).
 *
 * @throws RangeError naming the factor for a negative, non-finite or too-large weight, an
 *   unknown direction or a duplicate id.
 */
export function scoreOpportunity(options: {
	items: readonly OpportunityItem[];
	factors: readonly OpportunityFactor[];
}): OpportunityResult {
	const { items, factors } = options;
	validateFactors(factors);
	const ranges = factorRanges(
		items,
		factors.map((f) => f.id)
	);
	const totalWeight = factors.reduce((sum, f) => sum + f.weight, 0);

	const scores = items.map((item): OpportunityScore => {
		const normalised = factors.map((f, i) => {
			const v = item.values[f.id];
			const r = ranges[i]!;
			if (v === null || v === undefined || !Number.isFinite(v) || r.min === null) return null;
			return normaliseMinMax(v, r.min, r.max!, f.direction);
		});
		const presentWeight = factors.reduce(
			(sum, f, i) => (normalised[i] === null ? sum : sum + f.weight),
			0
		);
		const missing = factors
			.filter((f, i) => f.weight > 0 && normalised[i] === null)
			.map((f) => f.id);
		const contributions = factors.map((f, i): FactorContribution => {
			const n = normalised[i] ?? null;
			const weightShare = n === null || presentWeight === 0 ? 0 : f.weight / presentWeight;
			const raw = item.values[f.id];
			return {
				id: f.id,
				value: raw === undefined || raw === null || !Number.isFinite(raw) ? null : raw,
				normalised: n,
				weightShare,
				points: n === null ? null : presentWeight === 0 ? 0 : 100 * weightShare * n
			};
		});
		const score =
			presentWeight === 0 ? null : contributions.reduce((sum, c) => sum + (c.points ?? 0), 0);
		return {
			key: item.key,
			score,
			contributions,
			missing,
			coverage: totalWeight === 0 ? 0 : presentWeight / totalWeight
		};
	});
	return { ranges, scores, totalWeight };
}
