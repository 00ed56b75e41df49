/**
 * The limits of the models' numeric input fields, and the one rule that checks a value against
 * its limit (the income, clinic and payer fields all use it). Pure.
 */

/** Inclusive bounds of one numeric field; `integer` fields must also be whole numbers. */
export interface FieldLimit {
	readonly min: number;
	readonly max: number;
	readonly integer?: boolean;
}

/**
 * The problem with one field's value, or null when it is within its limit.
 *
 * Rule: a number with min ≤ value ≤ max (NaN fails), whole for integer fields.
 *
 * Worked example: limitProblem('treatmentRooms', { min: 1, max: 50, integer: true }, 2.5) →
 * 'treatmentRooms must be an integer 1–50'.
 */
export function limitProblem(field: string, limit: FieldLimit, value: unknown): string | null {
	const ok =
		typeof value === 'number' &&
		value >= limit.min &&
		value <= limit.max &&
		(!limit.integer || Number.isInteger(value));
	if (ok) return null;
	return `${field} must be ${limit.integer ? 'an integer ' : ''}${limit.min}–${limit.max}`;
}
