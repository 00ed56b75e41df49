/**
 * The inputs /income starts from, rebuilt from the committed data files (not from the app), as
 * used by the income, keyboard and print suites to compute the results they expect
 * from these with the finance engine.
 */
import { readFileSync } from 'node:fs';
import { parseRecords } from '../../src/lib/data/csv';
import type { IncomeInputs } from '../../src/lib/finance';

const csv = (path: string) => parseRecords(readFileSync(path, 'utf8')).records;
const cpt = csv('data/cpt-fees/cpt-medicare-fee-facts.csv');
const bench = csv('data/billing-benchmarks/insurance-billing-benchmarks.csv');
const norms = csv('data/practice-norms/practice-norms-and-prices.csv');
const benchValue = (metric: string) => bench.find((r) => r.metric === metric)!.value!;
const low = (text: string) => Number(text.split('-')[0]);
export const INCOME_DEFAULTS: IncomeInputs = {
	// ABMP 15 hands-on hours a week ÷ 60-minute sessions = 15 sessions
	relaxationSessionsPerWeek: Number(
		norms.find((r) => r.metric === 'avg_hands_on_hours_per_week')!.value
	),
	relaxationPriceUsd: 63, // AMTA avg_price_60min_massage, the secondary-reputable row
	relaxationSessionMinutes: 60,
	weeksWorkedPerYear: 48,
	tipsShare: 0.15,
	currentMonthlyCostsUsd: 500,
	handsOnHoursPerWeekCap: 19.4, // AMTA avg_massage_hours_per_week, 2010
	medicalSessionsPerWeek: 4,
	medicalSessionMinutes: 60,
	rampUpMonths: 6,
	// the low end of the published medical massage price range
	medicalCashPriceUsd: low(
		norms.find((r) => r.metric === 'medical_massage_price_per_hour')!.value!
	),
	insuranceShare: 0.5,
	allowedPerUnitUsd: Number(
		cpt.find(
			(r) =>
				r.cpt_code === '97124' &&
				r.field === 'national_payment_nonfacility' &&
				r.pfs_year === '2025'
		)!.value
	),
	denialRate: 0.118, // 11.8 % all US medical practices
	reworkShare: 0.35, // 100 − 65 % never reworked
	reworkCostUsdPerClaim: low(benchValue('cost_to_rework_denied_claim')),
	daysToPayment: low(benchValue('reimbursement_delay_commercial')),
	billingCostShare: 0,
	billingCostPerClaimUsd: 0,
	programCostUsd: 3000,
	equipmentUsd: 500,
	credentialingUsd: 300,
	launchMarketingUsd: 500,
	ceMonthlyUsd: 25,
	liabilityInsuranceChangeMonthlyUsd: 10,
	marketingMonthlyUsd: 100,
	billingSoftwareMonthlyUsd: 50,
	horizonMonths: 36,
	discountRateAnnual: 0.08
};
