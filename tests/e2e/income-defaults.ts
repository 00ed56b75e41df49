/**
 * The inputs /income starts from, rebuilt from the committed data files (not from the app), as
 * used by the income, keyboard and print suites to compute the results they expect
 * from these with the finance engine.
 */
import type { IncomeInputs, PayerFields } from '../../src/lib/finance';
import { records } from './data-files';

const bench = records('data/billing-benchmarks/insurance-billing-benchmarks.csv');
const norms = records('data/practice-norms/practice-norms-and-prices.csv');
const benchValue = (metric: string) => bench.find((r) => r.metric === metric)!.value!;
const low = (text: string) => Number(text.split('-')[0]);

/** The four payer lines with no sessions and the given allowed amount, denials and lag. */
function lines(v: { AllowedUsd: number; DenialRate: number; DaysToPayment: number }) {
	const out = {} as PayerFields;
	for (const line of ['pip', 'wc', 'private', 'medicaid'] as const) {
		out[`${line}Share`] = 0;
		out[`${line}AllowedUsd`] = v.AllowedUsd;
		out[`${line}PerVisit`] = 0;
		out[`${line}DenialRate`] = v.DenialRate;
		out[`${line}DaysToPayment`] = v.DaysToPayment;
		out[`${line}BillingCostShare`] = 0;
	}
	return out;
}
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
	// no state chosen: every payer line takes no sessions; each line's allowed amount is
	// Washington insurers' low hourly allowable ÷ 4 units, 11.8 % denials, the low-end 42 days
	...lines({
		AllowedUsd: low(benchValue('health_insurer_allowable_per_hour_massage')) / 4,
		DenialRate: 0.118,
		DaysToPayment: low(benchValue('reimbursement_delay_commercial'))
	}),
	reworkShare: 0.35, // 100 − 65 % never reworked
	reworkCostUsdPerClaim: low(benchValue('cost_to_rework_denied_claim')),
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
	discountRateAnnual: 0.08,
	taxYear: 2026, // the newest year in data/irs-tax-parameters
	marriedJoint: 0,
	qbiDeduction: 1,
	otherTaxableIncomeUsd: 0,
	stateIncomeTaxRate: 0,
	// AMTA 2016: 25.3 hours worked a week, 19.7 of them paid → 5.6 unpaid
	adminHoursPerWeek: 5.6
};
