/**
 * The calculator kit's one field model: what a form field is (label, unit, kind, limits,
 * choices, help) and how the text a person typed becomes a model number, with one specific
 * message for every way it can be wrong. Used by /income, /clinic, /programs and /checklist.
 *
 * Pure: the one number parser is `parseNumberText` (numbers.ts); percentages become exact
 * fractions by moving the decimal point; nothing is rounded (format.ts rounds for display).
 *
 * @module
 */
import { count, usd } from '$lib/format';
import { parseNumberText, shiftDecimal, withSeparators } from '$lib/numbers';

/** How a field is typed and shown. */
export type FieldKind = 'number' | 'money' | 'percent' | 'text' | 'select';

/** One choice of a select field: the model value and its label. */
export interface Choice {
	value: number;
	label: string;
}

export interface FieldSpec {
	label: string;
	/** Unit shown with the label, e.g. "sessions/week", "USD/month", "% of claims". */
	unit: string;
	kind: FieldKind;
	/** Inclusive limits in model units (fractions for percent fields). */
	min?: number;
	max?: number;
	integer?: boolean;
	/** A blank field is an error (default) or reads as null ("not given") when false. */
	required?: boolean;
	/** The values of a select field (a select without them gets its choices from the page). */
	choices?: readonly Choice[];
	/** One line of help under the field. */
	help?: string;
}

export type FieldRead = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * A limit in the units the person types: "100%", "$10,000", "168".
 *
 * Worked example: limitText({ kind: 'percent' …}, 0.5) → "50%".
 */
export function limitText(spec: FieldSpec, value: number): string {
	if (spec.kind === 'percent') return `${shiftDecimal(String(value), 2)}%`;
	if (spec.kind === 'money') return usd(value);
	return count(value);
}

/** " sessions/week" after plain numbers, nothing after money and percentages (their sign says it). */
const unitAfter = (spec: FieldSpec) => (spec.kind === 'number' ? ` ${spec.unit}` : '');

/** The allowed range in words: "from 0% to 100%", "at least $0", or null without limits. */
export function rangeText(spec: FieldSpec): string | null {
	const { min, max } = spec;
	if (min !== undefined && max !== undefined)
		return `from ${limitText(spec, min)} to ${limitText(spec, max)}`;
	if (min !== undefined) return `at least ${limitText(spec, min)}`;
	if (max !== undefined) return `at most ${limitText(spec, max)}`;
	return null;
}

/**
 * Reads the text of one field. Messages say what is wrong and what is expected, with units.
 *
 * Worked example: readField({ kind: 'percent', min: 0, max: 1 …}, '11.8') → { ok: true, value:
 * 0.118 }; '120' → 'Must be from 0% to 100%.'; a whole-number field of months with '36.5' →
 * 'Must be a whole number of months from 12 to 120.'; 'abc' → '“abc” is not a number: use
 * digits, e.g. 12.5.'.
 */
export function readField(spec: FieldSpec, text: string): FieldRead {
	if (spec.kind === 'select' && spec.choices) {
		const choice = spec.choices.find((c) => String(c.value) === text.trim());
		if (choice) return { ok: true, value: choice.value };
		return { ok: false, message: `Choose one of: ${spec.choices.map((c) => c.label).join(', ')}.` };
	}
	const range = rangeText(spec);
	if (text.trim() === '') {
		if (spec.required === false) return { ok: true, value: null };
		return {
			ok: false,
			message: `Required: enter a number${range ? ` ${range}` : ''}${unitAfter(spec)}.`
		};
	}
	const typed = parseNumberText(text, spec.kind === 'percent');
	if (typed === null) {
		return { ok: false, message: `“${text.trim()}” is not a number: use digits, e.g. 12.5.` };
	}
	const value = spec.kind === 'percent' ? Number(shiftDecimal(String(typed), -2)) : typed;
	if (spec.integer && !Number.isInteger(value)) {
		return {
			ok: false,
			message: `Must be a whole number of ${spec.unit}${range ? ` ${range}` : ''}.`
		};
	}
	if (
		(spec.min !== undefined && !(value >= spec.min)) ||
		(spec.max !== undefined && !(value <= spec.max))
	) {
		return { ok: false, message: `Must be ${range}${unitAfter(spec)}.` };
	}
	return { ok: true, value };
}

/**
 * A model value as the text the field shows: percentages by moving the decimal point (exact),
 * everything else as JavaScript's shortest exact digits, never in exponent form (String(1e-7)
 * is "1e-7"), so the field can read it back.
 *
 * Worked example: fieldText(percent, 0.118) → '11.8'; fieldText(money, 3000) → '3000'.
 */
export function fieldText(spec: FieldSpec, value: number): string {
	return shiftDecimal(String(value), spec.kind === 'percent' ? 2 : 0);
}

/**
 * A value with its unit, exactly as typed (no rounding, thousands separated): "11.8%",
 * "$29.76", "42 days", "$3,000", "$50/month", or a choice's label.
 */
export function valueText(spec: FieldSpec, value: number): string {
	if (spec.kind === 'select')
		return spec.choices?.find((c) => c.value === value)?.label ?? String(value);
	const text = withSeparators(fieldText(spec, value));
	if (spec.kind === 'percent') return `${text}%`;
	if (spec.kind === 'money') {
		const money = value < 0 ? `−$${text.slice(1)}` : `$${text}`;
		const per = spec.unit.startsWith('USD/')
			? spec.unit.slice(3)
			: spec.unit === 'USD'
				? ''
				: ` ${spec.unit.replace(/^USD ?/, '')}`;
		return `${money}${per}`;
	}
	return `${text} ${spec.unit}`;
}
