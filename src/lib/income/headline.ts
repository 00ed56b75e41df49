/**
 * The headline results as the page prints them: big value plus a one-line explanation. Pure;
 * all rounding goes through format.ts, so the page, the comparison and the tests agree.
 *
 * @module
 */
import type { AfterTax, IncomeInputs, Projection } from '$lib/finance';
import { months, pctOfFraction, usd, usdHourly } from '$lib/format';

/** An IRR above this (100%/yr) is printed as "over 100%": at that point payback says more. */
export const IRR_PRINT_LIMIT = 1;

export interface Figure {
	/** `data-metric` name. */
	metric: string;
	label: string;
	/** A short label for the compact summary bar. */
	short: string;
	value: string;
	/** Unit printed after the value (outside the data-metric element), e.g. "/yr". */
	unit: string;
	explain: string;
}

/**
 * The month in which cumulative cash turns non-negative: ⌈payback⌉ (payback 13.4 → month 14),
 * 0 when nothing is paid up front, null when not within the horizon.
 */
export function paybackMonthIndex(paybackMonths: number | null): number | null {
	return paybackMonths === null ? null : Math.ceil(paybackMonths);
}

/** The four headline figures in order: payback, NPV, IRR, steady-state annual increment. */
export function headlineFigures(p: Projection, inputs: IncomeInputs): Figure[] {
	const h = inputs.horizonMonths;
	const rate = pctOfFraction(inputs.discountRateAnnual);
	const month = paybackMonthIndex(p.paybackMonths);
	const lastCumulative = p.cumulativeCashUsd[p.cumulativeCashUsd.length - 1] ?? 0;
	const payback: Figure = {
		metric: 'payback-months',
		label: 'Payback',
		short: 'Payback',
		value: months(p.paybackMonths, `not within ${h} months`),
		unit: '',
		explain:
			month === null
				? `The up-front ${usd(p.oneTimeCostsUsd)} is not paid back: cumulative extra cash is ${usd(lastCumulative)} after month ${h}.`
				: month === 0
					? 'Nothing is paid up front, so there is nothing to pay back.'
					: `Training and launch costs of ${usd(p.oneTimeCostsUsd)} are paid back in month ${month}.`
	};
	const npv: Figure = {
		metric: 'npv',
		label: 'Net present value',
		short: 'NPV',
		value: usd(p.npvUsd),
		unit: '',
		explain:
			p.npvUsd >= 0
				? `The extra cash over ${h} months is worth this much today, discounted at ${rate} a year.`
				: `Worth less today than keeping the money at ${rate} a year over ${h} months.`
	};
	const over = p.irrAnnual !== null && p.irrAnnual > IRR_PRINT_LIMIT;
	const irr: Figure = {
		metric: 'irr-annual',
		label: 'Internal rate of return',
		short: 'IRR',
		value: over ? `over ${pctOfFraction(IRR_PRINT_LIMIT)}` : pctOfFraction(p.irrAnnual, 'none'),
		unit: p.irrAnnual === null ? '' : '/yr',
		explain:
			p.irrAnnual === null
				? 'No rate makes the extra cash worth zero: it never changes sign within the horizon.'
				: over
					? 'Rates this high mean the up-front cost is small next to the monthly gain; the payback month is the better guide.'
					: `The yearly return on the up-front costs over ${h} months; compare it with your ${rate}.`
	};
	const after = p.steadyStateMonth > h ? ', after the horizon' : '';
	const steady: Figure = {
		metric: 'steady-state-annual-increment',
		label: 'Extra cash a year, once settled',
		short: 'Settled',
		value: usd(p.steadyStateAnnualIncrementUsd),
		unit: '/yr',
		explain: `Before tax, with the full caseload and every payer paying on schedule, from month ${p.steadyStateMonth}${after}.`
	};
	return [payback, npv, irr, steady];
}

/** "single" / "married filing jointly", as the page prints the filing status. */
export const filingStatusText = (inputs: IncomeInputs) =>
	inputs.marriedJoint === 1 ? 'married filing jointly' : 'single';

/**
 * The take-home figures: a settled year's pay after tax with medical massage, and what medical
 * massage adds after tax; null when the tax year has no published figures (the page says so).
 */
export function takeHomeFigures(a: AfterTax | null, inputs: IncomeInputs): Figure[] | null {
	if (a === null) return null;
	const t = a.withMedical;
	const se = t.selfEmploymentTaxUsd + t.additionalMedicareTaxUsd;
	const state =
		inputs.stateIncomeTaxRate > 0
			? ` and ${usd(t.stateIncomeTaxUsd)} state income tax`
			: '; no state income tax entered';
	return [
		{
			metric: 'take-home',
			label: 'Take-home pay a year, with medical massage',
			short: 'Take-home',
			value: usd(t.takeHomeUsd),
			unit: '/yr',
			explain: `A settled year's profit of ${usd(t.netEarningsUsd)} less ${usd(se)} self-employment tax and ${usd(t.federalIncomeTaxUsd)} federal income tax (${inputs.taxYear}, ${filingStatusText(inputs)})${state}.`
		},
		{
			metric: 'take-home-added',
			label: 'Take-home added by medical massage',
			short: 'Added after tax',
			value: usd(a.addedTakeHomeUsd),
			unit: '/yr',
			explain: `Your practice as it is leaves ${usd(a.baseline.takeHomeUsd)} a year after the same taxes.`
		}
	];
}

/** The steps from profit to take-home, as table rows (label, with medical, today). USD/yr. */
export function takeHomeRows(
	a: AfterTax
): { step: string; withMedicalUsd: number; baselineUsd: number }[] {
	const w = a.withMedical;
	const b = a.baseline;
	const row = (step: string, f: (t: AfterTax['withMedical']) => number) => ({
		step,
		withMedicalUsd: f(w),
		baselineUsd: f(b)
	});
	return [
		row('Practice profit before tax (net earnings)', (t) => t.netEarningsUsd),
		row('Self-employment tax (Schedule SE)', (t) => -t.selfEmploymentTaxUsd),
		row('Additional Medicare tax', (t) => -t.additionalMedicareTaxUsd),
		row('Deduction: half the self-employment tax', (t) => t.seTaxDeductionUsd),
		row('Standard deduction', (t) => t.standardDeductionUsd),
		row('Qualified business income deduction', (t) => t.qbiDeductionUsd),
		row('Taxable income of the household', (t) => t.taxableIncomeUsd),
		row('Federal income tax the practice adds', (t) => -t.federalIncomeTaxUsd),
		row('State and local income tax', (t) => -t.stateIncomeTaxUsd),
		row('Take-home pay', (t) => t.takeHomeUsd)
	];
}

export interface CapSummary {
	/** True when the cap limits the practice in any projected month. */
	binds: boolean;
	/** First month in which it binds, or null. */
	firstMonth: number | null;
	/** Relaxation sessions displaced per worked week in the last projected month. */
	displacedPerWeek: number;
	/** The same per month. */
	displacedPerMonth: number;
	/** Hands-on hours per week in the last projected month. */
	hoursPerWeek: number;
}

/**
 * When the hands-on cap binds and what it costs in relaxation sessions, read from the
 * projection's rows (last month = the most ramped-up one). Per week = per month ÷
 * (weeksWorkedPerYear ÷ 12).
 *
 * Worked example: 4 weeks a month, 20 displaced sessions in the last month → 5 a week.
 */
export function capSummary(p: Projection, inputs: IncomeInputs): CapSummary {
	const first = p.months.find((m) => m.capBinds);
	const last = p.months[p.months.length - 1];
	const weeksPerMonth = inputs.weeksWorkedPerYear / 12;
	const perMonth = last?.displacedRelaxationSessions ?? 0;
	return {
		binds: first !== undefined,
		firstMonth: first?.month ?? null,
		displacedPerWeek: perMonth / weeksPerMonth,
		displacedPerMonth: perMonth,
		hoursPerWeek: last?.handsOnHoursPerWeek ?? 0
	};
}

/** Effective hourly earnings with and without medical work, as printed ("$45.12"). */
export function hourlyTexts(p: Projection): { withMedical: string; baseline: string } {
	const none = 'no hands-on hours';
	return {
		withMedical: usdHourly(p.effectiveHourlyUsd, none),
		baseline: usdHourly(p.baselineEffectiveHourlyUsd, none)
	};
}

/**
 * When payer cash catches up with payer revenue: "month 9", with a note when that is after the
 * horizon, or that no payer is billed.
 */
export function catchUpText(p: Projection, horizonMonths: number): string {
	const m = p.monthsUntilInsuranceCashCatchesUp;
	if (m === null) return 'no payer billed: every medical session is self-pay';
	return m > horizonMonths ? `month ${m}, after the ${horizonMonths}-month horizon` : `month ${m}`;
}
