/**
 * The only place that rounds. Every figure on screen goes through one of these.
 * Missing values are words, never 0: see `MISSING`.
 */

/** How a missing value reads, by why it is missing (see DESIGN.md "Numbers"). */
export const MISSING = {
	notPublished: 'not published',
	notFound: 'not found in sources'
} as const;

const usd0 = new Intl.NumberFormat('en-US', {
	style: 'currency',
	currency: 'USD',
	maximumFractionDigits: 0,
	minimumFractionDigits: 0
});
const usd2 = new Intl.NumberFormat('en-US', {
	style: 'currency',
	currency: 'USD',
	maximumFractionDigits: 2,
	minimumFractionDigits: 2
});
const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dec1 = new Intl.NumberFormat('en-US', {
	maximumFractionDigits: 1,
	minimumFractionDigits: 1
});

type Maybe = number | null | undefined;

function orMissing(value: Maybe, fmt: (v: number) => string, missing: string): string {
	return value === null || value === undefined || Number.isNaN(value) ? missing : fmt(value);
}

/** Annual or total money, to the dollar: 58450 → "$58,450". */
export function usd(value: Maybe, missing: string = MISSING.notPublished): string {
	return orMissing(value, (v) => usd0.format(v), missing);
}

/** Hourly money, to the cent: 28.1 → "$28.10". */
export function usdHourly(value: Maybe, missing: string = MISSING.notPublished): string {
	return orMissing(value, (v) => usd2.format(v), missing);
}

/** Counts with thousands separators: 98790 → "98,790". */
export function count(value: Maybe, missing: string = MISSING.notPublished): string {
	return orMissing(value, (v) => int.format(v), missing);
}

/** A percentage given in percent units, one decimal: 15.4 → "15.4%". */
export function pct(value: Maybe, missing: string = MISSING.notPublished): string {
	return orMissing(value, (v) => `${dec1.format(v)}%`, missing);
}

/** A fraction shown as a percentage, one decimal: 0.154 → "15.4%". */
export function pctOfFraction(value: Maybe, missing: string = MISSING.notPublished): string {
	return orMissing(value, (v) => `${dec1.format(v * 100)}%`, missing);
}

const fixed = new Map<number, Intl.NumberFormat>();

/** A formatter with exactly `places` decimals, made once per number of places. */
function fixedFormat(places: number): Intl.NumberFormat {
	let f = fixed.get(places);
	if (!f) {
		f = new Intl.NumberFormat('en-US', {
			maximumFractionDigits: places,
			minimumFractionDigits: places
		});
		fixed.set(places, f);
	}
	return f;
}

/** A plain decimal with a fixed number of places: (1.763, 3) → "1.763". */
export function decimal(
	value: Maybe,
	places: number,
	missing: string = MISSING.notPublished
): string {
	return orMissing(value, (v) => fixedFormat(places).format(v), missing);
}

/** Months, one decimal unless whole: 14 → "14 months", 2.6 → "2.6 months", 1 → "1 month". */
export function months(value: Maybe, missing: string = 'never'): string {
	return orMissing(
		value,
		(v) => {
			const text = Number.isInteger(v) ? int.format(v) : dec1.format(v);
			return `${text} ${v === 1 ? 'month' : 'months'}`;
		},
		missing
	);
}
