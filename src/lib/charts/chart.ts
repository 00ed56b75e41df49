/**
 * Chart.js, loaded lazily and registered sparingly.
 *
 * `chart(config)` is an attachment for `{@attach}`: it imports Chart.js on first use (so it
 * never blocks first paint), registers only the controllers, elements and plugins our charts
 * use, draws on the canvas, and destroys the chart on cleanup. When the config passed in
 * changes, Svelte re-runs the attachment, which redraws.
 */
import type { ChartConfiguration, ChartType } from 'chart.js';

type ChartModule = typeof import('chart.js');
let loading: Promise<ChartModule> | null = null;

/** Import Chart.js once and register only what we draw. */
export function loadChartJs(): Promise<ChartModule> {
	loading ??= import('chart.js').then((m) => {
		m.Chart.register(
			m.LineController,
			m.BarController,
			m.ScatterController,
			m.LineElement,
			m.BarElement,
			m.PointElement,
			m.CategoryScale,
			m.LinearScale,
			m.Filler,
			m.Tooltip,
			m.Legend
		);
		return m;
	});
	return loading;
}

/** Colours read from the page's CSS tokens so charts follow light and dark themes. */
export function themeColors(el: Element): {
	fg: string;
	muted: string;
	grid: string;
	accent: string;
} {
	const css = getComputedStyle(el);
	const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
	return {
		fg: read('--fg', '#1b1f24'),
		muted: read('--fg-muted', '#4a5361'),
		grid: read('--border', '#c9d0da'),
		accent: read('--accent', '#1f5f99')
	};
}

/** Attachment: draw `config` on the canvas it is attached to. */
export function chart<T extends ChartType>(config: ChartConfiguration<T>) {
	return (canvas: HTMLCanvasElement) => {
		let destroyed = false;
		let instance: { destroy(): void } | null = null;
		loadChartJs().then(({ Chart }) => {
			if (destroyed) return;
			const c = themeColors(canvas);
			Chart.defaults.color = c.muted;
			Chart.defaults.borderColor = c.grid;
			Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
			instance = new Chart(canvas, config as ChartConfiguration);
		});
		return () => {
			destroyed = true;
			instance?.destroy();
		};
	};
}
