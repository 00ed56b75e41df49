/**
 * The uncertainty form: low and high of each driver as typed, read with the same rules as the
 * main form, plus low ≤ likely ≤ high where likely is the main form's value. Pure, never throws.
 *
 * @module
 */
import { DRIVERS, type Driver, type IncomeInputs } from '$lib/finance';
import { parseField, valueToText, valueWithUnit } from './income-fields';
import { idleDrivers, type RangeBounds } from './ranges';

export type Bound = 'low' | 'high';
export type RangeDraft = Record<Driver, Record<Bound, string>>;
/** Error keys look like "denialRate.low". */
export type RangeErrorKey = `${Driver}.${Bound}`;

export function toRangeDraft(bounds: RangeBounds): RangeDraft {
	return Object.fromEntries(
		DRIVERS.map((d) => [
			d,
			{ low: valueToText(d, bounds[d].low), high: valueToText(d, bounds[d].high) }
		])
	) as RangeDraft;
}

/**
 * Reads every low and high. When `inputs` is given (the main form is valid), each range of a
 * driver that is not idle ({@link idleDrivers}) must also hold the likely value: low ≤ likely ≤ high.
 *
 * Worked example: denialRate low '15', likely 0.118 → error at "denialRate.low":
 * "Low must not be above the likely value, 11.8% (set above)."
 */
export function parseRangeDraft(
	draft: RangeDraft,
	inputs: IncomeInputs | null
): { bounds: RangeBounds | null; errors: Partial<Record<RangeErrorKey, string>> } {
	const errors: Partial<Record<RangeErrorKey, string>> = {};
	const bounds = {} as RangeBounds;
	const idle = inputs ? idleDrivers(inputs) : new Set<Driver>();
	for (const d of DRIVERS) {
		const low = parseField(d, draft[d]?.low ?? '');
		const high = parseField(d, draft[d]?.high ?? '');
		if (!low.ok) errors[`${d}.low`] = low.message;
		if (!high.ok) errors[`${d}.high`] = high.message;
		if (!low.ok || !high.ok) continue;
		bounds[d] = { low: low.value, high: high.value };
		if (inputs === null || idle.has(d)) continue;
		const likely = valueWithUnit(d, inputs[d]);
		if (low.value > inputs[d]) {
			errors[`${d}.low`] = `Low must not be above the likely value, ${likely} (set above).`;
		}
		if (high.value < inputs[d]) {
			errors[`${d}.high`] = `High must not be below the likely value, ${likely} (set above).`;
		}
	}
	const ok = Object.keys(errors).length === 0 && inputs !== null;
	return { bounds: ok ? bounds : null, errors };
}
