/**
 * Chart.js configurations for the clinic page, built from plain numbers. Pure (no DOM); values
 * pass through unrounded and are formatted only in tick and tooltip callbacks. Uses only the
 * bar and line controllers already registered in `$lib/charts/chart`.
 *
 * @module
 */
import type { ChartConfiguration } from 'chart.js';
import { horizontalBars, SERIES } from '$lib/charts/configs';
import { axis, chartBasics, lineSeries, seriesUsd, swatchLegend } from '$lib/charts/options';
import { decimal, pctOfFraction, usd } from '$lib/format';

/** Horizontal bars: each factor's points in one state's score (null = left out, no bar). */
export function contributionBars(
	labels: string[],
	points: (number | null)[]
): ChartConfiguration<'bar'> {
	return horizontalBars(labels, points, 'Points of the score', (v) => decimal(v, 1), {
		axisTitle: 'Points (of 100)',
		tooltip: (v) => (v === null ? 'left out: no value' : `${decimal(v, 1)} points`),
		tick: (v) => decimal(v, 0)
	});
}

/**
 * Monthly operating profit (bars) and cumulative cash before financing (line), by month, on one
 * money axis. Bars above zero are profitable months; the line's lowest point is the funding
 * needed.
 */
export function pnlChart(
	months: number[],
	profit: number[],
	cumulative: number[]
): ChartConfiguration {
	return {
		type: 'bar',
		data: {
			labels: months.map(String),
			datasets: [
				{
					type: 'bar',
					label: 'Operating profit in the month',
					data: profit,
					backgroundColor: SERIES[0],
					order: 2
				},
				{
					type: 'line',
					...lineSeries('Cumulative cash before financing', cumulative, SERIES[1], [6, 4]),
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
						title: (items) => `Month ${items[0]?.label ?? ''}`,
						label: seriesUsd
					}
				}
			},
			scales: {
				x: axis('Month after opening'),
				y: axis('USD', usd)
			}
		}
	};
}

/** Horizontal bars: break-even utilisation (fractions) for each "what if" row. */
export function breakEvenBars(
	labels: string[],
	values: (number | null)[]
): ChartConfiguration<'bar'> {
	return horizontalBars(labels, values, 'Break-even utilisation', (v) => pctOfFraction(v), {
		axisTitle: 'Share of capacity booked to break even',
		tooltip: (v) =>
			v === null ? 'no break-even' : `Break-even at ${pctOfFraction(v)} of capacity`,
		colour: SERIES[2]
	});
}
