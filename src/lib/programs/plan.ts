/**
 * One program's full plan: its cost of attendance from the user's assumptions and figures,
 * and what it pays back. Shared by the comparison and the calculator, so both always show the
 * same numbers.
 */
import { costOfAttendance, defaultTravelDays, type AttendanceCost, type ProgramView } from './cost';
import { monthlyGain, payback, type Loan, type PaybackResult } from './payback';
import type { YourFigures } from './types';

/** The user's situation and expectations; every default is labelled on the page. */
export interface Assumptions {
	/** What the user earns per hour of work, USD. */
	hourlyEarningsUsd: number;
	/** Share of training hours that replace paid work, a fraction 0–1. */
	paidWorkShare: number;
	/** Travel, lodging and meals per day away, USD. */
	travelPerDayUsd: number;
	/** Medical sessions a week that earn the premium. */
	sessionsPerWeek: number;
	/** Extra price of a medical session over a regular one, USD. */
	premiumUsd: number;
	/** Weeks worked a year. */
	weeksPerYear: number;
	/** Months to build the medical caseload (the income page's ramp rule). */
	rampUpMonths: number;
}

export interface ProgramPlan {
	id: string;
	/** Days away used for travel, and whether it is the user's figure or the default's reason. */
	travelDays: { days: number; isYours: boolean; reason: string };
	/** Null when the program's price is not known. */
	attendance: AttendanceCost | null;
	monthlyGainUsd: number;
	result: PaybackResult | null;
	/** Why there is no cost of attendance, in words, or null. */
	missing: string | null;
}

/**
 * @example a $3,000, 104-hour in-person program with no figures of the user's, $150 a day,
 *   $28.10 an hour, all hours from paid work, 3 sessions × $20 × 48 weeks:
 *   travel 13 days (104 ÷ 8) × 150 = 1950; income given up 104 × 28.10 = 2922.40;
 *   total 3000 + 1950 + 2922.40 = 7872.40; gain 240 a month; with no ramp-up, payback
 *   7872.40 ÷ 240 = 32.80… months
 */
export function planProgram(
	view: ProgramView,
	yours: YourFigures | undefined,
	a: Assumptions,
	loan: Loan | null = null
): ProgramPlan {
	const byDefault = defaultTravelDays(view.formatKind, view.hours);
	const travelDays =
		yours?.inPersonDays !== undefined
			? { days: yours.inPersonDays, isYours: true, reason: 'your figure' }
			: { ...byDefault, isYours: false };
	const monthlyGainUsd = monthlyGain(a);
	/** A plan that cannot be worked out, saying what is missing. */
	const unworked = (missing: string): ProgramPlan => ({
		id: view.id,
		travelDays,
		attendance: null,
		monthlyGainUsd,
		result: null,
		missing
	});
	if (view.cost === null) return unworked('price not published: enter the price you were quoted');
	const attendance = costOfAttendance({
		tuitionUsd: view.cost,
		materialsUsd: yours?.materialsUsd ?? null,
		feesUsd: yours?.feesUsd ?? null,
		inPersonDays: travelDays.days,
		travelPerDayUsd: a.travelPerDayUsd,
		trainingHours: view.hours,
		paidWorkShare: a.paidWorkShare,
		hourlyEarningsUsd: a.hourlyEarningsUsd
	});
	// Figures each within range can still add up past what a number holds (1e308 + 1e308).
	if (!Number.isFinite(attendance.totalUsd) || !Number.isFinite(monthlyGainUsd))
		return unworked('the costs add up to more than can be worked out: check your figures');
	const usableLoan = loan && loan.principalUsd <= attendance.totalUsd ? loan : null;
	const result = payback({
		totalCostUsd: attendance.totalUsd,
		monthlyGainUsd,
		rampUpMonths: a.rampUpMonths,
		loan: usableLoan
	});
	return { id: view.id, travelDays, attendance, monthlyGainUsd, result, missing: null };
}
