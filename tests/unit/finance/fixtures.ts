import type { IncomeInputs } from '$lib/finance';

/**
 * Hand-workable scenario used across the finance tests ("scenario A"):
 * 10 relaxation sessions/week at $100 (+10 % tips), 60 min, 48 weeks/year → 4 weeks/month,
 * $1000/month fixed costs; 5 medical sessions/week at $120 cash, 60 min, no ramp, no insurance;
 * cap 30 h/week (15 h used); one-time $4000; recurring increments $50 + $25 + $100 = $175/month;
 * 12 months; 0 % discount.
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
		insuranceShare: 0,
		allowedPerUnitUsd: 30,
		denialRate: 0,
		reworkShare: 0,
		reworkCostUsdPerClaim: 0,
		daysToPayment: 0,
		billingCostShare: 0,
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
		...overrides
	};
}

/**
 * A realistic-looking scenario for benchmarks and simulations (numbers illustrative, not data):
 * half the medical caseload billed to insurance, a 6-month ramp and a 45-day payment lag.
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
		insuranceShare: 0.5,
		allowedPerUnitUsd: 29.76,
		denialRate: 0.12,
		reworkShare: 0.6,
		reworkCostUsdPerClaim: 15,
		daysToPayment: 45,
		billingCostShare: 0.06,
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
