/**
 * Low/high bounds of the uncertain drivers. The likely value of each driver is always the
 * number in the main form (one place to type it), so a range is stored as low and high only.
 *
 * @module
 */
import {
	DRIVERS,
	PAYER_DRIVER_SUFFIXES,
	PAYER_LINES,
	payerDriver,
	payerField,
	type Driver,
	type DriverRanges,
	type IncomeInputs
} from '$lib/finance';

/** Low and high of every driver, in the driver's model units (fractions for rates). */
export type RangeBounds = Record<Driver, { low: number; high: number }>;

/**
 * Drivers of payer lines that take no sessions: their numbers change nothing, so they are left
 * out of the simulation, the tornado and the range checks.
 *
 * Worked example: wcShare 0 → wcAllowedUsd, wcDenialRate and wcDaysToPayment are idle.
 */
export function idleDrivers(inputs: IncomeInputs): Set<Driver> {
	const idle = new Set<Driver>();
	for (const line of PAYER_LINES) {
		if (inputs[payerField(line, 'Share')] > 0) continue;
		for (const suffix of PAYER_DRIVER_SUFFIXES) idle.add(payerDriver(line, suffix));
	}
	return idle;
}

/**
 * The three-point ranges the finance engine takes: low and high from `bounds`, likely from
 * `inputs`, for every driver that is not idle ({@link idleDrivers}).
 *
 * Worked example: bounds.privateDenialRate {0.08, 0.2} with inputs.privateDenialRate 0.118 and
 * privateShare 0.5 → { privateDenialRate: { low: 0.08, likely: 0.118, high: 0.2 }, … }.
 */
export function driverRanges(inputs: IncomeInputs, bounds: RangeBounds): DriverRanges {
	const ranges: DriverRanges = {};
	const idle = idleDrivers(inputs);
	for (const d of DRIVERS) {
		if (idle.has(d)) continue;
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
