/**
 * Chart.js configurations built from plain data. Pure (no DOM), so they can be unit-tested;
 * numbers are passed through unrounded and formatted only in tick and tooltip callbacks.
 */
import type { ChartConfiguration } from 'chart.js';
import { count, usd } from '$lib/format';

/** Mid-tone colours that read on both light and dark backgrounds. */
export const SERIES = ['#3b82c4', '#d9822b', '#2e9e6b', '#9b59b6'] as const;

/** Horizontal bars of annual wage percentiles. */
export function percentileBars(
	labels: string[],
	values: (number | null)[],
	seriesLabel: string
): ChartConfiguration<'bar'> {
	return {
		type: 'bar',
		data: { labels, datasets: [{ label: seriesLabel, data: values, backgroundColor: SERIES[0] }] },
		options: {
			indexAxis: 'y',
			maintainAspectRatio: false,
			animation: false,
			plugins: {
				legend: { display: false },
				tooltip: { callbacks: { label: (ctx) => `${seriesLabel}: ${usd(ctx.parsed.x)}` } }
			},
			scales: {
				x: { beginAtZero: true, ticks: { callback: (v) => usd(Number(v)) } }
			}
		}
	};
}

/** Two lines on two axes: employment (left) and median annual wage (right), by year. */
export function employmentAndWageLines(
	years: number[],
	employment: (number | null)[],
	medianWage: (number | null)[]
): ChartConfiguration<'line'> {
	return {
		type: 'line',
		data: {
			labels: years.map(String),
			datasets: [
				{
					label: 'Employment (jobs)',
					data: employment,
					borderColor: SERIES[0],
					backgroundColor: SERIES[0],
					yAxisID: 'emp',
					spanGaps: false
				},
				{
					label: 'Median annual wage',
					data: medianWage,
					borderColor: SERIES[1],
					backgroundColor: SERIES[1],
					borderDash: [6, 4],
					yAxisID: 'wage',
					spanGaps: false
				}
			]
		},
		options: {
			maintainAspectRatio: false,
			animation: false,
			interaction: { mode: 'index', intersect: false },
			plugins: {
				legend: { labels: { usePointStyle: true } },
				tooltip: {
					callbacks: {
						label: (ctx) =>
							ctx.dataset.yAxisID === 'wage'
								? `Median annual wage: ${usd(ctx.parsed.y)}`
								: `Employment: ${count(ctx.parsed.y)}`
					}
				}
			},
			scales: {
				emp: {
					type: 'linear',
					position: 'left',
					title: { display: true, text: 'Employment (jobs)' },
					ticks: { callback: (v) => count(Number(v)) }
				},
				wage: {
					type: 'linear',
					position: 'right',
					title: { display: true, text: 'Median annual wage (USD)' },
					grid: { drawOnChartArea: false },
					ticks: { callback: (v) => usd(Number(v)) }
				}
			}
		}
	};
}

/** Vertical grouped bars: one group per label, one bar per series (money on the y axis). */
export function groupedMoneyBars(
	labels: string[],
	series: { label: string; values: (number | null)[] }[],
	unit = 'USD/yr'
): ChartConfiguration<'bar'> {
	return {
		type: 'bar',
		data: {
			labels,
			datasets: series.map((s, i) => ({
				label: s.label,
				data: s.values,
				backgroundColor: SERIES[i % SERIES.length]
			}))
		},
		options: {
			maintainAspectRatio: false,
			animation: false,
			plugins: {
				legend: { labels: { usePointStyle: true } },
				tooltip: {
					callbacks: {
						label: (ctx) =>
							`${ctx.dataset.label}: ${ctx.parsed.y === null ? 'not published' : usd(ctx.parsed.y)}`
					}
				}
			},
			scales: {
				y: {
					beginAtZero: true,
					title: { display: true, text: unit },
					ticks: { callback: (v) => usd(Number(v)) }
				}
			}
		}
	};
}
