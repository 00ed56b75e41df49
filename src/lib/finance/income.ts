/**
 * Monthly income model: the current (relaxation) practice vs. the same practice with medical
 * massage added, side by side.
 *
 * One implementation serves both the detailed projection ({@link projectIncome}) and the Monte
 * Carlo fast path in `simulate.ts`: both call {@link deriveModel} and {@link runModel}; the fast
 * path simply passes no row array, so it allocates nothing per month.
 *
 * Conventions: money in USD, never rounded; sessions are expected (fractional) counts; a month
 * is `weeksWorkedPerYear / 12` worked weeks; month indices run 1…H, t = 0 is "today" when the
 * one-time costs are paid.
 *
 * @module
 */

import { billableUnits } from './billing';
import {
	annualRateFromMonthly,
	irr,
	monthlyRateFromAnnual,
	npvUnchecked,
	paybackUnchecked
} from './cashflow';

/** Default projection horizon in months (3 years). */
export const DEFAULT_HORIZON_MONTHS = 36;

/**
 * Average days per calendar month, 365.25 / 12 = 30.4375 (Gregorian year of 365.25 days,
 * leap years included). Converts `daysToPayment` into months of cash lag.
 */
export const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Every input of the income model. Flat and JSON/URL-serialisable: numbers only.
 * Valid ranges are in {@link INCOME_INPUT_LIMITS}; rates and shares are fractions (0.05), never
 * percents.
 */
export interface IncomeInputs {
	// ── Current practice (the baseline; also kept in the with-medical practice unless displaced) ──
	/** Relaxation (cash) sessions per worked week today. Sessions/week, 0–80. */
	relaxationSessionsPerWeek: number;
	/** Price of one relaxation session. USD/session, 0–10 000. */
	relaxationPriceUsd: number;
	/** Hands-on length of one relaxation session. Minutes, 1–480 (e.g. 60). */
	relaxationSessionMinutes: number;
	/** Weeks worked per year; each month has weeksWorkedPerYear / 12 worked weeks. Weeks/year, 1–52. */
	weeksWorkedPerYear: number;
	/** Tips as a fraction of the relaxation price (tips are earned on relaxation sessions only). Fraction, 0–1. */
	tipsShare: number;
	/** Fixed monthly costs of the current practice (rent, supplies…), paid in both scenarios. USD/month, 0–1 000 000. */
	currentMonthlyCostsUsd: number;

	// ── Capacity ──
	/**
	 * Most hands-on hours per week the therapist will work (hands-on hours = sessions × minutes / 60).
	 * Hours/week, 0–168, and at least the current relaxation hours
	 * (relaxationSessionsPerWeek × relaxationSessionMinutes / 60).
	 */
	handsOnHoursPerWeekCap: number;

	// ── Medical massage ──
	/** Medical sessions per worked week once ramp-up is complete (steady state). Sessions/week, 0–80. */
	medicalSessionsPerWeek: number;
	/** Timed hands-on minutes of one medical session; also drives billable units. Minutes, 1–480. */
	medicalSessionMinutes: number;
	/**
	 * Months to reach the steady medical caseload: month m has min(1, m / rampUpMonths) of the
	 * steady sessions; 0 = full caseload from month 1. Months, 0–120 (fractions allowed).
	 */
	rampUpMonths: number;

	// ── Payment mix ──
	/** Price of one self-pay (cash) medical session. USD/session, 0–10 000. */
	medicalCashPriceUsd: number;
	/** Fraction of medical sessions billed to insurance; the rest are self-pay. Fraction, 0–1. */
	insuranceShare: number;
	/**
	 * Allowed amount per billable 15-minute unit (payer + patient share). USD/unit, 0–10 000.
	 * The UI default comes from the data (Medicare 2025 national amount for CPT 97124); it is
	 * never a literal in the model.
	 */
	allowedPerUnitUsd: number;
	/** Fraction of insurance claims denied on first submission. Fraction, 0–1. */
	denialRate: number;
	/** Fraction of denied claims that are reworked and then paid in full. Fraction, 0–1. */
	reworkShare: number;
	/** Cost to rework one denied claim (staff time or biller fee). USD/reworked claim, 0–10 000. */
	reworkCostUsdPerClaim: number;
	/**
	 * Days from the session to insurance cash arriving. Shifts insurance cash (not revenue) by
	 * daysToPayment / 30.4375 months, split between two months when fractional. Days, 0–365.
	 */
	daysToPayment: number;
	/** Billing-service fee as a fraction of insurance collections (cash received). Fraction, 0–1. */
	billingCostShare: number;
	/** Fee per insurance claim submitted (one claim per insurance session). USD/claim, 0–10 000. */
	billingCostPerClaimUsd: number;

	// ── One-time costs, paid at t = 0 ──
	/** Medical massage training, total cost of attendance (tuition, travel, lost days…). USD, 0–10 000 000. */
	programCostUsd: number;
	/** Equipment bought for the medical practice. USD, 0–10 000 000. */
	equipmentUsd: number;
	/** Insurance credentialing / NPI / enrolment costs. USD, 0–10 000 000. */
	credentialingUsd: number;
	/** Launch marketing (website, referral outreach). USD, 0–10 000 000. */
	launchMarketingUsd: number;

	// ── Recurring monthly increments of the with-medical practice (months 1…H) ──
	/** Continuing education, spread per month. USD/month, 0–1 000 000. */
	ceMonthlyUsd: number;
	/** Change in liability-insurance premium per month (may be negative). USD/month, −1 000 000–1 000 000. */
	liabilityInsuranceChangeMonthlyUsd: number;
	/** Ongoing marketing for medical clients. USD/month, 0–1 000 000. */
	marketingMonthlyUsd: number;
	/** Billing / EHR software subscription. USD/month, 0–1 000 000. */
	billingSoftwareMonthlyUsd: number;

	// ── Horizon and discounting ──
	/** Months projected, an integer 12–120 (default {@link DEFAULT_HORIZON_MONTHS}). */
	horizonMonths: number;
	/** Annual discount rate for NPV; monthly rate = (1 + annual)^(1/12) − 1. Fraction/year, 0–1. */
	discountRateAnnual: number;
}

/** Inclusive bounds of one input field; `integer` fields must also be whole numbers. */
export interface InputLimit {
	readonly min: number;
	readonly max: number;
	readonly integer?: boolean;
}

/**
 * Valid range of every {@link IncomeInputs} field (inclusive). The UI can build sliders from
 * it; {@link validateIncomeInputs} enforces it. The bounds are plausibility limits chosen for
 * this app (e.g. 168 = hours in a week, 365 = days in a year), not data.
 */
export const INCOME_INPUT_LIMITS: Readonly<Record<keyof IncomeInputs, InputLimit>> = {
	relaxationSessionsPerWeek: { min: 0, max: 80 },
	relaxationPriceUsd: { min: 0, max: 10_000 },
	relaxationSessionMinutes: { min: 1, max: 480 },
	weeksWorkedPerYear: { min: 1, max: 52 },
	tipsShare: { min: 0, max: 1 },
	currentMonthlyCostsUsd: { min: 0, max: 1_000_000 },
	handsOnHoursPerWeekCap: { min: 0, max: 168 },
	medicalSessionsPerWeek: { min: 0, max: 80 },
	medicalSessionMinutes: { min: 1, max: 480 },
	rampUpMonths: { min: 0, max: 120 },
	medicalCashPriceUsd: { min: 0, max: 10_000 },
	insuranceShare: { min: 0, max: 1 },
	allowedPerUnitUsd: { min: 0, max: 10_000 },
	denialRate: { min: 0, max: 1 },
	reworkShare: { min: 0, max: 1 },
	reworkCostUsdPerClaim: { min: 0, max: 10_000 },
	daysToPayment: { min: 0, max: 365 },
	billingCostShare: { min: 0, max: 1 },
	billingCostPerClaimUsd: { min: 0, max: 10_000 },
	programCostUsd: { min: 0, max: 10_000_000 },
	equipmentUsd: { min: 0, max: 10_000_000 },
	credentialingUsd: { min: 0, max: 10_000_000 },
	launchMarketingUsd: { min: 0, max: 10_000_000 },
	ceMonthlyUsd: { min: 0, max: 1_000_000 },
	liabilityInsuranceChangeMonthlyUsd: { min: -1_000_000, max: 1_000_000 },
	marketingMonthlyUsd: { min: 0, max: 1_000_000 },
	billingSoftwareMonthlyUsd: { min: 0, max: 1_000_000 },
	horizonMonths: { min: 12, max: 120, integer: true },
	discountRateAnnual: { min: 0, max: 1 }
};

/** The field names of {@link IncomeInputs}, in declaration order. */
export const INCOME_INPUT_FIELDS = Object.keys(
	INCOME_INPUT_LIMITS
) as readonly (keyof IncomeInputs)[];

/**
 * Checks one value against a field's limits.
 *
 * Rule: the value must be a number, min ≤ value ≤ max (which also rejects NaN), and a whole
 * number for integer fields. Units: those of the field.
 *
 * Worked example: `assertFieldInRange('insuranceShare', 1.2)` throws
 * `RangeError('insuranceShare must be 0–1')`.
 *
 * @param label optional prefix for the message (e.g. `ranges.denialRate.high: `).
 * @throws RangeError `<field> must be <min>–<max>` (or `must be an integer <min>–<max>`).
 */
export function assertFieldInRange(field: keyof IncomeInputs, value: unknown, label = ''): void {
	const limit = INCOME_INPUT_LIMITS[field];
	const ok =
		typeof value === 'number' &&
		value >= limit.min &&
		value <= limit.max &&
		(!limit.integer || Number.isInteger(value));
	if (!ok) {
		const kind = limit.integer ? 'an integer ' : '';
		throw new RangeError(`${label}${field} must be ${kind}${limit.min}–${limit.max}`);
	}
}

/**
 * Rejects impossible income inputs.
 *
 * Rules: every field of {@link IncomeInputs} lies in {@link INCOME_INPUT_LIMITS}; in addition
 * the current relaxation hours, relaxationSessionsPerWeek × relaxationSessionMinutes / 60, must
 * not exceed handsOnHoursPerWeekCap (the cap limits the practice as it is today too). No
 * constants beyond the limits table and 60 minutes per hour.
 *
 * Worked example: relaxationSessionsPerWeek = 20 at 60 minutes with a cap of 15 h/week throws
 * `RangeError('handsOnHoursPerWeekCap must be at least the current relaxation hands-on hours (20 h/week)')`.
 *
 * @throws RangeError whose message starts with the offending field's name.
 */
export function validateIncomeInputs(inputs: IncomeInputs): void {
	if (typeof inputs !== 'object' || inputs === null) {
		throw new RangeError('inputs must be an object');
	}
	for (const field of INCOME_INPUT_FIELDS) assertFieldInRange(field, inputs[field]);
	const baselineHours = handsOnHours(
		inputs.relaxationSessionsPerWeek,
		inputs.relaxationSessionMinutes
	);
	if (baselineHours > inputs.handsOnHoursPerWeekCap) {
		throw new RangeError(
			`handsOnHoursPerWeekCap must be at least the current relaxation hands-on hours (${baselineHours} h/week)`
		);
	}
}

/** Hands-on hours = sessions × minutes / 60 (60 minutes per hour). The single place this is computed. */
function handsOnHours(sessions: number, minutes: number): number {
	return (sessions * minutes) / 60;
}

/** One month of the projection. Sessions are per month (expected, fractional); money is USD per month. */
export interface MonthRow {
	/** Month index, 1…horizonMonths. */
	month: number;
	/** Relaxation sessions this month in the baseline practice (constant). */
	baselineRelaxationSessions: number;
	/** Relaxation sessions this month in the with-medical practice (after displacement). */
	relaxationSessions: number;
	/** Medical sessions this month (after ramp-up and the capacity cap). */
	medicalSessions: number;
	/** Medical sessions paid in cash: medicalSessions × (1 − insuranceShare). */
	cashMedicalSessions: number;
	/** Medical sessions billed to insurance: medicalSessions × insuranceShare (one claim each). */
	insuranceSessions: number;
	/** Hands-on hours per worked week in the with-medical practice (≤ handsOnHoursPerWeekCap). */
	handsOnHoursPerWeek: number;
	/** True when the hands-on cap limited the with-medical practice this month. */
	capBinds: boolean;
	/** Relaxation sessions given up this month to make room for medical sessions (baseline − with-medical). */
	displacedRelaxationSessions: number;
	/** Baseline practice revenue: relaxation fees + tips. */
	baselineRevenueUsd: number;
	/** With-medical relaxation fees (excluding tips). */
	relaxationRevenueUsd: number;
	/** With-medical tips: relaxationRevenueUsd × tipsShare. */
	tipsRevenueUsd: number;
	/** Self-pay medical revenue: cashMedicalSessions × medicalCashPriceUsd. */
	medicalCashRevenueUsd: number;
	/**
	 * Insurance revenue recognised in the month of service: insuranceSessions × units × allowed ×
	 * ((1 − denialRate) + denialRate × reworkShare), i.e. allowed amounts net of denials plus reworked claims.
	 */
	insuranceRevenueUsd: number;
	/** Total with-medical revenue recognised this month (the four sources above). */
	totalRevenueUsd: number;
	/** Insurance cash actually received this month (revenue of earlier months, shifted by the payment lag). */
	insuranceCashReceivedUsd: number;
	/** Current fixed costs (currentMonthlyCostsUsd), paid in both scenarios. */
	baselineCostsUsd: number;
	/** ceMonthlyUsd. */
	ceCostUsd: number;
	/** liabilityInsuranceChangeMonthlyUsd. */
	liabilityInsuranceCostUsd: number;
	/** marketingMonthlyUsd. */
	marketingCostUsd: number;
	/** billingSoftwareMonthlyUsd. */
	billingSoftwareCostUsd: number;
	/** insuranceSessions × billingCostPerClaimUsd (paid in the month of service). */
	billingPerClaimCostUsd: number;
	/** insuranceCashReceivedUsd × billingCostShare (paid when collected). */
	billingCollectionsCostUsd: number;
	/** insuranceSessions × denialRate × reworkShare × reworkCostUsdPerClaim. */
	reworkCostUsd: number;
	/** All with-medical costs this month (baseline costs included). */
	totalCostsUsd: number;
	/** Baseline net cash: baselineRevenueUsd − currentMonthlyCostsUsd. */
	baselineNetUsd: number;
	/** With-medical net cash: relaxation + tips + medical cash + insurance cash received − totalCostsUsd. */
	withMedicalNetUsd: number;
	/** Cash increment of adding medical massage: withMedicalNetUsd − baselineNetUsd (= cashFlows[month]). */
	netIncrementUsd: number;
	/** Running total of the increments, starting from −oneTimeCostsUsd at t = 0. */
	cumulativeCashUsd: number;
}

/** Result of {@link projectIncome}. Money in USD, never rounded. */
export interface Projection {
	/** One row per month, months 1…horizonMonths. */
	months: MonthRow[];
	/** Incremental cash flows: [0] = −oneTimeCostsUsd at t = 0, [m] = months[m−1].netIncrementUsd. Length H + 1. */
	cashFlows: number[];
	/** Running total of cashFlows, index 0…H (index 0 = −oneTimeCostsUsd). Same indexing as the Monte Carlo percentiles. */
	cumulativeCashUsd: number[];
	/** programCostUsd + equipmentUsd + credentialingUsd + launchMarketingUsd (paid at t = 0). */
	oneTimeCostsUsd: number;
	/** Monthly discount rate used for npvUsd: (1 + discountRateAnnual)^(1/12) − 1. */
	discountRateMonthly: number;
	/** paybackPeriod(cashFlows) in months (fractional), or null if not reached within the horizon. */
	paybackMonths: number | null;
	/** npv(discountRateMonthly, cashFlows). Receivables still unpaid after the horizon are not counted. */
	npvUsd: number;
	/** irr(cashFlows), per month, or null. */
	irrMonthly: number | null;
	/** (1 + irrMonthly)^12 − 1, or null. */
	irrAnnual: number | null;
	/** Insurance payment lag in months: daysToPayment / 30.4375. */
	insuranceLagMonths: number;
	/** billableUnits(medicalSessionMinutes): units billed per insurance session. */
	billableUnitsPerSession: number;
	/**
	 * First month from which every month is identical ("settled"): M₀ + ⌈insuranceLagMonths⌉ if
	 * there is insurance revenue, else M₀, where M₀ is the first month whose medical sessions
	 * equal the steady-state (post-ramp, post-cap) sessions. May exceed horizonMonths.
	 */
	steadyStateMonth: number;
	/** Cash increment of a settled month (full caseload, insurance cash = insurance revenue). USD/month. */
	steadyStateMonthlyIncrementUsd: number;
	/** steadyStateMonthlyIncrementUsd × 12. USD/year. Independent of the horizon. */
	steadyStateAnnualIncrementUsd: number;
	/**
	 * With-medical net income per hands-on hour in a settled month: (all revenue − all monthly
	 * costs, baseline costs included) ÷ (hands-on hours per week × weeks per month). null if 0 hours
	 * (or a vanishingly small number of hours that makes the ratio overflow).
	 */
	effectiveHourlyUsd: number | null;
	/** The same for the baseline practice: baseline net ÷ baseline hands-on hours per month; null likewise. */
	baselineEffectiveHourlyUsd: number | null;
	/**
	 * First month in which the insurance cash received equals that month's insurance revenue at
	 * steady state, i.e. ramp-up and payment lag have both passed: M₀ + ⌈daysToPayment / 30.4375⌉
	 * (= steadyStateMonth). null when there is no insurance revenue. May exceed horizonMonths.
	 */
	monthsUntilInsuranceCashCatchesUp: number | null;
}

/**
 * Everything the monthly loop needs, derived once per scenario, plus scratch fields that
 * {@link accrueMonth} overwrites. A plain mutable object reused across Monte Carlo paths so the
 * fast path allocates nothing per path or month.
 * @internal
 */
export interface ModelState {
	horizonMonths: number;
	weeksPerMonth: number;
	relaxationBasePerWeek: number;
	relaxationSessionMinutes: number;
	medicalSessionMinutes: number;
	handsOnHoursPerWeekCap: number;
	baselineHoursPerWeek: number;
	medicalCapPerWeek: number;
	medicalSteadyPerWeek: number;
	rampUpMonths: number;
	relaxationPriceUsd: number;
	tipsShare: number;
	medicalCashPriceUsd: number;
	insuranceShare: number;
	billableUnitsPerSession: number;
	insuranceRevenuePerSessionUsd: number;
	reworkCostPerInsuranceSessionUsd: number;
	billingCostPerClaimUsd: number;
	billingCostShare: number;
	lagMonths: number;
	lagWholeMonths: number;
	lagFraction: number;
	currentMonthlyCostsUsd: number;
	ceMonthlyUsd: number;
	liabilityInsuranceChangeMonthlyUsd: number;
	marketingMonthlyUsd: number;
	billingSoftwareMonthlyUsd: number;
	fixedCostsMonthlyUsd: number;
	baselineRelaxationSessions: number;
	baselineRevenueUsd: number;
	baselineNetUsd: number;
	oneTimeCostsUsd: number;
	// scratch, written by accrueMonth
	medicalUncappedPerWeek: number;
	medicalPerWeek: number;
	relaxationPerWeek: number;
	capBinds: boolean;
	relaxationSessions: number;
	medicalSessions: number;
	cashMedicalSessions: number;
	insuranceSessions: number;
	relaxationRevenueUsd: number;
	tipsRevenueUsd: number;
	medicalCashRevenueUsd: number;
	insuranceRevenueUsd: number;
	billingPerClaimCostUsd: number;
	reworkCostUsd: number;
}

/**
 * A zeroed {@link ModelState} for {@link deriveModel} to fill (no formula, no units, no constants).
 *
 * Worked example: `deriveModel(inputs, createModelState())` — create once, reuse for every path.
 * @internal
 */
export function createModelState(): ModelState {
	return {
		horizonMonths: 0,
		weeksPerMonth: 0,
		relaxationBasePerWeek: 0,
		relaxationSessionMinutes: 0,
		medicalSessionMinutes: 0,
		handsOnHoursPerWeekCap: 0,
		baselineHoursPerWeek: 0,
		medicalCapPerWeek: 0,
		medicalSteadyPerWeek: 0,
		rampUpMonths: 0,
		relaxationPriceUsd: 0,
		tipsShare: 0,
		medicalCashPriceUsd: 0,
		insuranceShare: 0,
		billableUnitsPerSession: 0,
		insuranceRevenuePerSessionUsd: 0,
		reworkCostPerInsuranceSessionUsd: 0,
		billingCostPerClaimUsd: 0,
		billingCostShare: 0,
		lagMonths: 0,
		lagWholeMonths: 0,
		lagFraction: 0,
		currentMonthlyCostsUsd: 0,
		ceMonthlyUsd: 0,
		liabilityInsuranceChangeMonthlyUsd: 0,
		marketingMonthlyUsd: 0,
		billingSoftwareMonthlyUsd: 0,
		fixedCostsMonthlyUsd: 0,
		baselineRelaxationSessions: 0,
		baselineRevenueUsd: 0,
		baselineNetUsd: 0,
		oneTimeCostsUsd: 0,
		medicalUncappedPerWeek: 0,
		medicalPerWeek: 0,
		relaxationPerWeek: 0,
		capBinds: false,
		relaxationSessions: 0,
		medicalSessions: 0,
		cashMedicalSessions: 0,
		insuranceSessions: 0,
		relaxationRevenueUsd: 0,
		tipsRevenueUsd: 0,
		medicalCashRevenueUsd: 0,
		insuranceRevenueUsd: 0,
		billingPerClaimCostUsd: 0,
		reworkCostUsd: 0
	};
}

/**
 * Fills `state` with the per-scenario quantities of already-validated inputs (no validation here).
 *
 * Formulas: weeks per month = weeksWorkedPerYear / 12; per insurance session, revenue (USD) =
 * billableUnits(minutes) × allowedPerUnitUsd × ((1 − denialRate) + denialRate × reworkShare)
 * and rework cost (USD) = denialRate × reworkShare × reworkCostUsdPerClaim; lag (months) =
 * daysToPayment / 30.4375 ({@link DAYS_PER_MONTH}) = whole + fraction; baseline net (USD/month)
 * = sessions × price × (1 + tipsShare) − currentMonthlyCostsUsd.
 *
 * Worked example: 60-minute sessions, $30/unit, 10 % denials, half reworked →
 * 4 × 30 × 0.95 = $114 per insurance session; 45 days → lag 1.478… = 1 + 0.478… months.
 * @internal
 */
export function deriveModel(inputs: IncomeInputs, state: ModelState): ModelState {
	const s = state;
	s.horizonMonths = inputs.horizonMonths;
	s.weeksPerMonth = inputs.weeksWorkedPerYear / 12;
	s.relaxationBasePerWeek = inputs.relaxationSessionsPerWeek;
	s.relaxationSessionMinutes = inputs.relaxationSessionMinutes;
	s.medicalSessionMinutes = inputs.medicalSessionMinutes;
	s.handsOnHoursPerWeekCap = inputs.handsOnHoursPerWeekCap;
	s.baselineHoursPerWeek = handsOnHours(
		inputs.relaxationSessionsPerWeek,
		inputs.relaxationSessionMinutes
	);
	s.medicalCapPerWeek = (inputs.handsOnHoursPerWeekCap * 60) / inputs.medicalSessionMinutes;
	s.medicalSteadyPerWeek = inputs.medicalSessionsPerWeek;
	s.rampUpMonths = inputs.rampUpMonths;
	s.relaxationPriceUsd = inputs.relaxationPriceUsd;
	s.tipsShare = inputs.tipsShare;
	s.medicalCashPriceUsd = inputs.medicalCashPriceUsd;
	s.insuranceShare = inputs.insuranceShare;
	s.billableUnitsPerSession = billableUnits(inputs.medicalSessionMinutes);
	const paidShare = 1 - inputs.denialRate + inputs.denialRate * inputs.reworkShare;
	s.insuranceRevenuePerSessionUsd =
		s.billableUnitsPerSession * inputs.allowedPerUnitUsd * paidShare;
	s.reworkCostPerInsuranceSessionUsd =
		inputs.denialRate * inputs.reworkShare * inputs.reworkCostUsdPerClaim;
	s.billingCostPerClaimUsd = inputs.billingCostPerClaimUsd;
	s.billingCostShare = inputs.billingCostShare;
	s.lagMonths = inputs.daysToPayment / DAYS_PER_MONTH;
	s.lagWholeMonths = Math.floor(s.lagMonths);
	s.lagFraction = s.lagMonths - s.lagWholeMonths;
	s.currentMonthlyCostsUsd = inputs.currentMonthlyCostsUsd;
	s.ceMonthlyUsd = inputs.ceMonthlyUsd;
	s.liabilityInsuranceChangeMonthlyUsd = inputs.liabilityInsuranceChangeMonthlyUsd;
	s.marketingMonthlyUsd = inputs.marketingMonthlyUsd;
	s.billingSoftwareMonthlyUsd = inputs.billingSoftwareMonthlyUsd;
	s.fixedCostsMonthlyUsd =
		inputs.currentMonthlyCostsUsd +
		inputs.ceMonthlyUsd +
		inputs.liabilityInsuranceChangeMonthlyUsd +
		inputs.marketingMonthlyUsd +
		inputs.billingSoftwareMonthlyUsd;
	s.baselineRelaxationSessions = inputs.relaxationSessionsPerWeek * s.weeksPerMonth;
	const baselineRelaxationRevenueUsd = s.baselineRelaxationSessions * inputs.relaxationPriceUsd;
	s.baselineRevenueUsd =
		baselineRelaxationRevenueUsd + baselineRelaxationRevenueUsd * inputs.tipsShare;
	s.baselineNetUsd = s.baselineRevenueUsd - inputs.currentMonthlyCostsUsd;
	s.oneTimeCostsUsd =
		inputs.programCostUsd +
		inputs.equipmentUsd +
		inputs.credentialingUsd +
		inputs.launchMarketingUsd;
	return s;
}

/** Ramp-up factor of month m: 1 once m ≥ rampUpMonths (always when rampUpMonths = 0), else m / rampUpMonths. */
function rampFactor(rampUpMonths: number, month: number): number {
	return month >= rampUpMonths ? 1 : month / rampUpMonths;
}

/**
 * Sessions and accrual-basis money of one month at a given ramp factor (0…1], written into the
 * scratch fields of `s` (sessions per week and per month, USD per month).
 *
 * Capacity: if baseline relaxation hours + medical hours (sessions × minutes / 60) ≤ cap,
 * nothing changes; otherwise medical sessions are first limited to cap × 60 /
 * medicalSessionMinutes and relaxation sessions are reduced to fill only the hours left:
 * min(baseline, (cap − medical hours) × 60 / relaxationSessionMinutes).
 *
 * Worked example: 20 relaxation h/week, cap 25 h, 10 medical sessions of 60 min → 30 h > 25 h →
 * relaxation (25 − 10) × 60 / 60 = 15 sessions/week, 5/week displaced.
 * @internal
 */
export function accrueMonth(s: ModelState, ramp: number): void {
	const uncapped = s.medicalSteadyPerWeek * ramp;
	s.medicalUncappedPerWeek = uncapped;
	if (
		s.baselineHoursPerWeek + handsOnHours(uncapped, s.medicalSessionMinutes) <=
		s.handsOnHoursPerWeekCap
	) {
		s.capBinds = false;
		s.medicalPerWeek = uncapped;
		s.relaxationPerWeek = s.relaxationBasePerWeek;
	} else {
		s.capBinds = true;
		const medical = Math.min(uncapped, s.medicalCapPerWeek);
		const hoursLeft = s.handsOnHoursPerWeekCap - handsOnHours(medical, s.medicalSessionMinutes);
		s.medicalPerWeek = medical;
		s.relaxationPerWeek = Math.min(
			s.relaxationBasePerWeek,
			Math.max(0, (hoursLeft * 60) / s.relaxationSessionMinutes)
		);
	}
	s.relaxationSessions = s.relaxationPerWeek * s.weeksPerMonth;
	s.medicalSessions = s.medicalPerWeek * s.weeksPerMonth;
	s.cashMedicalSessions = s.medicalSessions * (1 - s.insuranceShare);
	s.insuranceSessions = s.medicalSessions * s.insuranceShare;
	s.relaxationRevenueUsd = s.relaxationSessions * s.relaxationPriceUsd;
	s.tipsRevenueUsd = s.relaxationRevenueUsd * s.tipsShare;
	s.medicalCashRevenueUsd = s.cashMedicalSessions * s.medicalCashPriceUsd;
	s.insuranceRevenueUsd = s.insuranceSessions * s.insuranceRevenuePerSessionUsd;
	s.billingPerClaimCostUsd = s.insuranceSessions * s.billingCostPerClaimUsd;
	s.reworkCostUsd = s.insuranceSessions * s.reworkCostPerInsuranceSessionUsd;
}

/**
 * With-medical net cash (USD/month) of the month last accrued by {@link accrueMonth}:
 * relaxation + tips + medical cash + insurance cash − fixed costs − per-claim fees − rework −
 * insurance cash × billingCostShare.
 *
 * Worked example (scenario B, month 2): 4000 + 400 + 1200 + 1140 − 1175 − 20 − 5 − 57 = 5483.
 * @internal
 */
export function withMedicalNetCash(s: ModelState, insuranceCashUsd: number): number {
	return (
		s.relaxationRevenueUsd +
		s.tipsRevenueUsd +
		s.medicalCashRevenueUsd +
		insuranceCashUsd -
		s.fixedCostsMonthlyUsd -
		s.billingPerClaimCostUsd -
		s.reworkCostUsd -
		insuranceCashUsd * s.billingCostShare
	);
}

/**
 * The monthly loop — the one implementation of the model. Writes the incremental cash flows
 * (USD; t = 0 … H) into `cashFlows`; when `rows` is given also pushes one {@link MonthRow} per
 * month. `insuranceRevenueByMonth` is scratch of length ≥ H + 1 (index = month).
 *
 * Formulas: see {@link projectIncome}; insurance cash of month m = (1 − f) × revenue(m − k) +
 * f × revenue(m − k − 1) with lag k + f months; increment = with-medical net − baseline net.
 *
 * Worked example: scenario A writes [−4000, 2225, 2225, …] into a Float64Array(13).
 * @internal
 */
export function runModel(
	s: ModelState,
	cashFlows: Float64Array | number[],
	insuranceRevenueByMonth: Float64Array,
	rows: MonthRow[] | null
): void {
	const horizon = s.horizonMonths;
	const k = s.lagWholeMonths;
	const f = s.lagFraction;
	const oneTime = -s.oneTimeCostsUsd;
	cashFlows[0] = oneTime;
	let cumulative = oneTime;
	insuranceRevenueByMonth[0] = 0;
	for (let m = 1; m <= horizon; m++) {
		accrueMonth(s, rampFactor(s.rampUpMonths, m));
		insuranceRevenueByMonth[m] = s.insuranceRevenueUsd;
		const a = m - k;
		const b = a - 1;
		const insuranceCash =
			(a >= 1 ? (1 - f) * (insuranceRevenueByMonth[a] as number) : 0) +
			(b >= 1 ? f * (insuranceRevenueByMonth[b] as number) : 0);
		const withMedicalNet = withMedicalNetCash(s, insuranceCash);
		const increment = withMedicalNet - s.baselineNetUsd;
		cashFlows[m] = increment;
		cumulative += increment;
		if (rows !== null) {
			const billingCollectionsCostUsd = insuranceCash * s.billingCostShare;
			rows.push({
				month: m,
				baselineRelaxationSessions: s.baselineRelaxationSessions,
				relaxationSessions: s.relaxationSessions,
				medicalSessions: s.medicalSessions,
				cashMedicalSessions: s.cashMedicalSessions,
				insuranceSessions: s.insuranceSessions,
				handsOnHoursPerWeek:
					handsOnHours(s.relaxationPerWeek, s.relaxationSessionMinutes) +
					handsOnHours(s.medicalPerWeek, s.medicalSessionMinutes),
				capBinds: s.capBinds,
				displacedRelaxationSessions: s.baselineRelaxationSessions - s.relaxationSessions,
				baselineRevenueUsd: s.baselineRevenueUsd,
				relaxationRevenueUsd: s.relaxationRevenueUsd,
				tipsRevenueUsd: s.tipsRevenueUsd,
				medicalCashRevenueUsd: s.medicalCashRevenueUsd,
				insuranceRevenueUsd: s.insuranceRevenueUsd,
				totalRevenueUsd:
					s.relaxationRevenueUsd +
					s.tipsRevenueUsd +
					s.medicalCashRevenueUsd +
					s.insuranceRevenueUsd,
				insuranceCashReceivedUsd: insuranceCash,
				baselineCostsUsd: s.currentMonthlyCostsUsd,
				ceCostUsd: s.ceMonthlyUsd,
				liabilityInsuranceCostUsd: s.liabilityInsuranceChangeMonthlyUsd,
				marketingCostUsd: s.marketingMonthlyUsd,
				billingSoftwareCostUsd: s.billingSoftwareMonthlyUsd,
				billingPerClaimCostUsd: s.billingPerClaimCostUsd,
				billingCollectionsCostUsd,
				reworkCostUsd: s.reworkCostUsd,
				totalCostsUsd:
					s.fixedCostsMonthlyUsd +
					s.billingPerClaimCostUsd +
					s.reworkCostUsd +
					billingCollectionsCostUsd,
				baselineNetUsd: s.baselineNetUsd,
				withMedicalNetUsd: withMedicalNet,
				netIncrementUsd: increment,
				cumulativeCashUsd: cumulative
			});
		}
	}
}

/**
 * Steady-state (settled-month) figures of a derived scenario; leaves the scratch at the steady
 * state. M₀ = first month whose ramped, capped medical sessions/week equal the full-ramp value;
 * steadyStateMonth = M₀ + ⌈lag months⌉ when there is insurance revenue, else M₀. The settled
 * increment (USD/month) uses full ramp and insurance cash = insurance revenue.
 *
 * Worked example: ramp 5 months, lag 50 days (1.64 months → 2) → steadyStateMonth 7.
 * @internal
 */
export function steadyState(s: ModelState): {
	steadyStateMonth: number;
	monthlyIncrementUsd: number;
	withMedicalNetUsd: number;
	handsOnHoursPerMonth: number;
	hasInsuranceRevenue: boolean;
} {
	// M₀: first month whose (ramped, capped) medical sessions equal the steady-state ones.
	accrueMonth(s, 1);
	const steadyMedical = s.medicalPerWeek;
	let firstFullMonth = 1;
	while (firstFullMonth < s.rampUpMonths) {
		accrueMonth(s, rampFactor(s.rampUpMonths, firstFullMonth));
		if (s.medicalPerWeek === steadyMedical) break;
		firstFullMonth++;
	}
	accrueMonth(s, 1);
	const hasInsuranceRevenue = s.insuranceRevenueUsd > 0;
	const withMedicalNetUsd = withMedicalNetCash(s, s.insuranceRevenueUsd);
	return {
		steadyStateMonth: firstFullMonth + (hasInsuranceRevenue ? Math.ceil(s.lagMonths) : 0),
		monthlyIncrementUsd: withMedicalNetUsd - s.baselineNetUsd,
		withMedicalNetUsd,
		handsOnHoursPerMonth:
			(handsOnHours(s.relaxationPerWeek, s.relaxationSessionMinutes) +
				handsOnHours(s.medicalPerWeek, s.medicalSessionMinutes)) *
			s.weeksPerMonth,
		hasInsuranceRevenue
	};
}

/** usd ÷ hours, or null when there are no hours (or so few, e.g. 1e-320, that the ratio overflows). */
function perHour(usd: number, hours: number): number | null {
	if (!(hours > 0)) return null;
	const rate = usd / hours;
	return Number.isFinite(rate) ? rate : null;
}

/**
 * Projects the current practice and the practice with medical massage month by month and
 * summarises the incremental cash flows.
 *
 * Formulas (per month m = 1…H; w = weeksWorkedPerYear / 12 worked weeks per month):
 * - Medical sessions/week = medicalSessionsPerWeek × min(1, m / rampUpMonths) (1 when
 *   rampUpMonths = 0), then the capacity rule: if relaxation hours + medical hours
 *   (sessions × minutes / 60) exceed handsOnHoursPerWeekCap, medical sessions are limited to the
 *   cap and relaxation sessions shrink to fill only the hours left (displaced sessions).
 * - Sessions/month = sessions/week × w; cash vs. insurance split by insuranceShare.
 * - Revenue (recognised in the month of service): relaxation = sessions × price; tips =
 *   relaxation revenue × tipsShare; medical cash = cash sessions × medicalCashPriceUsd;
 *   insurance = insurance sessions × billableUnits(medicalSessionMinutes) × allowedPerUnitUsd ×
 *   ((1 − denialRate) + denialRate × reworkShare).
 * - Insurance cash: with lag L = daysToPayment / 30.4375 = k + f (whole + fraction) months,
 *   cash received in m = (1 − f) × insurance revenue of m − k + f × that of m − k − 1. The lag
 *   moves cash, not revenue; cash still owed after month H is not counted.
 * - Costs: current fixed costs + CE + liability change + marketing + billing software (each
 *   month), insurance sessions × billingCostPerClaimUsd, insurance sessions × denialRate ×
 *   reworkShare × reworkCostUsdPerClaim, insurance cash received × billingCostShare.
 * - Net (cash basis): baseline = baseline revenue − currentMonthlyCostsUsd; with medical =
 *   relaxation + tips + medical cash + insurance cash − costs; increment = with − baseline.
 * - cashFlows = [−one-time costs, increment₁ … increment_H]; npv at (1 + annual)^(1/12) − 1;
 *   irr and payback from {@link irr} / {@link paybackPeriod}.
 *
 * Constants: 60 minutes/hour, 12 months/year, 30.4375 days/month ({@link DAYS_PER_MONTH});
 * everything that comes from data (allowed amount, prices…) is an input.
 *
 * Worked example (12 months, no ramp, no lag, all cash): 10 relaxation sessions/week at $100 +
 * 10 % tips, 48 weeks/year (4 weeks/month), $1000 fixed costs → baseline net 4000 + 400 − 1000 =
 * $3400/month. Add 5 medical sessions/week (60 min, cap 30 h not binding) at $120 cash with
 * $175/month extra costs → with-medical net 4000 + 400 + 2400 − 1175 = $5625; increment $2225;
 * one-time costs $4000 → cashFlows = [−4000, 2225 × 12], payback 1 + 1775/2225 ≈ 1.798 months.
 *
 * @throws RangeError naming the field for impossible inputs (see {@link validateIncomeInputs}).
 */
export function projectIncome(inputs: IncomeInputs): Projection {
	validateIncomeInputs(inputs);
	const s = deriveModel(inputs, createModelState());
	const horizon = s.horizonMonths;
	const cashFlows: number[] = new Array<number>(horizon + 1).fill(0);
	const months: MonthRow[] = [];
	runModel(s, cashFlows, new Float64Array(horizon + 1), months);

	const cumulativeCashUsd: number[] = [cashFlows[0] as number];
	for (const row of months) cumulativeCashUsd.push(row.cumulativeCashUsd);

	const discountRateMonthly = monthlyRateFromAnnual(inputs.discountRateAnnual);
	const irrMonthly = irr(cashFlows);
	const steady = steadyState(s);
	return {
		months,
		cashFlows,
		cumulativeCashUsd,
		oneTimeCostsUsd: s.oneTimeCostsUsd,
		discountRateMonthly,
		paybackMonths: paybackUnchecked(cashFlows),
		npvUsd: npvUnchecked(discountRateMonthly, cashFlows),
		irrMonthly,
		irrAnnual: irrMonthly === null ? null : annualRateFromMonthly(irrMonthly),
		insuranceLagMonths: s.lagMonths,
		billableUnitsPerSession: s.billableUnitsPerSession,
		steadyStateMonth: steady.steadyStateMonth,
		steadyStateMonthlyIncrementUsd: steady.monthlyIncrementUsd,
		steadyStateAnnualIncrementUsd: steady.monthlyIncrementUsd * 12,
		effectiveHourlyUsd: perHour(steady.withMedicalNetUsd, steady.handsOnHoursPerMonth),
		baselineEffectiveHourlyUsd: perHour(s.baselineNetUsd, s.baselineHoursPerWeek * s.weeksPerMonth),
		monthsUntilInsuranceCashCatchesUp: steady.hasInsuranceRevenue ? steady.steadyStateMonth : null
	};
}
