/**
 * Ranks the states by the opportunity score and prepares what the map, its legend, the ranked
 * table and "why this rank" draw, in one pure step so they cannot disagree.
 *
 * @module
 */
import {
	scoreOpportunity,
	type Direction,
	type FactorRange,
	type OpportunityScore
} from '$lib/finance';
import { BLUES_5, classEdges, classIndex, rankWithTies } from '$lib/map/geo';
import { FACTOR_IDS, type ClinicStateFactors, type FactorDef, type FactorId } from './factors';

/** The user's weights and directions, one per factor. */
export interface Weighting {
	weights: Record<FactorId, number>;
	directions: Record<FactorId, Direction>;
}

/** Largest weight the page offers (the engine accepts more; 10 keeps the control readable). */
export const MAX_WEIGHT = 10;

/** Every factor weighted 1 in its default direction: an assumption the page says it makes. */
export function defaultWeighting(defs: readonly FactorDef[]): Weighting {
	return {
		weights: Object.fromEntries(defs.map((d) => [d.id, 1])) as Record<FactorId, number>,
		directions: Object.fromEntries(defs.map((d) => [d.id, d.direction])) as Record<
			FactorId,
			Direction
		>
	};
}

export interface RankedState {
	fips: string;
	abbr: string;
	name: string;
	/** Points out of 100, or null. */
	score: number | null;
	rank: number | null;
	colour: string | null;
	detail: OpportunityScore;
	/** One sentence per factor left out, e.g. "Projected growth: not published (…)". */
	notes: string[];
}

export interface RankingView {
	states: RankedState[];
	/** Each factor's spread over the states with a value (the min–max of the normalisation). */
	ranges: FactorRange[];
	/** Class edges of the score (quantiles, 5 classes). */
	edges: number[];
	colours: readonly string[];
	ranked: number;
	unscored: number;
}

/**
 * Scores, ranks (ties share a rank) and colours the states.
 *
 * Worked example: with only labour weighted (lower is better), the state with the lowest median
 * wage scores 100 and ranks 1; a state with no May 2025 wage has no score and is hatched.
 */
export function rankStates(
	states: readonly ClinicStateFactors[],
	defs: readonly FactorDef[],
	w: Weighting
): RankingView {
	const result = scoreOpportunity({
		items: states.map((s) => ({ key: s.fips, values: s.values })),
		factors: FACTOR_IDS.map((id) => ({
			id,
			weight: w.weights[id],
			direction: w.directions[id]
		}))
	});
	const scores = result.scores.map((s) => s.score);
	const edges = classEdges(scores, BLUES_5.length, 'quantile');
	const ranks = rankWithTies(
		result.scores.map((s) => ({ key: s.key, value: s.score })),
		'desc'
	);
	const label = new Map(defs.map((d) => [d.id as string, d.label]));
	const ranked = states.map((s, i): RankedState => {
		const detail = result.scores[i]!;
		const cls = classIndex(detail.score, edges);
		const present = FACTOR_IDS.filter(
			(id) => w.weights[id] > 0 && !detail.missing.includes(id)
		).length;
		const notes = detail.missing.map(
			(id) =>
				`${label.get(id)}: ${s.missing[id as FactorId] ?? 'not found in sources'}; left out, its weight shared over ${present === 1 ? 'the other factor' : `the other ${present} factors`}`
		);
		return {
			fips: s.fips,
			abbr: s.abbr,
			name: s.name,
			score: detail.score,
			rank: ranks.get(s.fips) ?? null,
			colour: cls === null ? null : (BLUES_5[cls] ?? null),
			detail,
			notes
		};
	});
	return {
		states: ranked,
		ranges: result.ranges,
		edges,
		colours: BLUES_5,
		ranked: ranked.filter((r) => r.rank !== null).length,
		unscored: ranked.filter((r) => r.score === null).length
	};
}

/**
 * Text of a weight as typed → a weight, or a message for the field.
 *
 * Worked example: '2' → { value: 2 }; '11' → { message: 'Weight must be a number from 0 to 10.' }.
 */
export function parseWeight(text: string): { value: number } | { message: string } {
	const t = text.trim();
	const value = Number(t);
	if (t === '' || !/^\d*\.?\d*$/.test(t) || !Number.isFinite(value) || value > MAX_WEIGHT) {
		return { message: `Weight must be a number from 0 to ${MAX_WEIGHT}.` };
	}
	return { value };
}

/**
 * Every gap in the factor data, one line per factor and reason, naming the states.
 *
 * Worked example (committed data): "Projected growth: Rhode Island, Wyoming, not published (no
 * projection from this state)".
 */
export function dataGaps(
	states: readonly ClinicStateFactors[],
	defs: readonly FactorDef[]
): string[] {
	return defs.flatMap((d) => {
		const byWhy: Record<string, string[]> = {};
		for (const st of states) {
			const why = st.missing[d.id];
			if (why) (byWhy[why] ??= []).push(st.name);
		}
		return Object.entries(byWhy).map(([why, names]) => `${d.label}: ${names.join(', ')}, ${why}`);
	});
}
