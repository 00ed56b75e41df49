/**
 * Option pieces every chart config in the app shares, so a chart states only what is its own.
 * Pure (no DOM); each call returns fresh objects, so Chart.js never shares one between charts.
 */
import { usd } from '$lib/format';

/**
 * Fill the box the page gives the chart and draw at once (no animation). With `'index'`,
 * hovering anywhere over a label shows every series at it.
 */
export function chartBasics(hover?: 'index') {
	const basics = { maintainAspectRatio: false, animation: false } as const;
	return hover ? { ...basics, interaction: { mode: hover, intersect: false } as const } : basics;
}

/** A legend of point-shaped swatches, one per series. */
export const swatchLegend = () => ({ labels: { usePointStyle: true } });

/** An axis with a title and, when given, ticks written by `format`; `extra` adds its own options. */
export function axis<X extends object>(title: string, format?: (v: number) => string, extra?: X) {
	return {
		...extra,
		title: { display: true, text: title },
		...(format ? { ticks: { callback: (v: number | string) => format(Number(v)) } } : {})
	};
}

/**
 * A value axis on one side of a chart with two (say jobs on the left, wages on the right); the
 * right one's grid lines are left off the chart area so the two grids do not cross.
 */
export function sideAxis(
	position: 'left' | 'right',
	title: string,
	format: (v: number) => string,
	beginAtZero?: true
) {
	return axis(title, format, {
		type: 'linear',
		position,
		...(beginAtZero ? { beginAtZero } : {}),
		...(position === 'right' ? { grid: { drawOnChartArea: false } } : {})
	} as const);
}

/** Tooltip line "Series name: $1,234" for charts whose y values are money. */
export const seriesUsd = (ctx: { dataset: { label?: string }; parsed: { y: number | null } }) =>
	`${ctx.dataset.label}: ${usd(ctx.parsed.y)}`;

/** A line series in one colour (its legend swatch too), without point markers; dashed by `dash`. */
export const lineSeries = (label: string, data: number[], colour: string, dash: number[] = []) => ({
	label,
	data,
	borderColor: colour,
	backgroundColor: colour,
	borderDash: dash,
	pointRadius: 0
});
