/**
 * Everything a classed state map needs for one metric, computed in one pure step: each
 * state's value, class, colour and rank (of 51), the class edges and how many states have no
 * value. The map, its legend and its table twin all read from this, so they cannot disagree.
 */
import { BLUES_5, classEdges, classIndex, rankWithTies, type ClassMethod } from './geo';
import type { MetricDef, StateRecord, Vintage } from './metrics';

export interface MapCell {
	fips: string;
	abbr: string;
	name: string;
	value: number | null;
	/** Why the value is missing, in words ("not published (no May 2025 row …)"). */
	missing: string | null;
	rank: number | null;
	colour: string | null;
}

export interface MapView {
	cells: MapCell[];
	edges: number[];
	colours: readonly string[];
	missingCount: number;
	/** Number of states ranked (those with a value). */
	ranked: number;
}

export function mapView(
	states: readonly StateRecord[],
	metric: MetricDef,
	vintage: Vintage,
	method: ClassMethod,
	colours: readonly string[] = BLUES_5
): MapView {
	const values = states.map((s) => metric.value(s, vintage));
	const edges = classEdges(values, colours.length, method);
	const ranks = rankWithTies(
		states.map((s, i) => ({ key: s.fips, value: values[i] ?? null })),
		'desc'
	);
	const cells = states.map((s, i): MapCell => {
		const value = values[i] ?? null;
		const cls = classIndex(value, edges);
		return {
			fips: s.fips,
			abbr: s.abbr,
			name: s.name,
			value,
			missing: value === null ? (metric.missingReason?.(s, vintage) ?? 'not published') : null,
			rank: ranks.get(s.fips) ?? null,
			colour: cls === null ? null : (colours[cls] ?? null)
		};
	});
	return {
		cells,
		edges,
		colours,
		missingCount: cells.filter((c) => c.value === null).length,
		ranked: cells.filter((c) => c.rank !== null).length
	};
}
