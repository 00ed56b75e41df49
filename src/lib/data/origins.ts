/**
 * Dataset rows as the origin of a default (kit `DataOrigin`): which dataset and row, the value as
 * published, how it is used, the source and its quality tier. One builder per fact table, shared
 * by every calculator page. Pure.
 *
 * @module
 */
import type { DataOrigin } from '$lib/kit/origin';
import type { BillingBenchmarkRow, CptFeeRow, PracticeNormRow } from './schema';

/** A practice-norms row; `dated` badges an old survey ("2009 survey"). */
export const normOrigin = (r: PracticeNormRow, use: string, dated?: string): DataOrigin => ({
	kind: 'data',
	dataset: 'practice-norms',
	metric: r.metric,
	published: r.value,
	unit: r.unit ?? '',
	use,
	citation: r.source,
	scope: `${r.population}, ${r.data_year}`,
	url: r.source_url,
	quality: r.source_quality,
	...(dated ? { dated } : {})
});

/** A billing-benchmarks row. */
export const benchOrigin = (r: BillingBenchmarkRow, use: string): DataOrigin => ({
	kind: 'data',
	dataset: 'billing-benchmarks',
	metric: r.metric,
	published: r.value,
	unit: r.unit ?? '',
	use,
	citation: r.source,
	scope: `${r.scope}, ${r.year}`,
	url: r.source_url,
	quality: r.source_quality
});

/** A cpt-fees row. */
export const cptOrigin = (r: CptFeeRow, use: string): DataOrigin => ({
	kind: 'data',
	dataset: 'cpt-fees',
	metric: `${r.cpt_code} ${r.field}`,
	published: r.value,
	unit: r.unit ?? '',
	use,
	citation: r.source,
	scope: `CPT ${r.cpt_code} (${r.short_descriptor}), PFS ${r.pfs_year}`,
	url: r.source_url,
	quality: r.source_quality
});
