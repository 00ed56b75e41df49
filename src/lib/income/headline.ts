/**
 * The headline results as the page prints them: big value plus a one-line explanation. Pure;
 * all rounding goes through format.ts, so the page, the comparison and the tests agree.
 *
 * @module
 */
import type { IncomeInputs, Projection } from '$lib/finance';
import { months, pctOfFraction, usd, usdHourly } from '$lib/format';

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
	const irr: Figure = {
		metric: 'irr-annual',
		label: 'Internal rate of return',
		short: 'IRR',
		value: pctOfFraction(p.irrAnnual, 'none'),
		unit: p.irrAnnual === null ? '' : '/yr',
		explain:
			p.irrAnnual === null
				? 'No rate makes the extra cash worth zero: it never changes sign within the horizon.'
				: `The yearly return on the up-front costs over ${h} months; compare it with your ${rate}.`
	};
	const after = p.steadyStateMonth > h ? ', after the horizon' : '';
	const steady: Figure = {
		metric: 'steady-state-annual-increment',
		label: 'Extra cash a year, once settled',
		short: 'Settled',
		value: usd(p.steadyStateAnnualIncrementUsd),
		unit: '/yr',
		explain: `With the full caseload and insurance paying on schedule, from month ${p.steadyStateMonth}${after}.`
	};
	return [payback, npv, irr, steady];
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
 * When insurance cash catches up with insurance revenue: "month 9", with a note when that is
 * after the horizon, or that there is no insurance billing.
 */
export function catchUpText(p: Projection, horizonMonths: number): string {
	const m = p.monthsUntilInsuranceCashCatchesUp;
	if (m === null) return 'no insurance billing';
	return m > horizonMonths ? `month ${m}, after the ${horizonMonths}-month horizon` : `month ${m}`;
}
