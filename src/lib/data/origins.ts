/**
 * Dataset rows as the origin of a default (kit `DataOrigin`): which dataset and row, the value as
 * published, how it is used, the source and its quality tier. One builder per fact table, shared
 * by every calculator page. Pure.
 *
 * @module
 */
import type { DataOrigin } from '$lib/kit/origin';
import type { BillingBenchmarkRow, CptFeeRow, PracticeNormRow } from './schema';

/** The columns every fact table shares: the value with its unit, its source and quality tier. */
type FactRow = Pick<PracticeNormRow, 'value' | 'unit' | 'source' | 'source_url' | 'source_quality'>;

/** The origin of one fact-table row; `metric` and `scope` say which figure and of whom. */
const factOrigin = (
	dataset: string,
	r: FactRow,
	metric: string,
	scope: string,
	use: string
): DataOrigin => ({
	kind: 'data',
	dataset,
	metric,
	published: r.value,
	unit: r.unit ?? '',
	use,
	citation: r.source,
	scope,
	url: r.source_url,
	quality: r.source_quality
});

/** A practice-norms row; `dated` badges an old survey ("2009 survey"). */
export const normOrigin = (r: PracticeNormRow, use: string, dated?: string): DataOrigin => ({
	...factOrigin('practice-norms', r, r.metric, `${r.population}, ${r.data_year}`, use),
	...(dated ? { dated } : {})
});

/** A billing-benchmarks row. */
export const benchOrigin = (r: BillingBenchmarkRow, use: string): DataOrigin =>
	factOrigin('billing-benchmarks', r, r.metric, `${r.scope}, ${r.year}`, use);

/** A cpt-fees row. */
export const cptOrigin = (r: CptFeeRow, use: string): DataOrigin =>
	factOrigin(
		'cpt-fees',
		r,
		`${r.cpt_code} ${r.field}`,
		`CPT ${r.cpt_code} (${r.short_descriptor}), PFS ${r.pfs_year}`,
		use
	);
