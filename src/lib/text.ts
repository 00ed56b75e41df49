/**
 * Text ordering without `Intl` (whose first use costs a page ~50 ms of start-up, see
 * format.ts): case-insensitive, then by code unit, so "eBay" sorts between "Dallas" and
 * "Fresno" and equal words in different case still have a fixed order. Our data (state,
 * program and occupation names, years) is plain English text, where this matches a
 * collator's order.
 */
export function compareText(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	if (x !== y) return x < y ? -1 : 1;
	return a < b ? -1 : a > b ? 1 : 0;
}
