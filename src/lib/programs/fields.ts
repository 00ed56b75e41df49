/**
 * Read a number the user typed into a form field, with an error message that names the field,
 * its unit and what was wrong. The text itself is never changed, so nothing typed is lost.
 */
import { parseNumberCell } from '$lib/data/csv';

export interface FieldSpec {
	/** What the field is, as its label says: "Price you were quoted". */
	label: string;
	/** Unit words for messages: "USD", "hours", "%". */
	unit: string;
	min?: number;
	max?: number;
	integer?: boolean;
	/** When false (default), a blank field reads as `null` ("not given"). */
	required?: boolean;
}

export type FieldResult = { ok: true; value: number | null } | { ok: false; error: string };

/**
 * @example parseField('$1,250', { label: 'Price', unit: 'USD', min: 0 }) → { ok: true, value: 1250 }
 * @example parseField('abc', { label: 'Price', unit: 'USD' })
 *   → { ok: false, error: 'Price: "abc" is not a number. Type digits, e.g. 1250.' }
 */
export function parseField(text: string, spec: FieldSpec): FieldResult {
	const cell = text.trim().replace(/^\$\s*/, '');
	if (cell === '') {
		return spec.required
			? { ok: false, error: `${spec.label}: enter a number (${spec.unit}).` }
			: { ok: true, value: null };
	}
	const parsed = parseNumberCell(cell);
	if ('error' in parsed || parsed.value === null)
		return {
			ok: false,
			error: `${spec.label}: "${text.trim()}" is not a number. Type digits, e.g. 1250.`
		};
	const v = parsed.value;
	if (spec.integer && !Number.isInteger(v))
		return { ok: false, error: `${spec.label}: enter a whole number (${spec.unit}).` };
	if (spec.min !== undefined && v < spec.min)
		return { ok: false, error: `${spec.label}: must be at least ${spec.min} ${spec.unit}.` };
	if (spec.max !== undefined && v > spec.max)
		return { ok: false, error: `${spec.label}: must be at most ${spec.max} ${spec.unit}.` };
	return { ok: true, value: v };
}
