/**
 * What a projection means for the therapist's own pocket: take-home pay in a settled year, with
 * and without medical massage, and earnings per hands-on and per working hour (pre-tax, the
 * figures comparable with wages). Pure; USD, unrounded.
 *
 * @module
 */
import type { IncomeInputs, Projection } from './income';
import { perHour } from './income';
import { takeHomePay, type TakeHome, type TaxYearParameters } from './tax';

export interface AfterTax {
	/** Take-home of a settled year of the practice with medical massage (settled month × 12). */
	withMedical: TakeHome;
	/** Take-home of a year of the practice as it is (baseline month × 12). */
	baseline: TakeHome;
	/** withMedical.takeHomeUsd − baseline.takeHomeUsd: what medical massage adds after tax. USD/year. */
	addedTakeHomeUsd: number;
}

/** Pre-tax earnings per hour, the figures comparable with wages. */
export interface HourRates {
	/** Pre-tax net per hands-on hour, settled month; null with no hours. */
	perHandsOnHourUsd: number | null;
	/** Pre-tax net per working hour (hands-on + admin hours), settled month; null with no hours. */
	perWorkingHourUsd: number | null;
	baselinePerHandsOnHourUsd: number | null;
	baselinePerWorkingHourUsd: number | null;
	/** Admin hours per month: adminHoursPerWeek × weeksWorkedPerYear ÷ 12. */
	adminHoursPerMonth: number;
}

/**
 * Take-home pay of a projection, with and without medical massage.
 *
 * Formulas: a settled year's profit = steadyStateWithMedicalNetUsd × 12; the baseline's =
 * baselineNetMonthlyUsd × 12; each goes through {@link takeHomePay} with the inputs' filing
 * status (marriedJoint), QBI choice, other income and state rate.
 *
 * Worked example: settled net $5,000/month → $60,000 a year → take-home as in takeHomePay.
 *
 * @throws RangeError when `year.year` is not the inputs' taxYear.
 */
export function afterTax(
	projection: Projection,
	inputs: IncomeInputs,
	year: TaxYearParameters
): AfterTax {
	if (year.year !== inputs.taxYear) {
		throw new RangeError(`taxYear is ${inputs.taxYear} but the parameters are for ${year.year}`);
	}
	const settings = {
		filingStatus: inputs.marriedJoint === 1 ? ('married-joint' as const) : ('single' as const),
		stateTaxRate: inputs.stateIncomeTaxRate,
		qbi: inputs.qbiDeduction === 1,
		otherTaxableIncomeUsd: inputs.otherTaxableIncomeUsd
	};
	const withMedical = takeHomePay(
		{ ...settings, netEarningsUsd: projection.steadyStateWithMedicalNetUsd * 12 },
		year
	);
	const baseline = takeHomePay(
		{ ...settings, netEarningsUsd: projection.baselineNetMonthlyUsd * 12 },
		year
	);
	return {
		withMedical,
		baseline,
		addedTakeHomeUsd: withMedical.takeHomeUsd - baseline.takeHomeUsd
	};
}

/**
 * Pre-tax earnings per hands-on hour and per working hour (hands-on + admin), settled month.
 *
 * Formulas: admin hours a month = adminHoursPerWeek × weeksWorkedPerYear ÷ 12; per working hour
 * = monthly net ÷ (hands-on hours + admin hours a month).
 *
 * Worked example: settled net $5,000 a month with 80 hands-on hours, and 5 admin hours a week ×
 * 4 weeks a month = 20 → $5,000 ÷ 100 = $50 per working hour, $62.50 per hands-on hour.
 */
export function hourRates(projection: Projection, inputs: IncomeInputs): HourRates {
	const adminHoursPerMonth = (inputs.adminHoursPerWeek * inputs.weeksWorkedPerYear) / 12;
	return {
		perHandsOnHourUsd: projection.effectiveHourlyUsd,
		perWorkingHourUsd: perHour(
			projection.steadyStateWithMedicalNetUsd,
			projection.steadyStateHandsOnHoursPerMonth + adminHoursPerMonth
		),
		baselinePerHandsOnHourUsd: projection.baselineEffectiveHourlyUsd,
		baselinePerWorkingHourUsd: perHour(
			projection.baselineNetMonthlyUsd,
			projection.baselineHandsOnHoursPerMonth + adminHoursPerMonth
		),
		adminHoursPerMonth
	};
}
