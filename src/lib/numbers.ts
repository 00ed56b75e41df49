/**
 * Exact text ↔ number helpers shared by the calculators (income, clinic). Pure, no rounding anywhere: percentages are
 * converted by moving the decimal point in the text, so "11.8" % becomes exactly the number
 * written "0.118" (never 11.8 / 100 = 0.11800000000000001).
 *
 * @module
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Moves the decimal point of a decimal numeral `places` to the right (left when negative),
 * working on the digits so nothing is rounded. Accepts JavaScript's own number output,
 * exponent form included.
 *
 * Worked example: shiftDecimal('11.8', -2) → '0.118'; shiftDecimal('0.118', 2) → '11.8';
 * shiftDecimal('1e-7', 2) → '0.00001'.
 *
 * @throws RangeError when `text` is not a decimal numeral.
 */
export function shiftDecimal(text: string, places: number): string {
	const m = DECIMAL.exec(text.trim());
	if (!m || ((m[2] ?? '') === '' && (m[3] ?? '') === '')) {
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
 * Reads a number the way people type it: surrounding spaces, a leading "$", thousands
 * separators in the right places ("1,200") and, when `percent` is true, a trailing "%" are
 * accepted; anything else (letters, "1.2.3", "12,00") is refused.
 *
 * Worked example: parseNumberText(' $1,250.50 ') → 1250.5; parseNumberText('12%', true) → 12;
 * parseNumberText('abc') → null.
 *
 * @returns the number, or null when the text is not a number (empty text included).
 */
export function parseNumberText(text: string, percent = false): number | null {
	let t = text
		.trim()
		.replace(/^\$/, '')
		.replace(/^([+-])\s*\$/, '$1');
	if (percent) t = t.replace(/\s*%$/, '');
	t = t.replace(/^−/, '-');
	if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) t = t.replaceAll(',', '');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
	const value = Number(t);
	return Number.isFinite(value) ? value : null;
}

/** A published value read as a range; a single number gives low = high. */
export interface PublishedRange {
	low: number;
	high: number;
}

/**
 * Parses a published value that is a number ("11.8") or a range ("25-117", "25–117"), as the
 * fact tables in `data/` write them.
 *
 * Worked example: parseRange('25-117') → { low: 25, high: 117 }; parseRange('19.4') →
 * { low: 19.4, high: 19.4 }.
 *
 * @throws RangeError naming the text for anything else (">17", "abc", "117-25").
 */
export function parseRange(text: string): PublishedRange {
	const m = /^\s*(\d+(?:\.\d+)?)\s*(?:[-–]\s*(\d+(?:\.\d+)?))?\s*$/.exec(text);
	if (!m) throw new RangeError(`"${text}" is not a number or a range like "25-117"`);
	const low = Number(m[1]);
	const high = m[2] === undefined ? low : Number(m[2]);
	if (low > high) throw new RangeError(`"${text}" is a range whose high end is below its low end`);
	return { low, high };
}

/**
 * Thousands separators in a decimal numeral's whole part, digits untouched (no rounding).
 *
 * Worked example: withSeparators('1234567.891') → '1,234,567.891'; withSeparators('-2500') → '-2,500'.
 */
export function withSeparators(text: string): string {
	const m = /^([+-]?)(\d+)(\.\d*)?$/.exec(text);
	if (!m) return text;
	return `${m[1]}${(m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

/**
 * Reads a number as people type it, like {@link parseNumberText}, but returns the cleaned
 * numeral as text, so a percentage can then be shifted exactly with {@link shiftDecimal}.
 *
 * Worked example: readNumberText(' $1,250.50 ') → '1250.50'; readNumberText('12 %', true) →
 * '12'; readNumberText('12,00') → null.
 */
export function readNumberText(text: string, percent = false): string | null {
	let t = text.trim().replace(/^\$\s*/, '');
	if (percent) t = t.replace(/\s*%$/, '');
	t = t.replace(/^−/, '-');
	if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) t = t.replaceAll(',', '');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
	return Number.isFinite(Number(t)) ? t : null;
}

/** The low end of a published range as text exactly as printed ("42-137" → "42"). */
export function lowEndText(text: string): string {
	parseRange(text);
	return text.split(/[-–]/)[0]!.trim();
}
