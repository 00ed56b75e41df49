/**
 * The Chart.js parts our charts use, imported by name so the bundler leaves the rest out
 * (doughnut, radar, polar, time scales…), and registered once. Loaded lazily by chart.svelte.ts.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	ScatterController,
	Tooltip
} from 'chart.js';

Chart.register(
	LineController,
	BarController,
	ScatterController,
	LineElement,
	BarElement,
	PointElement,
	CategoryScale,
	LinearScale,
	Filler,
	Tooltip,
	Legend
);

export { Chart };
