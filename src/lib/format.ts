/**
 * The only place that rounds. Every figure on screen goes through one of these.
 * Missing values are words, never 0: see `MISSING`.
 */

/** How a missing value reads, by why it is missing (see DESIGN.md "Numbers"). */
export const MISSING = {
	notPublished: 'not published',
	notFound: 'not found in sources'
} as const;

/*
 * Numbers are written here by hand, not with `Intl.NumberFormat`: the first use of any `Intl`
 * service on a page loads the browser's locale data, about 50 ms of main-thread time on a
 * mid-range phone, all of it inside the page's start-up. The output matches
 * `Intl.NumberFormat('en-US')` (tested against it): half-away-from-zero rounding of the
 * number's shortest decimal form (29.755 → 29.76, where `toFixed` gives 29.75), comma
 * thousands separators, a leading minus (also for -0), "∞" for infinity.
 */

/**
 * |value| (finite, ≥ 0) rounded half away from zero to exactly `places` decimals, without
 * separators: (29.755, 2) → "29.76", (2.5, 0) → "3".
 */
function roundedDigits(abs: number, places: number): string {
	const shortest = String(abs);
	// Only below 1e-6 or from 1e21 does String() use an exponent; toFixed is exact enough there.
	if (shortest.includes('e')) return abs >= 1 ? BigInt(abs).toString() : abs.toFixed(places);
	const [whole, frac = ''] = shortest.split('.') as [string, string?];
	if (frac.length <= places) return places > 0 ? `${whole}.${frac.padEnd(places, '0')}` : whole;
	let kept = BigInt(whole + frac.slice(0, places));
	if (frac.charCodeAt(places) >= 53 /* "5" */) kept += 1n;
	const digits = kept.toString().padStart(places + 1, '0');
	return places > 0 ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
}

/** A number with comma thousands separators and exactly `places` decimals, after `prefix`. */
function fixedText(value: number, places: number, prefix = ''): string {
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	if (!Number.isFinite(value)) return `${sign}${prefix}∞`;
	const [whole, frac] = roundedDigits(Math.abs(value), places).split('.') as [string, string?];
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${sign}${prefix}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

type Maybe = number | null | undefined;

function orMissing(value: Maybe, fmt: (v: number) => string, missing: string): string {
	return value === null || value === undefined || Number.isNaN(value) ? missing : fmt(value);
}

/** Annual or total money, to the dollar: 58450 → "$58,450". */
export function usd(value: Maybe, missing: string = MISSING.notPublished): string {
	return orMissing(value, (v) => fixedText(v, 0, '$'), missing);
}

/** Hourly money, to the cent: 28.1 → "$28.10". */
export function usdHourly(value: Maybe, missing: string = MISSING.notPublished): string {
	return orMissing(value, (v) => fixedText(v, 2, '$'), missing);
}

/** Counts with thousands separators: 98790 → "98,790". */
export function count(value: Maybe, missing: string = MISSING.notPublished): string {
	return orMissing(value, (v) => fixedText(v, 0), missing);
}

/** A percentage given in percent units, one decimal: 15.4 → "15.4%". */
export function pct(value: Maybe, missing: string = MISSING.notPublished): string {
	return orMissing(value, (v) => `${fixedText(v, 1)}%`, missing);
}

/** A fraction shown as a percentage, one decimal: 0.154 → "15.4%". */
export function pctOfFraction(value: Maybe, missing: string = MISSING.notPublished): string {
	return orMissing(value, (v) => `${fixedText(v * 100, 1)}%`, missing);
}

/** A plain decimal with a fixed number of places: (1.763, 3) → "1.763". */
export function decimal(
	value: Maybe,
	places: number,
	missing: string = MISSING.notPublished
): string {
	return orMissing(value, (v) => fixedText(v, places), missing);
}

/** Months, one decimal unless whole: 14 → "14 months", 2.6 → "2.6 months", 1 → "1 month". */
export function months(value: Maybe, missing: string = 'never'): string {
	return orMissing(
		value,
		(v) => {
			const text = fixedText(v, Number.isInteger(v) ? 0 : 1);
			return `${text} ${v === 1 ? 'month' : 'months'}`;
		},
		missing
	);
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** A date (or epoch milliseconds) in local time, as on a printed report: "November 28, 2026". */
export function dateLong(when: Date | number): string {
	const date = new Date(when);
	return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}

/** A moment in local time, for "saved …" labels: "Nov 28, 2026, 3:04 PM". */
export function dateTime(date: Date): string {
	const h = date.getHours();
	const mm = String(date.getMinutes()).padStart(2, '0');
	const day = `${MONTHS[date.getMonth()]!.slice(0, 3)} ${date.getDate()}, ${date.getFullYear()}`;
	return `${day}, ${h % 12 === 0 ? 12 : h % 12}:${mm} ${h < 12 ? 'AM' : 'PM'}`;
}
