/**
 * Clinic planner: a month-by-month profit and loss and cash projection for a medical-massage
 * clinic, its break-even, the funding it needs (the lowest point of cumulative cash), the
 * payback of the start-up costs and how the break-even moves when one input changes.
 *
 * Conventions: money in USD, never rounded; sessions are expected (fractional) counts; rates
 * and shares are fractions; a month has weeksOpenPerYear ÷ 12 open weeks; t = 0 is opening day,
 * when the start-up costs are paid and any loan arrives; months run 1…H.
 *
 * @module
 */

import { billableUnits } from './billing';
import { limitProblem, type FieldLimit } from './limits';
import { loanPayment, paybackUnchecked } from './cashflow';
import {
	insuredShare,
	lagSplit,
	PAYER_FIELD_LIMITS,
	PAYER_LINES,
	payerField,
	revenuePerClaim,
	type PayerFields
} from './payers';

/** Hours in the BLS full-time year: OEWS annual wage = hourly wage × 2,080. */
export const HOURS_PER_FULL_TIME_YEAR = 2080;

/**
 * Hourly equivalent of an annual full-time wage: annual ÷ 2,080 (the BLS convention).
 *
 * Worked example: hourlyFromAnnual(58_450) = 28.1009… USD/hour.
 *
 * @throws RangeError `annualUsd must be a finite number ≥ 0`.
 */
export function hourlyFromAnnual(annualUsd: number): number {
	if (!(annualUsd >= 0) || !Number.isFinite(annualUsd)) {
		throw new RangeError('annualUsd must be a finite number ≥ 0');
	}
	return annualUsd / HOURS_PER_FULL_TIME_YEAR;
}

/** How therapists are paid: by the hour for their scheduled hours, or a share of what they bill. */
export type PayModel = 'wage' | 'commission';

/**
 * Every input of the clinic model. Flat and URL-serialisable; ranges in {@link CLINIC_INPUT_LIMITS}.
 * The payer lines ({@link PayerFields}: `wcShare`, `wcAllowedUsd`, …) bill a share of all the
 * clinic's sessions to each payer; relaxation, self-pay medical and the payer shares add up to 1.
 */
export interface ClinicInputs extends PayerFields {
	// ── Capacity ──
	/** Treatment rooms. Rooms, an integer 1–50. */
	treatmentRooms: number;
	/** Hours the clinic is open each week. Hours/week, 1–168. */
	hoursOpenPerWeek: number;
	/** Weeks open each year; a month has weeksOpenPerYear ÷ 12 open weeks. Weeks/year, 1–52. */
	weeksOpenPerYear: number;
	/** Timed hands-on minutes of one session; also sets billable units (8-minute rule). Minutes, 1–480. */
	sessionMinutes: number;
	/** Room turnover between sessions (linens, notes). Minutes, 0–240. */
	turnoverMinutes: number;
	/** Therapists on staff (full-time equivalents allowed). People, 0–200. */
	therapists: number;
	/** Scheduled hours per therapist per week (paid hours in the wage model). Hours/week, 0–80. */
	therapistHoursPerWeek: number;

	// ── Utilisation ramp ──
	/** Share of capacity booked in month 1. Fraction, 0–1. */
	startUtilisation: number;
	/** Share of capacity booked once the ramp is over. Fraction, 0–1. */
	targetUtilisation: number;
	/** Month in which the target is reached (linear from month 1); 0 or 1 = target from month 1. Months, an integer 0–120. */
	rampMonths: number;

	// ── Pay ──
	payModel: PayModel;
	/** Therapist wage as an annual full-time figure (hourly = annual ÷ 2,080). USD/yr, 0–1 000 000. Used when payModel = 'wage'. */
	therapistAnnualWageUsd: number;
	/** Therapist commission as a share of the revenue of the sessions they give. Fraction, 0–1. Used when payModel = 'commission'. */
	commissionShare: number;
	/** Front-desk hours paid per week (all staff together). Hours/week, 0–500. */
	frontDeskHoursPerWeek: number;
	/** Front-desk wage as an annual full-time figure (hourly = annual ÷ 2,080). USD/yr, 0–1 000 000. */
	frontDeskAnnualWageUsd: number;
	/** Employer payroll taxes and benefits on top of all pay. Fraction of pay, 0–1. */
	payrollOverheadShare: number;

	// ── Price mix (relaxation + self-pay medical + the payer shares add up to 1) ──
	/** Share of sessions that are cash relaxation massage. Fraction, 0–1. */
	relaxationShare: number;
	/** Share of sessions that are self-pay medical massage. Fraction, 0–1. */
	cashMedicalShare: number;
	/** Price of a relaxation session. USD/session, 0–10 000. */
	relaxationPriceUsd: number;
	/** Price of a self-pay medical session. USD/session, 0–10 000. */
	cashMedicalPriceUsd: number;
	/** Share of denied claims reworked and then paid in full. Fraction, 0–1. */
	reworkShare: number;
	/** Cost of reworking one denied claim. USD/claim, 0–10 000. */
	reworkCostPerClaimUsd: number;
	/** Supplies per session (linens, lotion, laundry). USD/session, 0–10 000. */
	suppliesPerSessionUsd: number;

	// ── Fixed monthly costs ──
	rentMonthlyUsd: number;
	utilitiesMonthlyUsd: number;
	softwareMonthlyUsd: number;
	liabilityInsuranceMonthlyUsd: number;
	marketingMonthlyUsd: number;
	otherMonthlyUsd: number;

	// ── Start-up costs, paid at t = 0 ──
	fitOutUsd: number;
	equipmentUsd: number;
	depositsAndFeesUsd: number;
	launchMarketingUsd: number;

	// ── Financing ──
	/** Loan received at t = 0. USD, 0–10 000 000. */
	loanPrincipalUsd: number;
	/** Nominal annual interest rate (APR); monthly rate = APR ÷ 12. Fraction/year, 0–1. */
	loanAnnualRate: number;
	/** Level monthly payments. Months, an integer 1–360. */
	loanTermMonths: number;

	/** Months projected. An integer 12–120. */
	horizonMonths: number;
}

export type ClinicNumberField = Exclude<keyof ClinicInputs, 'payModel'>;

const MONEY_MONTH = { min: 0, max: 1_000_000 } as const;
const MONEY_ONCE = { min: 0, max: 10_000_000 } as const;
const SHARE = { min: 0, max: 1 } as const;
const PRICE = { min: 0, max: 10_000 } as const;

/**
 * Valid range of every numeric {@link ClinicInputs} field (inclusive). Plausibility bounds chosen
 * for this app (168 = hours in a week, 52 = weeks in a year, 365 = days in a year), not data.
 */
export const CLINIC_INPUT_LIMITS: Readonly<Record<ClinicNumberField, FieldLimit>> = {
	treatmentRooms: { min: 1, max: 50, integer: true },
	hoursOpenPerWeek: { min: 1, max: 168 },
	weeksOpenPerYear: { min: 1, max: 52 },
	sessionMinutes: { min: 1, max: 480 },
	turnoverMinutes: { min: 0, max: 240 },
	therapists: { min: 0, max: 200 },
	therapistHoursPerWeek: { min: 0, max: 80 },
	startUtilisation: SHARE,
	targetUtilisation: SHARE,
	rampMonths: { min: 0, max: 120, integer: true },
	therapistAnnualWageUsd: MONEY_MONTH,
	commissionShare: SHARE,
	frontDeskHoursPerWeek: { min: 0, max: 500 },
	frontDeskAnnualWageUsd: MONEY_MONTH,
	payrollOverheadShare: SHARE,
	relaxationShare: SHARE,
	cashMedicalShare: SHARE,
	relaxationPriceUsd: PRICE,
	cashMedicalPriceUsd: PRICE,
	reworkShare: SHARE,
	reworkCostPerClaimUsd: PRICE,
	...PAYER_FIELD_LIMITS,
	suppliesPerSessionUsd: PRICE,
	rentMonthlyUsd: MONEY_MONTH,
	utilitiesMonthlyUsd: MONEY_MONTH,
	softwareMonthlyUsd: MONEY_MONTH,
	liabilityInsuranceMonthlyUsd: MONEY_MONTH,
	marketingMonthlyUsd: MONEY_MONTH,
	otherMonthlyUsd: MONEY_MONTH,
	fitOutUsd: MONEY_ONCE,
	equipmentUsd: MONEY_ONCE,
	depositsAndFeesUsd: MONEY_ONCE,
	launchMarketingUsd: MONEY_ONCE,
	loanPrincipalUsd: MONEY_ONCE,
	loanAnnualRate: SHARE,
	loanTermMonths: { min: 1, max: 360, integer: true },
	horizonMonths: { min: 12, max: 120, integer: true }
};

/** The numeric field names, in declaration order. */
export const CLINIC_NUMBER_FIELDS = Object.keys(
	CLINIC_INPUT_LIMITS
) as readonly ClinicNumberField[];

/** How far the session shares may miss 1 (floating-point slack, e.g. 0.333 + 0.333 + 0.334). */
export const SHARE_SUM_TOLERANCE = 1e-9;

/**
 * The problem with one field's value, or null when it is within its limits.
 *
 * Rule: a number with min ≤ value ≤ max (NaN fails), whole for integer fields.
 *
 * Worked example: clinicFieldProblem('treatmentRooms', 2.5) → 'treatmentRooms must be an integer 1–50'.
 */
export function clinicFieldProblem(field: ClinicNumberField, value: unknown): string | null {
	return limitProblem(field, CLINIC_INPUT_LIMITS[field], value);
}

/**
 * Rejects impossible clinic inputs.
 *
 * Rules: every numeric field within {@link CLINIC_INPUT_LIMITS}; payModel is 'wage' or
 * 'commission'; relaxationShare + cashMedicalShare + the payer shares = 1 (± 1e-9).
 *
 * Worked example: relaxation 0.5, self-pay medical 0.3, privateShare 0.1 throw
 * `RangeError('relaxationShare + cashMedicalShare + the payer shares must add up to 1 (now 0.9)')`.
 *
 * @throws RangeError whose message starts with the offending field's name.
 */
export function validateClinicInputs(inputs: ClinicInputs): void {
	if (typeof inputs !== 'object' || inputs === null)
		throw new RangeError('inputs must be an object');
	for (const field of CLINIC_NUMBER_FIELDS) {
		const problem = clinicFieldProblem(field, inputs[field]);
		if (problem) throw new RangeError(problem);
	}
	if (inputs.payModel !== 'wage' && inputs.payModel !== 'commission') {
		throw new RangeError('payModel must be "wage" or "commission"');
	}
	const sum = inputs.relaxationShare + inputs.cashMedicalShare + insuredShare(inputs);
	if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
		throw new RangeError(
			`relaxationShare + cashMedicalShare + the payer shares must add up to 1 (now ${sum})`
		);
	}
}

/** One month of the projection. Sessions per month; money in USD per month. */
export interface ClinicMonth {
	month: number;
	utilisation: number;
	sessions: number;
	relaxationSessions: number;
	cashMedicalSessions: number;
	insuranceSessions: number;
	relaxationRevenueUsd: number;
	cashMedicalRevenueUsd: number;
	/** Payer revenue recognised in the month of service, net of denials not recovered (all lines). */
	insuranceRevenueUsd: number;
	revenueUsd: number;
	/** Payer cash that arrived this month (each line's revenue of earlier months, after its lag). */
	insuranceCashUsd: number;
	/** Billing-service fees on payer revenue (accrual; paid as the cash arrives). */
	billingFeesUsd: number;
	therapistPayUsd: number;
	frontDeskPayUsd: number;
	payrollOverheadUsd: number;
	suppliesUsd: number;
	reworkUsd: number;
	/** Rent + utilities + software + liability insurance + marketing + other. */
	fixedCostsUsd: number;
	costsUsd: number;
	/** Revenue − costs (accrual: insurance counted when the session happens). */
	operatingProfitUsd: number;
	/** Cash in − costs (insurance counted when paid). */
	operatingCashUsd: number;
	loanPaymentUsd: number;
	/** operatingCashUsd − loanPaymentUsd. */
	netCashUsd: number;
	/** −start-up costs + Σ operating cash so far (before financing). */
	cumulativeOperatingCashUsd: number;
	/** −start-up costs + loan + Σ net cash so far (after financing). */
	cumulativeCashUsd: number;
}

/** Result of {@link projectClinic}. Money in USD, never rounded. */
export interface ClinicProjection {
	months: ClinicMonth[];
	startupCostsUsd: number;
	roomSessionsPerWeek: number;
	therapistSessionsPerWeek: number;
	/** min(room, therapist) sessions per week. */
	capacitySessionsPerWeek: number;
	/** capacitySessionsPerWeek × open weeks per month. */
	capacitySessionsPerMonth: number;
	/** Which limit sets capacity ('rooms' when they tie). */
	capacityLimit: 'rooms' | 'therapists';
	billableUnitsPerSession: number;
	/** Revenue of the average session at the price mix (accrual). */
	revenuePerSessionUsd: number;
	/** Costs that scale with sessions: supplies, rework, billing fees, commission (+ overhead on it). */
	variableCostPerSessionUsd: number;
	contributionPerSessionUsd: number;
	/** Monthly costs that do not scale with sessions (wages in the wage model, front desk, overhead on them, fixed costs). */
	fixedCostsPerMonthUsd: number;
	/** Sessions per month at which operating profit is 0; null when a session does not cover its own costs. */
	breakEvenSessionsPerMonth: number | null;
	/** breakEvenSessionsPerMonth ÷ capacity (may exceed 1: not reachable); null when no break-even or no capacity. */
	breakEvenUtilisation: number | null;
	/** Same, counting the loan payment as a fixed cost. */
	breakEvenUtilisationWithLoan: number | null;
	/** Operating profit per month once the ramp is over. */
	steadyMonthlyProfitUsd: number;
	/** First month with operating profit ≥ 0 and every later month too; null if none within the horizon. */
	firstProfitableMonth: number | null;
	/** Operating cash flows before financing: [−start-up, month 1 … H]. */
	operatingCashFlows: number[];
	/** Running total of operatingCashFlows, index 0…H. */
	cumulativeOperatingCashUsd: number[];
	/** The lowest cumulative operating cash, ≤ 0 (the cash low point). */
	cashLowPointUsd: number;
	/** Index (0…H) of the first month at the low point. */
	cashLowPointMonth: number;
	/** −cashLowPointUsd: what has to be raised (loan + own cash) to get through the low point. */
	fundingNeededUsd: number;
	/** Your own cash needed with the loan as given: −min(cumulative cash after financing), ≥ 0. */
	ownerCashNeededUsd: number;
	/** Level monthly loan payment (0 without a loan). */
	loanPaymentUsd: number;
	/** Months until cumulative operating cash first reaches 0 (start-up costs paid back); null = not within the horizon. */
	paybackMonths: number | null;
}

/** Utilisation in month m: linear from startUtilisation (month 1) to targetUtilisation (month rampMonths), then flat. */
function utilisationIn(inputs: ClinicInputs, month: number): number {
	const r = inputs.rampMonths;
	if (r <= 1 || month >= r) return inputs.targetUtilisation;
	return (
		inputs.startUtilisation +
		((inputs.targetUtilisation - inputs.startUtilisation) * (month - 1)) / (r - 1)
	);
}

/**
 * Projects a clinic month by month.
 *
 * Formulas (w = weeksOpenPerYear ÷ 12 open weeks per month; slot = sessionMinutes +
 * turnoverMinutes):
 * - Capacity/week = min(rooms × hoursOpen × 60 ÷ slot, therapists × therapistHours × 60 ÷ slot);
 *   capacity/month = capacity/week × w.
 * - Utilisation u(m): startUtilisation in month 1, linear to targetUtilisation in month
 *   rampMonths, then flat (target from month 1 when rampMonths ≤ 1).
 * - Sessions = u(m) × capacity/month, split by the shares (relaxation, self-pay medical, each
 *   payer line).
 * - Revenue: relaxation sessions × relaxationPriceUsd + cash medical sessions ×
 *   cashMedicalPriceUsd + per payer line its sessions × {@link revenuePerClaim}(allowed amount,
 *   per visit?, billableUnits(sessionMinutes), its denial rate, reworkShare).
 * - Each line's cash arrives L = days ÷ 30.4375 = k + f months later: cash in m = (1 − f) ×
 *   revenue(m − k) + f × revenue(m − k − 1); cash still owed after month H is not counted.
 *   Billing fees = the line's revenue × its billing fee (accrual), paid as its cash arrives.
 * - Therapist pay: wage model → therapists × therapistHours × w × wage ÷ 2,080 (paid whatever
 *   the bookings); commission model → commissionShare × session revenue (paid when the session
 *   happens). Front desk = frontDeskHours × w × wage ÷ 2,080. Payroll overhead =
 *   payrollOverheadShare × (therapist + front-desk pay).
 * - Supplies = sessions × suppliesPerSessionUsd; rework = per line its sessions × its denial rate
 *   × reworkShare × reworkCostPerClaimUsd; fixed = rent + utilities + software + liability insurance
 *   + marketing + other.
 * - Operating profit = revenue − costs; operating cash = the same with payer cash (and the fees
 *   on it) in place of payer revenue (and the fees on it); loan payment = {@link loanPayment}(principal, APR ÷ 12, term) in
 *   months 1…term; net cash = operating cash − loan payment.
 * - Cumulative operating cash starts at −start-up costs (fit-out + equipment + deposits + launch
 *   marketing) at t = 0; funding needed = −min over t = 0…H (the cash low point). Cumulative cash
 *   after financing starts at −start-up + loan; own cash needed = −its minimum (≥ 0). Payback =
 *   {@link paybackPeriod} of the operating cash flows.
 * - Break-even: contribution per session = revenue per session − (supplies + rework +
 *   billing fees + commission × (1 + overhead)) per session; fixed per month = wage-model therapist pay and
 *   front-desk pay × (1 + overhead) + fixed costs; break-even sessions = fixed ÷ contribution;
 *   break-even utilisation = that ÷ capacity/month.
 *
 * Constants: 60 minutes/hour, 12 months/year, 2,080 hours in the BLS full-time year
 * ({@link HOURS_PER_FULL_TIME_YEAR}), 30.4375 days/month ({@link lagSplit}).
 *
 * Worked example (clinic A in the unit tests): 1 room open 40 h/week, 48 weeks (4 a month),
 * 50-minute sessions with 10-minute turnover → 40 sessions/week, 160/month; all relaxation at
 * $100, $10 supplies, commission 40 %, no overhead, $3,000 fixed → contribution 100 − 10 − 40 =
 * $50, break-even 3000 ÷ 50 = 60 sessions = 60 ÷ 160 = 37.5 % utilisation. With utilisation 25 %,
 * 37.5 %, then 50 %: profit −$1,000, $0, then +$1,000 a month; start-up $5,000 → cumulative cash
 * −5,000, −6,000, −6,000, −5,000 … so funding needed = $6,000 and payback = month 8.
 *
 * @throws RangeError naming the field for impossible inputs (see {@link validateClinicInputs}).
 */
export function projectClinic(inputs: ClinicInputs): ClinicProjection {
	validateClinicInputs(inputs);
	const i = inputs;
	const w = i.weeksOpenPerYear / 12;
	const slot = i.sessionMinutes + i.turnoverMinutes;
	const roomSessionsPerWeek = (i.treatmentRooms * i.hoursOpenPerWeek * 60) / slot;
	const therapistSessionsPerWeek = (i.therapists * i.therapistHoursPerWeek * 60) / slot;
	const capacityLimit = therapistSessionsPerWeek < roomSessionsPerWeek ? 'therapists' : 'rooms';
	const capacitySessionsPerWeek = Math.min(roomSessionsPerWeek, therapistSessionsPerWeek);
	const capacitySessionsPerMonth = capacitySessionsPerWeek * w;

	const units = billableUnits(i.sessionMinutes);
	const lines = PAYER_LINES.map((line) => {
		const denial = i[payerField(line, 'DenialRate')];
		const billing = i[payerField(line, 'BillingCostShare')];
		const revenue = revenuePerClaim(
			i[payerField(line, 'AllowedUsd')],
			i[payerField(line, 'PerVisit')],
			units,
			denial,
			i.reworkShare
		);
		return {
			share: i[payerField(line, 'Share')],
			revenuePerSession: revenue,
			reworkPerSession: denial * i.reworkShare * i.reworkCostPerClaimUsd,
			billingShare: billing,
			lag: lagSplit(i[payerField(line, 'DaysToPayment')]),
			revenueByMonth: new Float64Array(i.horizonMonths + 1)
		};
	});
	let payerRevenuePerSession = 0;
	let payerCostPerSession = 0;
	for (const l of lines) {
		payerRevenuePerSession += l.share * l.revenuePerSession;
		payerCostPerSession += l.share * (l.reworkPerSession + l.revenuePerSession * l.billingShare);
	}
	const revenuePerSessionUsd =
		i.relaxationShare * i.relaxationPriceUsd +
		i.cashMedicalShare * i.cashMedicalPriceUsd +
		payerRevenuePerSession;
	const commission = i.payModel === 'commission' ? i.commissionShare : 0;
	const overhead = 1 + i.payrollOverheadShare;
	const variableCostPerSessionUsd =
		i.suppliesPerSessionUsd + payerCostPerSession + commission * revenuePerSessionUsd * overhead;

	const therapistWagesMonthly =
		i.payModel === 'wage'
			? (i.therapists * i.therapistHoursPerWeek * w * i.therapistAnnualWageUsd) /
				HOURS_PER_FULL_TIME_YEAR
			: 0;
	const frontDeskMonthly =
		(i.frontDeskHoursPerWeek * w * i.frontDeskAnnualWageUsd) / HOURS_PER_FULL_TIME_YEAR;
	const fixedCostsUsd =
		i.rentMonthlyUsd +
		i.utilitiesMonthlyUsd +
		i.softwareMonthlyUsd +
		i.liabilityInsuranceMonthlyUsd +
		i.marketingMonthlyUsd +
		i.otherMonthlyUsd;
	const fixedCostsPerMonthUsd =
		(therapistWagesMonthly + frontDeskMonthly) * overhead + fixedCostsUsd;
	const startupCostsUsd =
		i.fitOutUsd + i.equipmentUsd + i.depositsAndFeesUsd + i.launchMarketingUsd;
	const loan =
		i.loanPrincipalUsd > 0
			? loanPayment(i.loanPrincipalUsd, i.loanAnnualRate / 12, i.loanTermMonths)
			: 0;

	const operatingCashFlows: number[] = [-startupCostsUsd];
	const cumulativeOperatingCashUsd: number[] = [-startupCostsUsd];
	let cumOperating = -startupCostsUsd;
	let cumCash = -startupCostsUsd + i.loanPrincipalUsd;
	let minCash = Math.min(0, cumCash);
	const months: ClinicMonth[] = [];

	for (let m = 1; m <= i.horizonMonths; m++) {
		const u = utilisationIn(i, m);
		const sessions = u * capacitySessionsPerMonth;
		const relaxationSessions = sessions * i.relaxationShare;
		const cashMedicalSessions = sessions * i.cashMedicalShare;
		let insuranceSessions = 0;
		let insuranceRevenueUsd = 0;
		let insuranceCashUsd = 0;
		let reworkUsd = 0;
		let billingFeesUsd = 0;
		let billingFeesPaidUsd = 0;
		for (const l of lines) {
			const lineSessions = sessions * l.share;
			const revenue = lineSessions * l.revenuePerSession;
			l.revenueByMonth[m] = revenue;
			const a = m - l.lag.whole;
			const f = l.lag.fraction;
			const cash =
				(a >= 1 ? (1 - f) * (l.revenueByMonth[a] as number) : 0) +
				(a >= 2 ? f * (l.revenueByMonth[a - 1] as number) : 0);
			insuranceSessions += lineSessions;
			insuranceRevenueUsd += revenue;
			insuranceCashUsd += cash;
			reworkUsd += lineSessions * l.reworkPerSession;
			billingFeesUsd += revenue * l.billingShare;
			billingFeesPaidUsd += cash * l.billingShare;
		}
		const relaxationRevenueUsd = relaxationSessions * i.relaxationPriceUsd;
		const cashMedicalRevenueUsd = cashMedicalSessions * i.cashMedicalPriceUsd;
		const revenueUsd = relaxationRevenueUsd + cashMedicalRevenueUsd + insuranceRevenueUsd;
		const therapistPayUsd = therapistWagesMonthly + commission * revenueUsd;
		const payrollOverheadUsd = (therapistPayUsd + frontDeskMonthly) * i.payrollOverheadShare;
		const suppliesUsd = sessions * i.suppliesPerSessionUsd;
		const costsUsd =
			therapistPayUsd +
			frontDeskMonthly +
			payrollOverheadUsd +
			suppliesUsd +
			reworkUsd +
			billingFeesUsd +
			fixedCostsUsd;
		const operatingProfitUsd = revenueUsd - costsUsd;
		const operatingCashUsd =
			operatingProfitUsd -
			insuranceRevenueUsd +
			insuranceCashUsd +
			billingFeesUsd -
			billingFeesPaidUsd;
		const loanPaymentUsd = m <= i.loanTermMonths ? loan : 0;
		const netCashUsd = operatingCashUsd - loanPaymentUsd;
		cumOperating += operatingCashUsd;
		cumCash += netCashUsd;
		minCash = Math.min(minCash, cumCash);
		operatingCashFlows.push(operatingCashUsd);
		cumulativeOperatingCashUsd.push(cumOperating);
		months.push({
			month: m,
			utilisation: u,
			sessions,
			relaxationSessions,
			cashMedicalSessions,
			insuranceSessions,
			relaxationRevenueUsd,
			cashMedicalRevenueUsd,
			insuranceRevenueUsd,
			revenueUsd,
			insuranceCashUsd,
			billingFeesUsd,
			therapistPayUsd,
			frontDeskPayUsd: frontDeskMonthly,
			payrollOverheadUsd,
			suppliesUsd,
			reworkUsd,
			fixedCostsUsd,
			costsUsd,
			operatingProfitUsd,
			operatingCashUsd,
			loanPaymentUsd,
			netCashUsd,
			cumulativeOperatingCashUsd: cumOperating,
			cumulativeCashUsd: cumCash
		});
	}

	let cashLowPointMonth = 0;
	for (let t = 1; t < cumulativeOperatingCashUsd.length; t++) {
		if (
			(cumulativeOperatingCashUsd[t] as number) <
			(cumulativeOperatingCashUsd[cashLowPointMonth] as number)
		)
			cashLowPointMonth = t;
	}
	const cashLowPointUsd = Math.min(0, cumulativeOperatingCashUsd[cashLowPointMonth] as number);

	const contributionPerSessionUsd = revenuePerSessionUsd - variableCostPerSessionUsd;
	const breakEven = (fixed: number): number | null =>
		contributionPerSessionUsd > 0 ? fixed / contributionPerSessionUsd : fixed <= 0 ? 0 : null;
	const asUtilisation = (sessions: number | null): number | null =>
		sessions === null || capacitySessionsPerMonth <= 0 ? null : sessions / capacitySessionsPerMonth;
	const breakEvenSessionsPerMonth = breakEven(fixedCostsPerMonthUsd);

	let firstProfitableMonth: number | null = null;
	for (let m = months.length; m >= 1; m--) {
		if ((months[m - 1] as ClinicMonth).operatingProfitUsd >= 0) firstProfitableMonth = m;
		else break;
	}

	return {
		months,
		startupCostsUsd,
		roomSessionsPerWeek,
		therapistSessionsPerWeek,
		capacitySessionsPerWeek,
		capacitySessionsPerMonth,
		capacityLimit,
		billableUnitsPerSession: units,
		revenuePerSessionUsd,
		variableCostPerSessionUsd,
		contributionPerSessionUsd,
		fixedCostsPerMonthUsd,
		breakEvenSessionsPerMonth,
		breakEvenUtilisation: asUtilisation(breakEvenSessionsPerMonth),
		breakEvenUtilisationWithLoan: asUtilisation(breakEven(fixedCostsPerMonthUsd + loan)),
		steadyMonthlyProfitUsd:
			i.targetUtilisation * capacitySessionsPerMonth * contributionPerSessionUsd -
			fixedCostsPerMonthUsd,
		firstProfitableMonth,
		operatingCashFlows,
		cumulativeOperatingCashUsd,
		cashLowPointUsd,
		cashLowPointMonth,
		fundingNeededUsd: Math.max(0, -cashLowPointUsd),
		ownerCashNeededUsd: Math.max(0, -minCash),
		loanPaymentUsd: loan,
		paybackMonths: paybackUnchecked(operatingCashFlows)
	};
}

/**
 * The inputs with every price scaled by `factor`: relaxation price, self-pay medical price and
 * every payer line's allowed amount.
 *
 * Worked example: factor 1.1 on $100 / $120 / a line at $29.76 → $110 / $132 / $32.736.
 *
 * @throws RangeError `factor must be 0–10`.
 */
export function withPriceFactor(inputs: ClinicInputs, factor: number): ClinicInputs {
	if (!(factor >= 0 && factor <= 10)) throw new RangeError('factor must be 0–10');
	const scaled: ClinicInputs = {
		...inputs,
		relaxationPriceUsd: inputs.relaxationPriceUsd * factor,
		cashMedicalPriceUsd: inputs.cashMedicalPriceUsd * factor
	};
	for (const line of PAYER_LINES) {
		const field = payerField(line, 'AllowedUsd');
		scaled[field] = inputs[field] * factor;
	}
	return scaled;
}

/** One "what if" for {@link clinicSensitivity}: a label and the inputs it changes. */
export interface ClinicVariant {
	id: string;
	/** Which driver it belongs to, e.g. "price", "utilisation", "wage". */
	group: string;
	label: string;
	inputs: ClinicInputs;
}

/** The headline results of one variant. */
export interface ClinicVariantResult {
	id: string;
	group: string;
	label: string;
	breakEvenUtilisation: number | null;
	breakEvenSessionsPerMonth: number | null;
	steadyMonthlyProfitUsd: number;
	firstProfitableMonth: number | null;
	fundingNeededUsd: number;
	paybackMonths: number | null;
}

/**
 * Runs {@link projectClinic} on each variant and keeps the headline results, so a table or
 * chart can show how the break-even, funding and payback move with one driver at a time.
 *
 * Worked example: a clinic with $100 sessions, $50 of supplies per session, no commission and
 * $3,000 of fixed costs breaks even at 3000 ÷ 50 = 60 sessions; with prices −10 % ($90) it needs
 * 3000 ÷ 40 = 75, with +10 % ($110) 3000 ÷ 60 = 50.
 *
 * @throws RangeError naming the field when a variant's inputs are impossible.
 */
export function clinicSensitivity(variants: readonly ClinicVariant[]): ClinicVariantResult[] {
	return variants.map((v) => {
		const p = projectClinic(v.inputs);
		return {
			id: v.id,
			group: v.group,
			label: v.label,
			breakEvenUtilisation: p.breakEvenUtilisation,
			breakEvenSessionsPerMonth: p.breakEvenSessionsPerMonth,
			steadyMonthlyProfitUsd: p.steadyMonthlyProfitUsd,
			firstProfitableMonth: p.firstProfitableMonth,
			fundingNeededUsd: p.fundingNeededUsd,
			paybackMonths: p.paybackMonths
		};
	});
}
