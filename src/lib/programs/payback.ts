/**
 * What a program pays back: the extra income from medical sessions, an optional loan, the
 * month the training has paid for itself, and the net gain and return after 3 and 5 years.
 * Uses the income page's model: the gain builds up under the same ramp rule
 * (`rampedGainFlows`) and the month comes from the same `paybackPeriod`, so the same cost,
 * monthly gain and ramp-up give the same payback month on /programs and /income. Unrounded.
 */
import { loanPayment, paybackPeriod, rampedGainFlows } from '$lib/finance';

/** Months per year. */
const MONTHS = 12;

/** Months searched for the payback month (30 years); later than that reads "not within 30 years". */
export const PAYBACK_HORIZON_MONTHS = 360;

/** Years at which net gain and return are reported. */
export const REPORT_YEARS = [3, 5] as const;

export interface GainInputs {
	/** Medical sessions a week that earn the premium. */
	sessionsPerWeek: number;
	/** Extra price of a medical session over a regular one, USD per session. */
	premiumUsd: number;
	/** Weeks worked a year. */
	weeksPerYear: number;
}

/**
 * Extra income a month: sessions a week × premium × weeks a year ÷ 12, USD per month.
 *
 * @example monthlyGain({ sessionsPerWeek: 3, premiumUsd: 20, weeksPerYear: 48 })
 *   → 240   (3 × $20 × 48 = $2,880 a year ÷ 12)
 */
export function monthlyGain(g: GainInputs): number {
	for (const [k, v] of Object.entries(g))
		if (!(v >= 0 && Number.isFinite(v))) throw new RangeError(`${k} must be a finite number ≥ 0`);
	if (g.weeksPerYear > 52) throw new RangeError('weeksPerYear must be 0–52');
	return (g.sessionsPerWeek * g.premiumUsd * g.weeksPerYear) / MONTHS;
}

export interface Loan {
	/** Amount borrowed, USD. */
	principalUsd: number;
	/** Annual percentage rate as a fraction (0.12 = 12%), compounded monthly at APR ÷ 12. */
	aprFraction: number;
	/** Number of monthly payments, 1–360. */
	months: number;
}

export interface LoanTerms {
	paymentUsd: number;
	/** Total interest: payment × months − principal. */
	interestUsd: number;
}

/**
 * Monthly payment and total interest of a level-payment loan. The monthly rate is APR ÷ 12,
 * the convention US lenders use to state an APR.
 *
 * @example loanTerms({ principalUsd: 3000, aprFraction: 0.12, months: 12 })
 *   → payment 3000 × 0.01 / (1 − 1.01^−12) = 266.5464…, interest 12 × 266.5464… − 3000 = 198.556…
 */
export function loanTerms(loan: Loan): LoanTerms {
	if (!Number.isInteger(loan.months) || loan.months < 1 || loan.months > 360)
		throw new RangeError('months must be a whole number 1–360');
	if (!(loan.aprFraction >= 0) || !Number.isFinite(loan.aprFraction))
		throw new RangeError('aprFraction must be a finite number ≥ 0');
	const paymentUsd = loanPayment(loan.principalUsd, loan.aprFraction / MONTHS, loan.months);
	return { paymentUsd, interestUsd: paymentUsd * loan.months - loan.principalUsd };
}

export interface PaybackInputs {
	/** Cost of attendance, USD. */
	totalCostUsd: number;
	/** Extra income a month once the medical caseload is built up, USD. */
	monthlyGainUsd: number;
	/** Months to build the caseload: month m earns min(1, m ÷ rampUpMonths) of the gain (0 = at once). */
	rampUpMonths: number;
	/** Part of the cost paid with a loan, or null. */
	loan: Loan | null;
}

export interface NetGain {
	years: number;
	/** Income gained minus everything paid (cost and interest) by the end of the year, USD. */
	netUsd: number;
	/** Net gain ÷ everything paid (cost + interest); null when nothing is paid. */
	roi: number | null;
}

export interface PaybackResult {
	/** Cash paid at the start: cost − loan, USD. */
	upfrontUsd: number;
	loan: LoanTerms | null;
	/** Extra income minus the loan payment, each month while the loan runs, USD; null without a loan. */
	monthlyCashWhileRepayingUsd: number | null;
	/** Everything paid: cost + loan interest, USD. */
	paidUsd: number;
	/** Monthly flows: month 0 = −(cost + interest), then the extra income each month (ramped up). */
	flows: number[];
	/** Months until the running total reaches 0 (interpolated); null = not within 30 years. */
	paybackMonths: number | null;
	netGains: NetGain[];
}

/**
 * Payback on monthly flows: month 0 is −(cost + loan interest), month m brings the extra income
 * × min(1, m ÷ rampUpMonths) ({@link rampedGainFlows}, the income page's ramp rule). Counting the
 * whole cost at the start (rather than as loan payments fall due) keeps a loan from looking like
 * an instant payback: the training has paid for itself when the extra income covers everything
 * paid, interest included. The payback month is `paybackPeriod(flows)`; the net gain after Y
 * years is the sum of flows 0 … 12·Y, and the return is that net gain ÷ (cost + interest). No
 * discounting.
 *
 * @example cost 6817.40, gain 240 a month, no ramp-up, no loan → payback 28.4058… months
 *   (6817.40 ÷ 240); net after 3 years 36 × 240 − 6817.40 = 1822.60, return 0.2673…
 * @throws RangeError when the loan is larger than the cost, or an input is negative.
 */
export function payback(i: PaybackInputs): PaybackResult {
	if (!(i.totalCostUsd >= 0) || !Number.isFinite(i.totalCostUsd))
		throw new RangeError('totalCostUsd must be a finite number ≥ 0');
	if (!(i.monthlyGainUsd >= 0) || !Number.isFinite(i.monthlyGainUsd))
		throw new RangeError('monthlyGainUsd must be a finite number ≥ 0');
	const principal = i.loan?.principalUsd ?? 0;
	if (principal > i.totalCostUsd) throw new RangeError('loan principalUsd must be ≤ totalCostUsd');
	const terms = i.loan && principal > 0 ? loanTerms(i.loan) : null;
	const paidUsd = i.totalCostUsd + (terms?.interestUsd ?? 0);
	const flows = rampedGainFlows(paidUsd, i.monthlyGainUsd, i.rampUpMonths, PAYBACK_HORIZON_MONTHS);
	const netGains = REPORT_YEARS.map((years) => {
		const netUsd = flows.slice(0, years * MONTHS + 1).reduce((s, f) => s + f, 0);
		return { years, netUsd, roi: paidUsd > 0 ? netUsd / paidUsd : null };
	});
	return {
		upfrontUsd: i.totalCostUsd - principal,
		loan: terms,
		monthlyCashWhileRepayingUsd: terms ? i.monthlyGainUsd - terms.paymentUsd : null,
		paidUsd,
		flows,
		paybackMonths: paybackPeriod(flows),
		netGains
	};
}
