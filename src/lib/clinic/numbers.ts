/**
 * Exact text ↔ number helpers for the clinic planner. Pure and rounding-free: percentages move
 * the decimal point in the text, so "11.8" % becomes exactly the number written 0.118 (not
 * 11.8 ÷ 100 = 0.11800000000000001).
 *
 * (The income page has equivalents in `$lib/income/numbers.ts`; these stay separate until both
 * pages settle, then one copy can move to `$lib`.)
 *
 * @module
 */

const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Moves the decimal point of a decimal numeral `places` to the right (left when negative) by
 * shifting digits, so nothing is rounded. Accepts JavaScript's exponent form ("1e-7").
 *
 * Worked example: shiftPoint('11.8', -2) → '0.118'; shiftPoint('0.35', 2) → '35';
 * shiftPoint('1e-7', 2) → '0.00001'.
 *
 * @throws RangeError when `text` is not a plain decimal numeral.
 */
export function shiftPoint(text: string, places: number): string {
	const m = PLAIN.exec(text.trim());
	if (!m || (m[2] === '' && (m[3] ?? '') === '')) {
		throw new RangeError(`"${text}" is not a decimal number`);
	}
	const sign = m[1] === '-' ? '-' : '';
	const whole = m[2] ?? '';
	const fraction = m[3] ?? '';
	let digits = whole + fraction;
	let point = whole.length + Number(m[4] ?? 0) + places;
	if (point <= 0) {
		digits = '0'.repeat(1 - point) + digits;
		point = 1;
	}
	if (point > digits.length) digits += '0'.repeat(point - digits.length);
	const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
	const fracPart = digits.slice(point).replace(/0+$/, '');
	const body = fracPart ? `${intPart}.${fracPart}` : intPart;
	return /^0(\.0*)?$/.test(body) ? '0' : sign + body;
}

/**
 * Reads a number as people type it: spaces, a leading "$", a trailing "%" (when `percent`) and
 * thousands separators in the right places are accepted; anything else is refused.
 *
 * Worked example: readNumberText(' $1,250.50 ') → '1250.50'; readNumberText('12 %', true) →
 * '12'; readNumberText('12,00') → null.
 *
 * @returns the cleaned numeral (still text, so percentages can be shifted exactly), or null.
 */
export function readNumberText(text: string, percent = false): string | null {
	let t = text.trim().replace(/^\$\s*/, '');
	if (percent) t = t.replace(/\s*%$/, '');
	t = t.replace(/^−/, '-');
	if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) t = t.replaceAll(',', '');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
	return Number.isFinite(Number(t)) ? t : null;
}

/** A published value read as a range; a single number gives low = high. */
export interface PublishedRange {
	low: number;
	high: number;
}

/**
 * Parses a published fact value: a number ("11.8") or a range ("25-117", "25–117").
 *
 * Worked example: parsePublished('42-137') → { low: 42, high: 137 }.
 *
 * @throws RangeError naming the text for anything else (">17", "abc", "117-25").
 */
export function parsePublished(text: string): PublishedRange {
	const m = /^\s*(\d+(?:\.\d+)?)\s*(?:[-–]\s*(\d+(?:\.\d+)?))?\s*$/.exec(text);
	if (!m) throw new RangeError(`"${text}" is not a number or a range like "25-117"`);
	const low = Number(m[1]);
	const high = m[2] === undefined ? low : Number(m[2]);
	if (high < low) throw new RangeError(`"${text}" is a range whose high end is below its low end`);
	return { low, high };
}

/** The low end of a published range as text exactly as printed ("42-137" → "42"). */
export function lowEndText(text: string): string {
	parsePublished(text);
	return text.split(/[-–]/)[0]!.trim();
}
