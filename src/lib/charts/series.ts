/**
 * Turn rows keyed by year into chart series over every year in the span, with `null` for the
 * years that have no row, so a chart shows a gap instead of joining across missing years.
 *
 * @example yearSeries([{y: 2013, v: 1}, {y: 2015, v: 3}], r => r.y, ['v'])
 *   → { years: [2013, 2014, 2015], values: { v: [1, null, 3] } }
 */
export function yearSeries<Row, K extends keyof Row & string>(
	rows: readonly Row[],
	yearOf: (row: Row) => number,
	keys: readonly K[]
): { years: number[]; values: Record<K, (number | null)[]> } {
	const byYear = new Map(rows.map((r) => [yearOf(r), r]));
	const all = [...byYear.keys()];
	const years: number[] = [];
	if (all.length > 0) {
		for (let y = Math.min(...all); y <= Math.max(...all); y++) years.push(y);
	}
	const values = Object.fromEntries(
		keys.map((k) => [
			k,
			years.map((y) => {
				const row = byYear.get(y);
				const v = row ? row[k] : null;
				return typeof v === 'number' ? v : null;
			})
		])
	) as Record<K, (number | null)[]>;
	return { years, values };
}
