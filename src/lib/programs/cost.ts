/**
 * Cost of a program: cost per hour, the user's figures laid over the published ones, and the
 * full cost of attendance (tuition, materials, fees, travel, and the income given up while
 * training). Pure and unrounded: money is rounded only in `$lib/format`.
 */
import {
	checkBreakdown,
	costBadges,
	formatKind,
	hoursBadges,
	noteBadges,
	type Badge,
	type BreakdownCheck,
	type FormatKind
} from './quality';
import type { Program, YourFigures } from './types';

/**
 * Cost per training hour: cost ÷ hours, USD per hour. `null` when either is unknown or the
 * hours are 0 (never a made-up 0 or infinity).
 *
 * @example costPerHour(3000, 104) → 28.846… ($3,000 ÷ 104 h)
 */
export function costPerHour(costUsd: number | null, hours: number | null): number | null {
	if (costUsd === null || hours === null || hours <= 0) return null;
	return costUsd / hours;
}

/** A program as the page shows it: the user's figures applied, checks and badges computed. */
export interface ProgramView extends Program {
	/** Hours used in sums: your figure if given, else the published total. */
	hours: number | null;
	hoursIsYours: boolean;
	/** Cost used in sums: your figure if given, else the published cost. */
	cost: number | null;
	costIsYours: boolean;
	costPerHour: number | null;
	check: BreakdownCheck;
	costBadges: Badge[];
	hoursBadges: Badge[];
	/** Caveats on the program as a whole (from its note). */
	noteBadges: Badge[];
	formatKind: FormatKind;
}

/**
 * Lay the user's figures over a program. Badges describe the published figure, so they are
 * dropped where the user's figure replaces it; the breakdown check always compares the
 * published breakdown with the published total.
 */
export function programView(p: Program, yours: YourFigures | undefined): ProgramView {
	const hoursIsYours = yours?.totalHours !== undefined;
	const costIsYours = yours?.costUsd !== undefined;
	const hours = hoursIsYours ? yours!.totalHours! : p.totalHours;
	const cost = costIsYours ? yours!.costUsd! : p.costUsd;
	return {
		...p,
		hours,
		hoursIsYours,
		cost,
		costIsYours,
		costPerHour: costPerHour(cost, hours),
		check: checkBreakdown(p.hoursBreakdown, p.totalHours),
		costBadges: costIsYours ? [] : costBadges(p),
		hoursBadges: hoursIsYours ? [] : hoursBadges(p),
		noteBadges: noteBadges(p),
		formatKind: formatKind(p.format)
	};
}

/** Class hours in one in-person training day (assumption; see `defaultTravelDays`). */
export const CLASS_HOURS_PER_DAY = 8;

/**
 * Default number of days away from home to attend, before the user says otherwise:
 * for an in-person format, hours ÷ 8 class hours a day, rounded up to whole days; 0 for
 * online, exam and mixed formats (the data does not say how many of their hours are on site),
 * and 0 when hours are unknown. Returned with the reason, which the page shows.
 *
 * @example defaultTravelDays('in person', 32) → { days: 4, … }   (32 ÷ 8 = 4)
 */
export function defaultTravelDays(
	kind: FormatKind,
	hours: number | null
): { days: number; reason: string } {
	if (kind !== 'in person')
		return {
			days: 0,
			reason:
				kind === 'hybrid'
					? 'mixed format: the data does not say how many days are on site'
					: kind === 'not published'
						? 'format not published: no travel assumed'
						: `${kind} format: no travel assumed`
		};
	if (hours === null) return { days: 0, reason: 'hours not published' };
	return {
		days: Math.ceil(hours / CLASS_HOURS_PER_DAY),
		reason: `in-person format: ${hours} h ÷ ${CLASS_HOURS_PER_DAY} class hours a day, rounded up`
	};
}

export interface AttendanceInputs {
	/** Tuition (the program's price), USD. */
	tuitionUsd: number;
	/** Books and materials, USD; null = not known (left out of the total, and said so). */
	materialsUsd: number | null;
	/** Exam, application and registration fees, USD; null = not known. */
	feesUsd: number | null;
	/** Days away from home to attend. */
	inPersonDays: number;
	/** Travel, lodging and meals per day away, USD. */
	travelPerDayUsd: number;
	/** Training hours; null = not known (income given up is then left out, and said so). */
	trainingHours: number | null;
	/** Share of training hours that replace paid work, a fraction 0–1. */
	paidWorkShare: number;
	/** What the user earns per hour of work, USD. */
	hourlyEarningsUsd: number;
}

export interface AttendanceCost {
	tuitionUsd: number;
	materialsUsd: number | null;
	feesUsd: number | null;
	travelUsd: number;
	/** Null when the training hours are not known. */
	incomeForgoneUsd: number | null;
	/** Sum of every known item. */
	totalUsd: number;
	/** Items left out because they are not known, e.g. ["materials"]. */
	notIncluded: string[];
}

function assertNonNegative(name: string, value: number | null): void {
	if (value !== null && !(value >= 0 && Number.isFinite(value)))
		throw new RangeError(`${name} must be a finite number ≥ 0`);
}

/**
 * Cost of attendance: tuition + materials + fees + travel + income given up, where
 * travel = days × cost per day and income given up = hours × share from paid work × hourly
 * earnings. Unknown materials, fees or hours are left out and listed in `notIncluded`.
 *
 * @example tuition 3000, materials 45, fees 250, 4 days × $150, 104 h × 100% × $28.10
 *   → travel 600, income given up 2922.40, total 6817.40
 * @throws RangeError naming the field for a negative or non-finite input.
 */
export function costOfAttendance(i: AttendanceInputs): AttendanceCost {
	for (const [k, v] of Object.entries(i)) assertNonNegative(k, v as number | null);
	if (i.paidWorkShare > 1) throw new RangeError('paidWorkShare must be 0–1');
	const travelUsd = i.inPersonDays * i.travelPerDayUsd;
	const incomeForgoneUsd =
		i.trainingHours === null ? null : i.trainingHours * i.paidWorkShare * i.hourlyEarningsUsd;
	const notIncluded: string[] = [];
	if (i.materialsUsd === null) notIncluded.push('materials');
	if (i.feesUsd === null) notIncluded.push('exam and application fees');
	if (incomeForgoneUsd === null) notIncluded.push('income given up (hours not published)');
	const totalUsd =
		i.tuitionUsd + (i.materialsUsd ?? 0) + (i.feesUsd ?? 0) + travelUsd + (incomeForgoneUsd ?? 0);
	return {
		tuitionUsd: i.tuitionUsd,
		materialsUsd: i.materialsUsd,
		feesUsd: i.feesUsd,
		travelUsd,
		incomeForgoneUsd,
		totalUsd,
		notIncluded
	};
}
