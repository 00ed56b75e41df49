/**
 * Low/high bounds of the uncertain drivers. The likely value of each driver is always the
 * number in the main form (one place to type it), so a range is stored as low and high only.
 *
 * @module
 */
import { DRIVERS, type Driver, type DriverRanges, type IncomeInputs } from '$lib/finance';

/** Low and high of every driver, in the driver's model units (fractions for rates). */
export type RangeBounds = Record<Driver, { low: number; high: number }>;

/**
 * The three-point ranges the finance engine takes: low and high from `bounds`, likely from
 * `inputs`.
 *
 * Worked example: bounds.denialRate {0.08, 0.2} with inputs.denialRate 0.118 →
 * { denialRate: { low: 0.08, likely: 0.118, high: 0.2 }, … }.
 */
export function driverRanges(inputs: IncomeInputs, bounds: RangeBounds): DriverRanges {
	const ranges: DriverRanges = {};
	for (const d of DRIVERS) {
		ranges[d] = { low: bounds[d].low, likely: inputs[d], high: bounds[d].high };
	}
	return ranges;
}

/** A copy of the bounds (plain objects, safe to store or post to a worker). */
export function copyBounds(bounds: RangeBounds): RangeBounds {
	return Object.fromEntries(
		DRIVERS.map((d) => [d, { low: bounds[d].low, high: bounds[d].high }])
	) as RangeBounds;
}
