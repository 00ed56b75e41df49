/**
 * Read and write the location explorer's shareable state in the query string. Pure: takes and
 * returns URLSearchParams, validating every value (unknown values fall back to defaults).
 */
import type { ClassMethod } from './geo';
import type { Vintage } from './metrics';

export interface ExplorerState {
	metric: string;
	vintage: Vintage;
	method: ClassMethod;
	/** Selected state's USPS code, or null. */
	state: string | null;
	/** Up to four USPS codes to compare. */
	compare: string[];
}

export const MAX_COMPARE = 4;

export function readExplorerState(
	params: URLSearchParams,
	known: { metrics: readonly string[]; states: readonly string[] },
	defaults: ExplorerState
): ExplorerState {
	const metric = params.get('metric');
	const vintage = params.get('vintage');
	const method = params.get('method');
	const state = params.get('state')?.toUpperCase() ?? null;
	const compare = (params.get('compare') ?? '')
		.split(',')
		.map((s) => s.trim().toUpperCase())
		.filter((s, i, all) => known.states.includes(s) && all.indexOf(s) === i)
		.slice(0, MAX_COMPARE);
	return {
		metric: metric && known.metrics.includes(metric) ? metric : defaults.metric,
		vintage: vintage === '2024' || vintage === '2025' ? vintage : defaults.vintage,
		method: method === 'equal' || method === 'quantile' ? method : defaults.method,
		state: state && known.states.includes(state) ? state : defaults.state,
		compare: params.has('compare') ? compare : defaults.compare
	};
}

/** Query string for a state, leaving out values equal to the defaults. */
export function writeExplorerState(s: ExplorerState, defaults: ExplorerState): string {
	const p = new URLSearchParams();
	if (s.metric !== defaults.metric) p.set('metric', s.metric);
	if (s.vintage !== defaults.vintage) p.set('vintage', s.vintage);
	if (s.method !== defaults.method) p.set('method', s.method);
	if (s.state) p.set('state', s.state);
	if (s.compare.length > 0) p.set('compare', s.compare.join(','));
	const q = p.toString().replaceAll('%2C', ',');
	return q ? `?${q}` : '';
}
