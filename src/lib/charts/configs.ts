/**
 * Chart.js configurations built from plain data. Pure (no DOM), so they can be unit-tested;
 * numbers are passed through unrounded and formatted only in tick and tooltip callbacks.
 */
import type { ChartConfiguration } from 'chart.js';
import { count, usd, usdHourly } from '$lib/format';
import { axis, chartBasics, lineSeries, seriesUsd, sideAxis, swatchLegend } from './options';

/** Mid-tone colours that read on both light and dark backgrounds. */
export const SERIES = ['#3b82c4', '#d9822b', '#2e9e6b', '#9b59b6'] as const;

/**
 * One series of horizontal bars. `format` writes a value for the axis and the tooltip;
 * options fix the end of the axis (`max`, e.g. 100 for percentages), title the axis, give the
 * tooltip its own wording (it receives null for a missing bar) or the ticks their own format,
 * and pick the colour.
 */
export function horizontalBars(
	labels: string[],
	values: (number | null)[],
	seriesLabel: string,
	format: (v: number | null) => string,
	options: {
		max?: number;
		axisTitle?: string;
		tooltip?: (v: number | null) => string;
		tick?: (v: number) => string;
		colour?: string;
	} = {}
): ChartConfiguration<'bar'> {
	const { max, axisTitle, colour = SERIES[0] } = options;
	const tooltip = options.tooltip ?? ((v) => `${seriesLabel}: ${format(v)}`);
	const tick = options.tick ?? format;
	return {
		type: 'bar',
		data: { labels, datasets: [{ label: seriesLabel, data: values, backgroundColor: colour }] },
		options: {
			indexAxis: 'y',
			...chartBasics(),
			plugins: {
				legend: { display: false },
				tooltip: { callbacks: { label: (ctx) => tooltip(ctx.parsed.x) } }
			},
			scales: {
				x: {
					beginAtZero: true,
					max,
					...(axisTitle ? { title: { display: true, text: axisTitle } } : {}),
					ticks: { callback: (v) => tick(Number(v)) }
				}
			}
		}
	};
}

/** Horizontal bars of annual wage percentiles (USD). */
export function percentileBars(
	labels: string[],
	values: (number | null)[],
	seriesLabel: string
): ChartConfiguration<'bar'> {
	return horizontalBars(labels, values, seriesLabel, (v) => usd(v));
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
			...chartBasics('index'),
			plugins: {
				legend: swatchLegend(),
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
				emp: sideAxis('left', 'Employment (jobs)', count),
				wage: sideAxis('right', 'Median annual wage (USD)', usd)
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
			...chartBasics(),
			plugins: {
				legend: swatchLegend(),
				tooltip: {
					callbacks: {
						label: (ctx) =>
							`${ctx.dataset.label}: ${ctx.parsed.y === null ? 'not published' : usd(ctx.parsed.y)}`
					}
				}
			},
			scales: {
				y: axis(unit, usd, { beginAtZero: true })
			}
		}
	};
}

/** A point on a scatter that knows what it is, so the tooltip can name it. */
export interface NamedPoint {
	x: number;
	y: number;
	name: string;
}

/**
 * Scatter of hours (x) against cost in USD (y), one dataset per series; each series gets its
 * own point shape as well as colour, so it does not rely on colour alone. Hover or focus
 * names the point: "Program name: 104 h, $3,000".
 */
export function hoursCostScatter(
	series: { label: string; points: NamedPoint[] }[]
): ChartConfiguration<'scatter', NamedPoint[]> {
	const shapes = ['circle', 'triangle', 'rectRot', 'rect'] as const;
	return {
		type: 'scatter',
		data: {
			datasets: series.map((s, i) => ({
				label: s.label,
				data: s.points,
				backgroundColor: SERIES[i % SERIES.length],
				borderColor: SERIES[i % SERIES.length],
				pointStyle: shapes[i % shapes.length],
				pointRadius: 6,
				pointHoverRadius: 8
			}))
		},
		options: {
			...chartBasics(),
			plugins: {
				legend: swatchLegend(),
				tooltip: {
					callbacks: {
						label: (ctx) => {
							const p = ctx.raw as NamedPoint;
							return `${p.name}: ${count(p.x)} h, ${usd(p.y)}`;
						}
					}
				}
			},
			scales: {
				x: axis('Training hours', count, { type: 'linear', beginAtZero: true } as const),
				y: axis('Cost (USD)', usd, { beginAtZero: true })
			}
		}
	};
}

/** Translucent fill for a P10–P90 band (the first series colour at 25 % opacity). */
const BAND_FILL = 'rgba(59, 130, 196, 0.25)';

/**
 * Cumulative cash by month: the projection from the inputs as a solid line and, when given,
 * the Monte Carlo P10–P90 band (filled between) and the P50 (dashed).
 */
export function cashBandLines(
	labels: string[],
	likely: number[],
	band: { p10: number[]; p50: number[]; p90: number[] } | null
): ChartConfiguration<'line'> {
	const line = (label: string, data: number[], colour: string, dash?: number[]) => ({
		...lineSeries(label, data, colour, dash),
		borderWidth: 2
	});
	const datasets: ChartConfiguration<'line'>['data']['datasets'] = [];
	if (band) {
		datasets.push(
			{ ...line('P10 (1 in 10 paths end lower)', band.p10, SERIES[0], [2, 3]), fill: false },
			{
				...line('P90 (1 in 10 paths end higher)', band.p90, SERIES[0], [2, 3]),
				fill: '-1',
				backgroundColor: BAND_FILL
			},
			line('P50 (median path value)', band.p50, SERIES[0], [6, 4])
		);
	}
	datasets.push(line('Your inputs', likely, SERIES[1]));
	return {
		type: 'line',
		data: { labels, datasets },
		options: {
			...chartBasics('index'),
			plugins: {
				legend: swatchLegend(),
				tooltip: { callbacks: { label: seriesUsd } }
			},
			scales: {
				x: axis('Month'),
				y: axis('Cumulative extra cash (USD)', usd)
			}
		}
	};
}

/** Stacked money bars per label (e.g. revenue by source per month), with a comparison line. */
export function stackedMoneyBars(
	labels: string[],
	series: { label: string; values: number[] }[],
	line: { label: string; values: number[] },
	axisTitle: string
): ChartConfiguration<'bar' | 'line', number[], string> {
	return {
		type: 'bar',
		data: {
			labels,
			datasets: [
				...series.map((s, i) => ({
					type: 'bar' as const,
					label: s.label,
					data: s.values,
					backgroundColor: SERIES[i % SERIES.length],
					stack: 'revenue',
					order: 1
				})),
				{
					type: 'line' as const,
					...lineSeries(line.label, line.values, '#7a7a7a', [6, 4]),
					borderWidth: 3,
					order: 0
				}
			]
		},
		options: {
			...chartBasics('index'),
			plugins: {
				legend: swatchLegend(),
				tooltip: { callbacks: { label: seriesUsd } }
			},
			scales: {
				x: axis('Month', undefined, { stacked: true }),
				y: axis(axisTitle, usd, { stacked: true, beginAtZero: true })
			}
		}
	};
}

/**
 * Tornado chart: for each label a floating bar from the base value to the value with the
 * driver at its low end, and one to the value with it at its high end (horizontal).
 */
export function tornadoBars(
	labels: string[],
	base: number,
	lows: number[],
	highs: number[]
): ChartConfiguration<'bar'> {
	const bars = (values: number[]) => values.map((v) => [base, v] as [number, number]);
	return {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{ label: 'Driver at its low value', data: bars(lows), backgroundColor: SERIES[1] },
				{ label: 'Driver at its high value', data: bars(highs), backgroundColor: SERIES[0] }
			]
		},
		options: {
			indexAxis: 'y',
			...chartBasics(),
			plugins: {
				legend: swatchLegend(),
				tooltip: {
					callbacks: {
						label: (ctx) => {
							const raw = ctx.raw as [number, number];
							return `${ctx.dataset.label}: NPV ${usd(raw[1])}`;
						}
					}
				}
			},
			scales: {
				x: axis(`Net present value (USD); likely ${usd(base)}`, usd)
			}
		}
	};
}

/** Horizontal money bars with one bar highlighted (e.g. your figure among percentiles). */
export function highlightedMoneyBars(
	labels: string[],
	values: (number | null)[],
	highlight: number,
	hourly: boolean
): ChartConfiguration<'bar'> {
	const money = (v: number) => (hourly ? usdHourly(v) : usd(v));
	return {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{
					label: hourly ? 'USD per hour' : 'USD per year',
					data: values,
					backgroundColor: values.map((_, i) => (i === highlight ? SERIES[1] : SERIES[0]))
				}
			]
		},
		options: {
			indexAxis: 'y',
			...chartBasics(),
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: {
						label: (ctx) => (ctx.parsed.x === null ? 'not published' : money(ctx.parsed.x))
					}
				}
			},
			scales: { x: { beginAtZero: true, ticks: { callback: (v) => money(Number(v)) } } }
		}
	};
}
