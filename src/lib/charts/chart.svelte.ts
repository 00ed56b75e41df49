/**
 * Chart.js, loaded lazily and registered sparingly.
 *
 * `chart(() => config)` is an attachment for `{@attach}`: it imports the registered Chart.js
 * parts on first use and draws only once the canvas comes near the viewport (so charts further
 * down never compete with first paint and input), and destroys the chart on cleanup. When the config read by the getter changes, the chart is updated in place
 * (new data and options, no animation) instead of being torn down and rebuilt; a change of
 * chart type rebuilds it.
 */
import type { ChartConfiguration } from 'chart.js';

type ChartClass = typeof import('./registered').Chart;
let loading: Promise<ChartClass> | null = null;

/** Import the registered Chart.js parts once. */
export function loadChartJs(): Promise<ChartClass> {
	loading ??= import('./registered').then((m) => m.Chart);
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

/** Attachment: draw the config returned by `getConfig` on the canvas, and keep it current. */
export function chart(getConfig: () => ChartConfiguration) {
	return (canvas: HTMLCanvasElement) => {
		let destroyed = false;
		let instance: InstanceType<ChartClass> | null = null;
		let latest: ChartConfiguration | null = null;
		let visible = $state(typeof IntersectionObserver === 'undefined');
		let observer: IntersectionObserver | null = null;
		if (!visible) {
			observer = new IntersectionObserver(
				(entries) => {
					if (entries.some((e) => e.isIntersecting)) {
						visible = true;
						observer?.disconnect();
					}
				},
				{ rootMargin: '200px' }
			);
			observer.observe(canvas);
		}

		$effect(() => {
			const config = getConfig();
			latest = config;
			if (!visible) return;
			if (instance && (instance.config as ChartConfiguration).type === config.type) {
				instance.data = config.data;
				instance.options = config.options ?? {};
				instance.update('none');
				return;
			}
			instance?.destroy();
			instance = null;
			loadChartJs().then((Chart) => {
				// The config may have changed while Chart.js was loading: draw the latest one.
				if (destroyed || instance || !latest) return;
				const c = themeColors(canvas);
				Chart.defaults.color = c.muted;
				Chart.defaults.borderColor = c.grid;
				Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
				instance = new Chart(canvas, latest);
			});
		});

		return () => {
			destroyed = true;
			observer?.disconnect();
			instance?.destroy();
			instance = null;
		};
	};
}
