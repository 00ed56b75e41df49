import {
	PAYER_DRIVER_SUFFIXES,
	PAYER_LINES,
	payerDriver,
	payerField,
	type IncomeInputs,
	type PayerFields
} from '$lib/finance';
import type { RangeBounds } from '$lib/income/ranges';

/**
 * Ranges for every driver: the practice drivers and the private-plan line as given, every other
 * payer line's drivers at a degenerate range around scenario A's values ($30, 0, 0).
 */
export function fullBounds(given: Partial<RangeBounds>): RangeBounds {
	const out = {} as RangeBounds;
	for (const line of PAYER_LINES)
		for (const suffix of PAYER_DRIVER_SUFFIXES) {
			const v = suffix === 'AllowedUsd' ? 30 : 0;
			out[payerDriver(line, suffix)] = { low: v, high: v };
		}
	return { ...out, ...given } as RangeBounds;
}

/** Every payer line taking no sessions (allowed $30 a unit, no denials, no lag, no fees). */
export function noPayers(): PayerFields {
	const out = {} as PayerFields;
	for (const line of PAYER_LINES) {
		out[payerField(line, 'Share')] = 0;
		out[payerField(line, 'AllowedUsd')] = 30;
		out[payerField(line, 'PerVisit')] = 0;
		out[payerField(line, 'DenialRate')] = 0;
		out[payerField(line, 'DaysToPayment')] = 0;
		out[payerField(line, 'BillingCostShare')] = 0;
	}
	return out;
}

/**
 * Hand-workable scenario used across the finance tests ("scenario A"):
 * 10 relaxation sessions/week at $100 (+10 % tips), 60 min, 48 weeks/year → 4 weeks/month,
 * $1000/month fixed costs; 5 medical sessions/week at $120 cash, 60 min, no ramp, no insurance;
 * cap 30 h/week (15 h used); one-time $4000; recurring increments $50 + $25 + $100 = $175/month;
 * 12 months; 0 % discount. No payer takes any session; the tax fields are 2026, single, no QBI,
 * no other income, no state tax, no admin hours.
 */
export function scenarioA(overrides: Partial<IncomeInputs> = {}): IncomeInputs {
	return {
		relaxationSessionsPerWeek: 10,
		relaxationPriceUsd: 100,
		relaxationSessionMinutes: 60,
		weeksWorkedPerYear: 48,
		tipsShare: 0.1,
		currentMonthlyCostsUsd: 1000,
		handsOnHoursPerWeekCap: 30,
		medicalSessionsPerWeek: 5,
		medicalSessionMinutes: 60,
		rampUpMonths: 0,
		medicalCashPriceUsd: 120,
		...noPayers(),
		reworkShare: 0,
		reworkCostUsdPerClaim: 0,
		billingCostPerClaimUsd: 0,
		programCostUsd: 3000,
		equipmentUsd: 500,
		credentialingUsd: 0,
		launchMarketingUsd: 500,
		ceMonthlyUsd: 50,
		liabilityInsuranceChangeMonthlyUsd: 25,
		marketingMonthlyUsd: 100,
		billingSoftwareMonthlyUsd: 0,
		horizonMonths: 12,
		discountRateAnnual: 0,
		taxYear: 2026,
		marriedJoint: 0,
		qbiDeduction: 0,
		otherTaxableIncomeUsd: 0,
		stateIncomeTaxRate: 0,
		adminHoursPerWeek: 0,
		...overrides
	};
}

/**
 * A realistic-looking scenario for benchmarks and simulations (numbers illustrative, not data):
 * half the medical caseload billed to one insurer (the private-plan line), a 6-month ramp and a
 * 45-day payment lag.
 */
export function realisticInputs(overrides: Partial<IncomeInputs> = {}): IncomeInputs {
	return scenarioA({
		relaxationSessionsPerWeek: 18,
		relaxationPriceUsd: 95,
		weeksWorkedPerYear: 48,
		tipsShare: 0.15,
		currentMonthlyCostsUsd: 1500,
		handsOnHoursPerWeekCap: 25,
		medicalSessionsPerWeek: 10,
		rampUpMonths: 6,
		medicalCashPriceUsd: 110,
		privateShare: 0.5,
		privateAllowedUsd: 29.76,
		privateDenialRate: 0.12,
		reworkShare: 0.6,
		reworkCostUsdPerClaim: 15,
		privateDaysToPayment: 45,
		privateBillingCostShare: 0.06,
		billingCostPerClaimUsd: 1.5,
		programCostUsd: 6000,
		equipmentUsd: 800,
		credentialingUsd: 400,
		launchMarketingUsd: 600,
		ceMonthlyUsd: 40,
		liabilityInsuranceChangeMonthlyUsd: 15,
		marketingMonthlyUsd: 150,
		billingSoftwareMonthlyUsd: 60,
		horizonMonths: 60,
		discountRateAnnual: 0.08,
		...overrides
	});
}
