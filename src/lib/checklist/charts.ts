/**
 * Chart.js configurations for `/checklist`, built from plain numbers. Pure (no DOM), unrounded
 * data; numbers are formatted only in tick and tooltip callbacks, through `$lib/format`.
 */
import type { ChartConfiguration } from 'chart.js';
import { horizontalBars, SERIES } from '$lib/charts/configs';
import { chartBasics, sideAxis, swatchLegend } from '$lib/charts/options';
import { count, decimal, pct, usd } from '$lib/format';

/** Horizontal bars of percentages (percent units, 0–100). */
export function percentBars(
	labels: string[],
	values: number[],
	seriesLabel: string
): ChartConfiguration<'bar'> {
	return horizontalBars(labels, values, seriesLabel, (v) => pct(v), { max: 100 });
}

/** Active clients (line, left axis) and marketing spend to date (bars, right axis) by month. */
export function clientsAndSpend(
	months: number[],
	activeClients: number[],
	spendToDateUsd: number[]
): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: months.map((m) => `Month ${m}`),
			datasets: [
				{
					type: 'line',
					label: 'Active clients',
					data: activeClients,
					borderColor: SERIES[0],
					backgroundColor: SERIES[0],
					yAxisID: 'clients',
					order: 0
				},
				{
					type: 'bar',
					label: 'Marketing spend to date (USD)',
					data: spendToDateUsd,
					backgroundColor: SERIES[1],
					yAxisID: 'spend',
					order: 1
				}
			]
		},
		options: {
			...chartBasics('index'),
			plugins: {
				legend: swatchLegend(),
				tooltip: {
					callbacks: {
						label: (ctx) =>
							ctx.dataset.yAxisID === 'spend'
								? `Spend to date: ${usd(ctx.parsed.y)}`
								: `Active clients: ${decimal(ctx.parsed.y, 1)}`
					}
				}
			},
			scales: {
				clients: sideAxis('left', 'Active clients', count, true),
				spend: sideAxis('right', 'Spend to date (USD)', usd, true)
			}
		}
	};
}
