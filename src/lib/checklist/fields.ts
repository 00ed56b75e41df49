/** Reading what a user types into a step's own-cost field. Pure. */

/**
 * An amount in US dollars of 0 or more: the number, null for blank ("not entered"), or a
 * message for the field. Thousands separators and a leading $ are accepted.
 *
 * @example parseOwnCost('$1,250.50') → { value: 1250.5 }; parseOwnCost('') → { value: null }
 */
export function parseOwnCost(raw: string): { value: number | null } | { error: string } {
	const text = raw.trim().replace(/^\$/, '').replaceAll(',', '').trim();
	if (text === '') return { value: null };
	if (!/^(\d*\.?\d+|\d+\.)$/.test(text))
		return { error: 'Enter an amount of 0 or more in US dollars, or leave it blank.' };
	return { value: Number(text) };
}
