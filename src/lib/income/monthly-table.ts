/**
 * The monthly table (and its CSV): one row for "today" (month 0, the one-time costs) and one
 * per projected month. Values are the projection's own, unrounded; DataTable formats them on
 * screen and writes them raw to the CSV, so the CSV's cumulative cash reproduces the payback.
 *
 * @module
 */
import type { Column } from '$lib/components/table';
import type { Projection } from '$lib/finance';

export interface MonthlyTableRow extends Record<string, unknown> {
	month: number;
	baselineRevenueUsd: number;
	relaxationRevenueUsd: number;
	tipsRevenueUsd: number;
	medicalCashRevenueUsd: number;
	insuranceRevenueUsd: number;
	insuranceCashReceivedUsd: number;
	totalRevenueUsd: number;
	oneTimeCostsUsd: number;
	monthlyCostsUsd: number;
	baselineNetUsd: number;
	withMedicalNetUsd: number;
	netIncrementUsd: number;
	cumulativeCashUsd: number;
	displacedRelaxationSessions: number;
}

/** Column label of the cumulative cash, which the payback is read from. */
export const CUMULATIVE_LABEL = 'Cumulative extra cash (USD)';

export const MONTHLY_COLUMNS: Column<MonthlyTableRow>[] = [
	{ key: 'month', label: 'Month', kind: 'count' },
	{ key: 'baselineRevenueUsd', label: 'Revenue without medical (USD)', kind: 'usd' },
	{ key: 'relaxationRevenueUsd', label: 'Relaxation fees (USD)', kind: 'usd' },
	{ key: 'tipsRevenueUsd', label: 'Tips (USD)', kind: 'usd' },
	{ key: 'medicalCashRevenueUsd', label: 'Medical self-pay (USD)', kind: 'usd' },
	{ key: 'insuranceRevenueUsd', label: 'Insurance earned (USD)', kind: 'usd' },
	{ key: 'insuranceCashReceivedUsd', label: 'Insurance cash received (USD)', kind: 'usd' },
	{ key: 'totalRevenueUsd', label: 'Revenue with medical (USD)', kind: 'usd' },
	{ key: 'oneTimeCostsUsd', label: 'One-time costs (USD)', kind: 'usd' },
	{ key: 'monthlyCostsUsd', label: 'Monthly costs with medical (USD)', kind: 'usd' },
	{ key: 'baselineNetUsd', label: 'Net without medical (USD)', kind: 'usd' },
	{ key: 'withMedicalNetUsd', label: 'Net with medical (USD)', kind: 'usd' },
	{ key: 'netIncrementUsd', label: 'Extra cash this month (USD)', kind: 'usd' },
	{ key: 'cumulativeCashUsd', label: CUMULATIVE_LABEL, kind: 'usd' },
	{ key: 'displacedRelaxationSessions', label: 'Relaxation sessions displaced', kind: 'decimal1' }
];

/**
 * Rows of the monthly table. Month 0 has the one-time costs as its (negative) extra cash and
 * no revenue; months 1…H copy the projection's rows.
 *
 * Worked example (finance scenario A): month 0 → extra cash −4000, cumulative −4000; month 1 →
 * revenue with medical 6800, monthly costs 1175, extra cash 2225, cumulative −1775.
 */
export function monthlyTableRows(p: Projection): MonthlyTableRow[] {
	const rows: MonthlyTableRow[] = [
		{
			month: 0,
			baselineRevenueUsd: 0,
			relaxationRevenueUsd: 0,
			tipsRevenueUsd: 0,
			medicalCashRevenueUsd: 0,
			insuranceRevenueUsd: 0,
			insuranceCashReceivedUsd: 0,
			totalRevenueUsd: 0,
			oneTimeCostsUsd: p.oneTimeCostsUsd,
			monthlyCostsUsd: 0,
			baselineNetUsd: 0,
			withMedicalNetUsd: p.cashFlows[0] ?? 0,
			netIncrementUsd: p.cashFlows[0] ?? 0,
			cumulativeCashUsd: p.cumulativeCashUsd[0] ?? 0,
			displacedRelaxationSessions: 0
		}
	];
	for (const m of p.months) {
		rows.push({
			month: m.month,
			baselineRevenueUsd: m.baselineRevenueUsd,
			relaxationRevenueUsd: m.relaxationRevenueUsd,
			tipsRevenueUsd: m.tipsRevenueUsd,
			medicalCashRevenueUsd: m.medicalCashRevenueUsd,
			insuranceRevenueUsd: m.insuranceRevenueUsd,
			insuranceCashReceivedUsd: m.insuranceCashReceivedUsd,
			totalRevenueUsd: m.totalRevenueUsd,
			oneTimeCostsUsd: 0,
			monthlyCostsUsd: m.totalCostsUsd,
			baselineNetUsd: m.baselineNetUsd,
			withMedicalNetUsd: m.withMedicalNetUsd,
			netIncrementUsd: m.netIncrementUsd,
			cumulativeCashUsd: m.cumulativeCashUsd,
			displacedRelaxationSessions: m.displacedRelaxationSessions
		});
	}
	return rows;
}
