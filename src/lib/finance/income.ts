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
import { limitProblem, type FieldLimit } from './limits';
import {
	DAYS_PER_MONTH,
	lagSplit,
	PAYER_FIELD_LIMITS,
	PAYER_LINES,
	payerField,
	revenuePerClaim,
	validatePayerShares,
	type PayerFields
} from './payers';
import {
	annualRateFromMonthly,
	irr,
	monthlyRateFromAnnual,
	npvUnchecked,
	paybackPeriod
} from './cashflow';

/** Default projection horizon in months (3 years). */
export const DEFAULT_HORIZON_MONTHS = 36;

export { DAYS_PER_MONTH };

/**
 * Every input of the income model. Flat and JSON/URL-serialisable: numbers only.
 * Valid ranges are in {@link INCOME_INPUT_LIMITS}; rates and shares are fractions (0.05), never
 * percents. The payer lines (`pipShare`, `wcAllowedUsd`, …) are described in {@link PayerFields}:
 * each line's share of medical sessions is billed to that payer at its allowed amount, denial
 * rate, payment lag and billing fee; the sessions no line takes are self-pay at
 * `medicalCashPriceUsd`.
 */
export interface IncomeInputs extends PayerFields {
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
	/** Fraction of denied claims that are reworked and then paid in full (all payers). Fraction, 0–1. */
	reworkShare: number;
	/** Cost to rework one denied claim (staff time or biller fee). USD/reworked claim, 0–10 000. */
	reworkCostUsdPerClaim: number;
	/** Fee per insurance claim submitted (one claim per insured session). USD/claim, 0–10 000. */
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

	// ── After tax and per hour: not used by the cash flows, only by take-home and per-hour figures ──
	/** Tax year whose published figures turn profit into take-home pay. A year, an integer 2000–2100. */
	taxYear: number;
	/** Filing status: 1 = married filing jointly, 0 = single. An integer 0–1. */
	marriedJoint: number;
	/** Take the qualified business income deduction: 1 = yes, 0 = no. An integer 0–1. */
	qbiDeduction: number;
	/** Other taxable income of the household (a spouse's wages…), taxed before the practice. USD/year, 0–100 000 000. */
	otherTaxableIncomeUsd: number;
	/** State and local income tax, a flat share of the practice's income after half the SE tax. Fraction, 0–1. */
	stateIncomeTaxRate: number;
	/** Unpaid working hours a week besides hands-on time (notes, billing, laundry, marketing). Hours/week, 0–168. */
	adminHoursPerWeek: number;
}

/**
 * Valid range of every {@link IncomeInputs} field (inclusive). The UI can build sliders from
 * it; {@link validateIncomeInputs} enforces it. The bounds are plausibility limits chosen for
 * this app (e.g. 168 = hours in a week, 365 = days in a year), not data.
 */
export const INCOME_INPUT_LIMITS: Readonly<Record<keyof IncomeInputs, FieldLimit>> = {
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
	...PAYER_FIELD_LIMITS,
	reworkShare: { min: 0, max: 1 },
	reworkCostUsdPerClaim: { min: 0, max: 10_000 },
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
	discountRateAnnual: { min: 0, max: 1 },
	taxYear: { min: 2000, max: 2100, integer: true },
	marriedJoint: { min: 0, max: 1, integer: true },
	qbiDeduction: { min: 0, max: 1, integer: true },
	otherTaxableIncomeUsd: { min: 0, max: 100_000_000 },
	stateIncomeTaxRate: { min: 0, max: 1 },
	adminHoursPerWeek: { min: 0, max: 168 }
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
 * Worked example: `assertFieldInRange('wcShare', 1.2)` throws
 * `RangeError('wcShare must be 0–1')`.
 *
 * @param label optional prefix for the message (e.g. `ranges.wcDenialRate.high: `).
 * @throws RangeError `<field> must be <min>–<max>` (or `must be an integer <min>–<max>`).
 */
export function assertFieldInRange(field: keyof IncomeInputs, value: unknown, label = ''): void {
	const problem = limitProblem(field, INCOME_INPUT_LIMITS[field], value);
	if (problem) throw new RangeError(`${label}${problem}`);
}

/**
 * Rejects impossible income inputs.
 *
 * Rules: every field of {@link IncomeInputs} lies in {@link INCOME_INPUT_LIMITS}; the payer
 * shares add up to at most 1 ({@link validatePayerShares}); in addition the current relaxation hours, relaxationSessionsPerWeek × relaxationSessionMinutes / 60, must
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
	validatePayerShares(inputs);
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
	/** Medical sessions paid by the client: medicalSessions × (1 − the payer shares). */
	cashMedicalSessions: number;
	/** Medical sessions billed to a payer: medicalSessions × the payer shares (one claim each). */
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
	 * Payer revenue recognised in the month of service, all lines: per line, sessions × the line's
	 * revenue per claim ({@link revenuePerClaim}: allowed × units or per visit × paid share).
	 */
	insuranceRevenueUsd: number;
	/** The same, per payer line in {@link PAYER_LINES} order. */
	payerRevenueUsd: number[];
	/** Total with-medical revenue recognised this month (the four sources above). */
	totalRevenueUsd: number;
	/** Payer cash actually received this month (each line's revenue of earlier months, shifted by its lag). */
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
	/** Σ over lines of the line's cash received × its billing-service fee (paid when collected). */
	billingCollectionsCostUsd: number;
	/** Σ over lines of sessions × denial rate × reworkShare × reworkCostUsdPerClaim. */
	reworkCostUsd: number;
	/** All with-medical costs this month (baseline costs included). */
	totalCostsUsd: number;
	/** Baseline net cash: baselineRevenueUsd − currentMonthlyCostsUsd. */
	baselineNetUsd: number;
	/** With-medical net cash: relaxation + tips + medical cash + payer cash received − totalCostsUsd. */
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
	/** Longest payment lag of a line with payer revenue, in months (days ÷ 30.4375); 0 without payers. */
	insuranceLagMonths: number;
	/** billableUnits(medicalSessionMinutes): units billed per insured session (per-unit lines). */
	billableUnitsPerSession: number;
	/**
	 * First month from which every month is identical ("settled"): M₀ + ⌈longest lag⌉ if there is
	 * payer revenue, else M₀, where M₀ is the first month whose medical sessions equal the
	 * steady-state (post-ramp, post-cap) sessions. May exceed horizonMonths.
	 */
	steadyStateMonth: number;
	/** Cash increment of a settled month (full caseload, payer cash = payer revenue). USD/month. */
	steadyStateMonthlyIncrementUsd: number;
	/** steadyStateMonthlyIncrementUsd × 12. USD/year. Independent of the horizon. */
	steadyStateAnnualIncrementUsd: number;
	/** With-medical net cash of a settled month (all revenue − all costs, baseline costs included). USD/month. */
	steadyStateWithMedicalNetUsd: number;
	/** Baseline net cash per month (the practice as it is). USD/month. */
	baselineNetMonthlyUsd: number;
	/** Hands-on hours per month of the with-medical practice in a settled month. */
	steadyStateHandsOnHoursPerMonth: number;
	/** Hands-on hours per month of the baseline practice. */
	baselineHandsOnHoursPerMonth: number;
	/**
	 * With-medical net income per hands-on hour in a settled month: (all revenue − all monthly
	 * costs, baseline costs included) ÷ (hands-on hours per week × weeks per month). null if 0 hours
	 * (or a vanishingly small number of hours that makes the ratio overflow).
	 */
	effectiveHourlyUsd: number | null;
	/** The same for the baseline practice: baseline net ÷ baseline hands-on hours per month; null likewise. */
	baselineEffectiveHourlyUsd: number | null;
	/**
	 * First month in which the payer cash received equals that month's payer revenue at steady
	 * state, i.e. ramp-up and every line's payment lag have passed (= steadyStateMonth). null when
	 * there is no payer revenue. May exceed horizonMonths.
	 */
	monthsUntilInsuranceCashCatchesUp: number | null;
}

/** Number of payer lines (fixed). */
const LINES = PAYER_LINES.length;

/**
 * Everything the monthly loop needs, derived once per scenario, plus scratch fields that
 * {@link accrueMonth} overwrites. A plain mutable object reused across Monte Carlo paths so the
 * fast path allocates nothing per path or month. Per-line numbers are typed arrays indexed in
 * {@link PAYER_LINES} order.
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
	/** Σ of the line shares. */
	insuredShare: number;
	billableUnitsPerSession: number;
	lineShare: Float64Array;
	lineRevenuePerSessionUsd: Float64Array;
	lineReworkPerSessionUsd: Float64Array;
	lineBillingCostShare: Float64Array;
	lineLagMonths: Float64Array;
	lineLagWhole: Float64Array;
	lineLagFraction: Float64Array;
	billingCostPerClaimUsd: number;
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
	/** This month's revenue per line. */
	lineRevenueUsd: Float64Array;
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
		insuredShare: 0,
		billableUnitsPerSession: 0,
		lineShare: new Float64Array(LINES),
		lineRevenuePerSessionUsd: new Float64Array(LINES),
		lineReworkPerSessionUsd: new Float64Array(LINES),
		lineBillingCostShare: new Float64Array(LINES),
		lineLagMonths: new Float64Array(LINES),
		lineLagWhole: new Float64Array(LINES),
		lineLagFraction: new Float64Array(LINES),
		billingCostPerClaimUsd: 0,
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
		lineRevenueUsd: new Float64Array(LINES),
		insuranceRevenueUsd: 0,
		billingPerClaimCostUsd: 0,
		reworkCostUsd: 0
	};
}

/**
 * Fills `state` with the per-scenario quantities of already-validated inputs (no validation here).
 *
 * Formulas: weeks per month = weeksWorkedPerYear / 12; per line, revenue per insured session
 * (USD) = {@link revenuePerClaim}(allowed, per visit?, billableUnits(minutes), denial rate,
 * reworkShare) and rework cost (USD) = denial rate × reworkShare × reworkCostUsdPerClaim; lag
 * (months) = days / 30.4375 ({@link lagSplit}) = whole + fraction; baseline net (USD/month) =
 * sessions × price × (1 + tipsShare) − currentMonthlyCostsUsd.
 *
 * Worked example: 60-minute sessions, a line at $30/unit, 10 % denials, half reworked →
 * 4 × 30 × 0.95 = $114 per insured session; 45 days → lag 1.478… = 1 + 0.478… months.
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
	s.billableUnitsPerSession = billableUnits(inputs.medicalSessionMinutes);
	let insured = 0;
	for (let l = 0; l < LINES; l++) {
		const line = PAYER_LINES[l]!;
		const share = inputs[payerField(line, 'Share')];
		const denial = inputs[payerField(line, 'DenialRate')];
		const lag = lagSplit(inputs[payerField(line, 'DaysToPayment')]);
		insured += share;
		s.lineShare[l] = share;
		s.lineRevenuePerSessionUsd[l] = revenuePerClaim(
			inputs[payerField(line, 'AllowedUsd')],
			inputs[payerField(line, 'PerVisit')],
			s.billableUnitsPerSession,
			denial,
			inputs.reworkShare
		);
		s.lineReworkPerSessionUsd[l] = denial * inputs.reworkShare * inputs.reworkCostUsdPerClaim;
		s.lineBillingCostShare[l] = inputs[payerField(line, 'BillingCostShare')];
		s.lineLagMonths[l] = lag.months;
		s.lineLagWhole[l] = lag.whole;
		s.lineLagFraction[l] = lag.fraction;
	}
	// Shares that add up to 1 + ε (floating-point slack) leave no self-pay sessions, never fewer.
	s.insuredShare = Math.min(1, insured);
	s.billingCostPerClaimUsd = inputs.billingCostPerClaimUsd;
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

/**
 * Ramp-up factor of month m: 1 once m ≥ rampUpMonths (always when rampUpMonths = 0), else
 * m / rampUpMonths. The one ramp rule of the app (the programs page uses it too).
 *
 * Worked example: rampFactor(6, 3) = 0.5; rampFactor(6, 6) = 1; rampFactor(0, 1) = 1.
 */
export function rampFactor(rampUpMonths: number, month: number): number {
	return month >= rampUpMonths ? 1 : month / rampUpMonths;
}

/**
 * Cash flows of a one-time cost and a monthly gain that builds up under the model's ramp rule:
 * [−upfrontUsd, G × rampFactor(R, 1), …, G × rampFactor(R, months)]. With no per-session costs,
 * fixed costs or payment lag, this is exactly what {@link projectIncome} gives for a practice
 * whose medical work adds G a month once settled, so payback on these flows is the income page's.
 *
 * Worked example: $3,000 up front, $600 a month once settled, a 3-month ramp-up →
 * [−3000, 200, 400, 600, 600, …]; payback after 3 months is −1800, so 3 + 1800 ÷ 600 = 6 months.
 *
 * @throws RangeError for a negative or non-finite amount, a ramp outside 0–120 months or a
 * month count that is not a whole number 1–1200.
 */
export function rampedGainFlows(
	upfrontUsd: number,
	steadyMonthlyGainUsd: number,
	rampUpMonths: number,
	months: number
): number[] {
	for (const [name, v] of [
		['upfrontUsd', upfrontUsd],
		['steadyMonthlyGainUsd', steadyMonthlyGainUsd]
	] as const)
		if (!(v >= 0) || !Number.isFinite(v))
			throw new RangeError(`${name} must be a finite number ≥ 0`);
	assertFieldInRange('rampUpMonths', rampUpMonths);
	if (!Number.isInteger(months) || months < 1 || months > 1200)
		throw new RangeError('months must be a whole number 1–1200');
	const flows = [-upfrontUsd];
	for (let m = 1; m <= months; m++) flows.push(steadyMonthlyGainUsd * rampFactor(rampUpMonths, m));
	return flows;
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
	s.cashMedicalSessions = s.medicalSessions * (1 - s.insuredShare);
	s.insuranceSessions = s.medicalSessions * s.insuredShare;
	s.relaxationRevenueUsd = s.relaxationSessions * s.relaxationPriceUsd;
	s.tipsRevenueUsd = s.relaxationRevenueUsd * s.tipsShare;
	s.medicalCashRevenueUsd = s.cashMedicalSessions * s.medicalCashPriceUsd;
	let revenue = 0;
	let rework = 0;
	for (let l = 0; l < LINES; l++) {
		const sessions = s.medicalSessions * (s.lineShare[l] as number);
		const r = sessions * (s.lineRevenuePerSessionUsd[l] as number);
		s.lineRevenueUsd[l] = r;
		revenue += r;
		rework += sessions * (s.lineReworkPerSessionUsd[l] as number);
	}
	s.insuranceRevenueUsd = revenue;
	s.billingPerClaimCostUsd = s.insuranceSessions * s.billingCostPerClaimUsd;
	s.reworkCostUsd = rework;
}

/**
 * With-medical net cash (USD/month) of the month last accrued by {@link accrueMonth}:
 * relaxation + tips + medical cash + payer cash − fixed costs − per-claim fees − rework −
 * billing-service fees on the payer cash.
 *
 * Worked example (scenario B, month 2): 4000 + 400 + 1200 + 1140 − 1175 − 20 − 5 − 57 = 5483.
 * @internal
 */
export function withMedicalNetCash(
	s: ModelState,
	insuranceCashUsd: number,
	collectionsCostUsd: number
): number {
	return (
		s.relaxationRevenueUsd +
		s.tipsRevenueUsd +
		s.medicalCashRevenueUsd +
		insuranceCashUsd -
		s.fixedCostsMonthlyUsd -
		s.billingPerClaimCostUsd -
		s.reworkCostUsd -
		collectionsCostUsd
	);
}

/**
 * The monthly loop — the one implementation of the model. Writes the incremental cash flows
 * (USD; t = 0 … H) into `cashFlows`; when `rows` is given also pushes one {@link MonthRow} per
 * month. `lineRevenueByMonth` is scratch of length ≥ lines × (H + 1) (index = line × (H + 1) +
 * month), see {@link scratchLength}.
 *
 * Formulas: see {@link projectIncome}; each line's cash in month m = (1 − f) × its revenue(m −
 * k) + f × its revenue(m − k − 1) with its lag k + f months; increment = with-medical net −
 * baseline net.
 *
 * Worked example: scenario A writes [−4000, 2225, 2225, …] into a Float64Array(13).
 * @internal
 */
export function runModel(
	s: ModelState,
	cashFlows: Float64Array | number[],
	lineRevenueByMonth: Float64Array,
	rows: MonthRow[] | null
): void {
	const horizon = s.horizonMonths;
	const stride = horizon + 1;
	const oneTime = -s.oneTimeCostsUsd;
	cashFlows[0] = oneTime;
	let cumulative = oneTime;
	for (let l = 0; l < LINES; l++) lineRevenueByMonth[l * stride] = 0;
	for (let m = 1; m <= horizon; m++) {
		accrueMonth(s, rampFactor(s.rampUpMonths, m));
		let insuranceCash = 0;
		let collections = 0;
		for (let l = 0; l < LINES; l++) {
			const base = l * stride;
			lineRevenueByMonth[base + m] = s.lineRevenueUsd[l] as number;
			const f = s.lineLagFraction[l] as number;
			const a = m - (s.lineLagWhole[l] as number);
			const cash =
				(a >= 1 ? (1 - f) * (lineRevenueByMonth[base + a] as number) : 0) +
				(a >= 2 ? f * (lineRevenueByMonth[base + a - 1] as number) : 0);
			insuranceCash += cash;
			collections += cash * (s.lineBillingCostShare[l] as number);
		}
		const withMedicalNet = withMedicalNetCash(s, insuranceCash, collections);
		const increment = withMedicalNet - s.baselineNetUsd;
		cashFlows[m] = increment;
		cumulative += increment;
		if (rows !== null) {
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
				payerRevenueUsd: Array.from(s.lineRevenueUsd),
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
				billingCollectionsCostUsd: collections,
				reworkCostUsd: s.reworkCostUsd,
				totalCostsUsd:
					s.fixedCostsMonthlyUsd + s.billingPerClaimCostUsd + s.reworkCostUsd + collections,
				baselineNetUsd: s.baselineNetUsd,
				withMedicalNetUsd: withMedicalNet,
				netIncrementUsd: increment,
				cumulativeCashUsd: cumulative
			});
		}
	}
}

/** Length of the scratch array {@link runModel} needs for a horizon: lines × (H + 1). */
export function scratchLength(horizonMonths: number): number {
	return LINES * (horizonMonths + 1);
}

/**
 * Steady-state (settled-month) figures of a derived scenario; leaves the scratch at the steady
 * state. M₀ = first month whose ramped, capped medical sessions/week equal the full-ramp value;
 * steadyStateMonth = M₀ + ⌈longest lag of a line with revenue⌉ (M₀ without payer revenue). The
 * settled increment (USD/month) uses full ramp and payer cash = payer revenue.
 *
 * Worked example: ramp 5 months, a line with lag 50 days (1.64 months → 2) → steadyStateMonth 7.
 * @internal
 */
export function steadyState(s: ModelState): {
	steadyStateMonth: number;
	monthlyIncrementUsd: number;
	withMedicalNetUsd: number;
	handsOnHoursPerMonth: number;
	hasInsuranceRevenue: boolean;
	longestLagMonths: number;
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
	let longestLag = 0;
	let collections = 0;
	for (let l = 0; l < LINES; l++) {
		const revenue = s.lineRevenueUsd[l] as number;
		if (revenue > 0) longestLag = Math.max(longestLag, s.lineLagMonths[l] as number);
		collections += revenue * (s.lineBillingCostShare[l] as number);
	}
	const hasInsuranceRevenue = s.insuranceRevenueUsd > 0;
	const withMedicalNetUsd = withMedicalNetCash(s, s.insuranceRevenueUsd, collections);
	return {
		steadyStateMonth: firstFullMonth + (hasInsuranceRevenue ? Math.ceil(longestLag) : 0),
		monthlyIncrementUsd: withMedicalNetUsd - s.baselineNetUsd,
		withMedicalNetUsd,
		handsOnHoursPerMonth:
			(handsOnHours(s.relaxationPerWeek, s.relaxationSessionMinutes) +
				handsOnHours(s.medicalPerWeek, s.medicalSessionMinutes)) *
			s.weeksPerMonth,
		hasInsuranceRevenue,
		longestLagMonths: longestLag
	};
}

/** usd ÷ hours, or null when there are no hours (or so few, e.g. 1e-320, that the ratio overflows). */
export function perHour(usd: number, hours: number): number | null {
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
 * - Sessions/month = sessions/week × w; each payer line takes its share, the rest is self-pay.
 * - Revenue (recognised in the month of service): relaxation = sessions × price; tips =
 *   relaxation revenue × tipsShare; self-pay medical = self-pay sessions × medicalCashPriceUsd;
 *   each line = its sessions × allowed amount × (billableUnits(medicalSessionMinutes), or 1 when
 *   the amount is per visit) × ((1 − its denial rate) + its denial rate × reworkShare).
 * - Payer cash: per line, with lag L = days / 30.4375 = k + f (whole + fraction) months, cash
 *   received in m = (1 − f) × the line's revenue of m − k + f × that of m − k − 1. The lag moves
 *   cash, not revenue; cash still owed after month H is not counted.
 * - Costs: current fixed costs + CE + liability change + marketing + billing software (each
 *   month), insured sessions × billingCostPerClaimUsd, per line sessions × denial rate ×
 *   reworkShare × reworkCostUsdPerClaim, and per line its cash received × its billing fee.
 * - Net (cash basis): baseline = baseline revenue − currentMonthlyCostsUsd; with medical =
 *   relaxation + tips + medical cash + payer cash − costs; increment = with − baseline.
 * - cashFlows = [−one-time costs, increment₁ … increment_H]; npv at (1 + annual)^(1/12) − 1;
 *   irr and payback from {@link irr} / {@link paybackPeriod}.
 *
 * Constants: 60 minutes/hour, 12 months/year, 30.4375 days/month ({@link DAYS_PER_MONTH});
 * everything that comes from data (allowed amounts, prices…) is an input.
 *
 * Worked example (12 months, no ramp, no lag, all self-pay): 10 relaxation sessions/week at $100 +
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
	runModel(s, cashFlows, new Float64Array(scratchLength(horizon)), months);

	const cumulativeCashUsd: number[] = [cashFlows[0] as number];
	for (const row of months) cumulativeCashUsd.push(row.cumulativeCashUsd);

	const discountRateMonthly = monthlyRateFromAnnual(inputs.discountRateAnnual);
	const irrMonthly = irr(cashFlows);
	const steady = steadyState(s);
	const baselineHoursPerMonth = s.baselineHoursPerWeek * s.weeksPerMonth;
	return {
		months,
		cashFlows,
		cumulativeCashUsd,
		oneTimeCostsUsd: s.oneTimeCostsUsd,
		discountRateMonthly,
		paybackMonths: paybackPeriod(cashFlows),
		npvUsd: npvUnchecked(discountRateMonthly, cashFlows),
		irrMonthly,
		irrAnnual: irrMonthly === null ? null : annualRateFromMonthly(irrMonthly),
		insuranceLagMonths: steady.longestLagMonths,
		billableUnitsPerSession: s.billableUnitsPerSession,
		steadyStateMonth: steady.steadyStateMonth,
		steadyStateMonthlyIncrementUsd: steady.monthlyIncrementUsd,
		steadyStateAnnualIncrementUsd: steady.monthlyIncrementUsd * 12,
		steadyStateWithMedicalNetUsd: steady.withMedicalNetUsd,
		baselineNetMonthlyUsd: s.baselineNetUsd,
		steadyStateHandsOnHoursPerMonth: steady.handsOnHoursPerMonth,
		baselineHandsOnHoursPerMonth: baselineHoursPerMonth,
		effectiveHourlyUsd: perHour(steady.withMedicalNetUsd, steady.handsOnHoursPerMonth),
		baselineEffectiveHourlyUsd: perHour(s.baselineNetUsd, baselineHoursPerMonth),
		monthsUntilInsuranceCashCatchesUp: steady.hasInsuranceRevenue ? steady.steadyStateMonth : null
	};
}
