/**
 * Where a default comes from, shown beside its field: a dataset row (with its quality tier), or
 * an assumption with its reason. One shape for every calculator page. Types only.
 *
 * @module
 */

/** A default read from a dataset row. Published values are kept as printed. */
export interface DataOrigin {
	kind: 'data';
	/** Dataset id (folder under `data/`). */
	dataset: string;
	/** The row's metric or field name. */
	metric: string;
	/** The value exactly as published, e.g. "25-117". */
	published: string;
	/** Unit as published, e.g. "USD per claim". */
	unit: string;
	/** How the published value becomes the default, e.g. "low end of the published range". */
	use: string;
	/** The source column: publisher and report. */
	citation: string;
	/** Who or what the figure describes, and its year. */
	scope: string;
	url: string | null;
	quality: string;
	/** Set when the figure is old enough to need a warning badge, e.g. "2009 survey". */
	dated?: string;
}

/** A default that no dataset gives: the app's assumption and why. */
export interface AssumptionOrigin {
	kind: 'assumption';
	reason: string;
}

export type DefaultOrigin = DataOrigin | AssumptionOrigin;
