/**
 * Series and table rows for the income page's charts, from the projection, the Monte Carlo
 * summary and the tornado. Pure and unrounded: the chart configs and tables format.
 *
 * @module
 */
import type { Projection, SimulationResult, TornadoBar } from '$lib/finance';
import { FIELDS } from './income-fields';
import { OEWS_PERCENTILES, type PublishedPercentiles } from './wage-position';

export interface CashRow extends Record<string, unknown> {
	month: number;
	likelyUsd: number;
	p10Usd: number | null;
	p50Usd: number | null;
	p90Usd: number | null;
}

/**
 * Cumulative extra cash by month 0…H from your inputs, with the Monte Carlo P10/P50/P90 when a
 * summary for the same horizon is given (null otherwise).
 */
export function cashRows(p: Projection, sim: SimulationResult | null): CashRow[] {
	const band = sim !== null && sim.p50.length === p.cumulativeCashUsd.length ? sim : null;
	return p.cumulativeCashUsd.map((c, m) => ({
		month: m,
		likelyUsd: c,
		p10Usd: band ? (band.p10[m] ?? null) : null,
		p50Usd: band ? (band.p50[m] ?? null) : null,
		p90Usd: band ? (band.p90[m] ?? null) : null
	}));
}

export interface RevenueSeries {
	labels: string[];
	series: { label: string; values: number[] }[];
	baseline: number[];
	/** Revenue with medical minus without, in the last projected month (USD/month). */
	addedLastMonthUsd: number;
}

/** Revenue by source per month (earned basis) and the revenue without medical work. */
export function revenueSeries(p: Projection): RevenueSeries {
	const last = p.months[p.months.length - 1];
	return {
		labels: p.months.map((m) => String(m.month)),
		series: [
			{ label: 'Relaxation fees', values: p.months.map((m) => m.relaxationRevenueUsd) },
			{ label: 'Tips', values: p.months.map((m) => m.tipsRevenueUsd) },
			{ label: 'Medical self-pay', values: p.months.map((m) => m.medicalCashRevenueUsd) },
			{ label: 'Insurance (earned)', values: p.months.map((m) => m.insuranceRevenueUsd) }
		],
		baseline: p.months.map((m) => m.baselineRevenueUsd),
		addedLastMonthUsd: last ? last.totalRevenueUsd - last.baselineRevenueUsd : 0
	};
}

export interface TornadoRow extends Record<string, unknown> {
	driver: string;
	low: string;
	high: string;
	npvLowUsd: number;
	npvHighUsd: number;
	swingUsd: number;
}

/** Tornado bars as table rows, largest swing first; driver values shown with their units. */
export function tornadoRows(
	bars: readonly TornadoBar[],
	show: (driver: TornadoBar['driver'], value: number) => string
): TornadoRow[] {
	return bars.map((b) => ({
		driver: FIELDS[b.driver].label,
		low: show(b.driver, b.low),
		high: show(b.driver, b.high),
		npvLowUsd: b.npvLow,
		npvHighUsd: b.npvHigh,
		swingUsd: b.swing
	}));
}

export interface WageRow extends Record<string, unknown> {
	label: string;
	valueUsd: number | null;
}

/** Published percentiles plus "Your effective earnings" as the last row. */
export function wageRows(published: PublishedPercentiles, yours: number): WageRow[] {
	const name = (p: number) => (p === 50 ? 'Median' : `${p}th percentile`);
	return [
		...OEWS_PERCENTILES.map((p, i) => ({ label: name(p), valueUsd: published[i] ?? null })),
		{ label: 'Your effective earnings', valueUsd: yours }
	];
}
