#!/usr/bin/env node
// `npm run audit:perf`: Lighthouse 12.8.2 (via npx, not a dependency) on every prerendered
// route of the built site, mobile preset, served with gzip like a real static host. Writes
// perf-results.json (route, performance score, TBT, LCP, JS bytes, longest start-up task,
// every run's score) and fails when a route's median run is over the budget in
// perf-budget.json. Run `npm run build` first.
//
// In the same run it audits the bare SvelteKit page (perf/bare, built here if needed) with the
// same flags and the same median of 3, and prints each route's TBT and longest start-up task
// beside the bare page's, as a ratio: absolute times vary between machines, the ratio much less.
//
// Longest start-up task: the longest top-level task on the page's main thread in the trace
// Lighthouse recorded, from navigation start to the end of its trace (load, then network and
// CPU quiet). It comes from Lighthouse's `main-thread-tasks` audit, which lists tasks over 5 ms
// with their observed durations: Lighthouse's mobile preset loads the page unthrottled at
// 412×823 and only simulates the 4× slowdown afterwards (TBT, LCP and the score are simulated),
// so this is the task as it really ran on this machine. Under 5 ms counts as 5 ms.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	BARE,
	BARE_BUILD,
	appRoutes,
	ensureBareBuild,
	fmtRatio,
	ratio,
	serve,
	snapshot
} from './perf-lib.mjs';

const budget = JSON.parse(readFileSync('perf-budget.json', 'utf8'));
if (!existsSync('build/index.html')) {
	console.error('No build/: run `npm run build` first.');
	process.exit(2);
}
if (!ensureBareBuild()) {
	console.error('The bare page (perf/bare) did not build.');
	process.exit(2);
}
const allRoutes = appRoutes();
// `node scripts/audit-perf.mjs /programs /clinic` audits just those routes.
const asked = process.argv.slice(2);
for (const r of asked)
	if (!allRoutes.includes(r)) {
		console.error(`No prerendered route ${r}; routes: ${allRoutes.join(' ')}`);
		process.exit(2);
	}
const routes = asked.length > 0 ? asked : allRoutes;
// LH_KEEP=<dir> keeps each full Lighthouse report there for a closer look.
const keep = process.env.LH_KEEP;

// Serve snapshots, so a rebuild during the audit cannot mix old and new assets. Each server
// takes a free port, so audits in other clones on the same machine cannot answer for ours.
const snap = snapshot('build', 'mmp-perf-');
const bareSnap = snapshot(BARE_BUILD, 'mmp-perf-bare-');
const app = await serve(snap);
const bare = await serve(bareSnap);

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const flags =
	'--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
// Lighthouse scores vary from run to run with the machine's load (TBT most), so each route is
// audited RUNS times and judged on its median run, as Lighthouse's own guidance on variability
// recommends. LH_RUNS=1 for a quick look.
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3));

/**
 * One Lighthouse run of a route (or of the bare page), or null when Lighthouse failed.
 * @param {string} route
 * @param {number} run
 */
function audit(route, run) {
	const name = route === BARE ? '_bare' : route.replaceAll('/', '_') || '_home';
	const out = join(snap, `lh${name}-${run}.json`);
	const url = route === BARE ? `${bare.origin}/` : `${app.origin}${route}`;
	const r = spawnSync(
		'npx',
		[
			'-y',
			'lighthouse@12.8.2',
			url,
			'--quiet',
			`--chrome-flags=${flags}`,
			'--output=json',
			`--output-path=${out}`,
			'--only-categories=performance'
		],
		{ stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } }
	);
	if (r.status !== 0 || !existsSync(out)) return null;
	if (keep) cpSync(out, join(keep, out.slice(snap.length + 1)));
	const lh = JSON.parse(readFileSync(out, 'utf8'));
	/** @type {{resourceType?: string, transferSize?: number}[]} */
	const items = lh.audits['network-requests']?.details?.items ?? [];
	const jsBytes = items
		.filter((i) => i.resourceType === 'Script')
		.reduce((/** @type {number} */ n, i) => n + (i.transferSize ?? 0), 0);
	/** @type {{startTime?: number, duration?: number}[]} */
	const tasks = lh.audits['main-thread-tasks']?.details?.items ?? [];
	const longest = tasks
		.filter((t) => (t.startTime ?? -1) >= 0)
		.reduce((/** @type {number} */ m, t) => Math.max(m, t.duration ?? 0), 5);
	return {
		performance: Math.round((lh.categories.performance.score ?? 0) * 100),
		tbtMs: Math.round(lh.audits['total-blocking-time'].numericValue),
		lcpMs: Math.round(lh.audits['largest-contentful-paint'].numericValue),
		jsKb: Math.round(jsBytes / 1024),
		longestTaskMs: Math.round(longest)
	};
}

/**
 * The median of a route's runs: the run with the median score for the score-based figures
 * (the middle one of an odd number, the lower middle of an even), and the median of each
 * time on its own, so one noisy run cannot set the route's TBT or longest task.
 * @param {NonNullable<ReturnType<typeof audit>>[]} ok
 */
function medianRun(ok) {
	/** @param {number[]} xs */
	const mid = (xs) =>
		/** @type {number} */ ([...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]);
	const sorted = [...ok].sort((x, y) => x.performance - y.performance);
	const byScore = /** @type {NonNullable<ReturnType<typeof audit>>} */ (
		sorted[Math.floor((sorted.length - 1) / 2)]
	);
	return {
		...byScore,
		tbtMs: mid(ok.map((r) => r.tbtMs)),
		longestTaskMs: mid(ok.map((r) => r.longestTaskMs))
	};
}

/**
 * @typedef {{route: string, performance: number, tbtMs: number, lcpMs: number, jsKb: number,
 *   longestTaskMs: number, runs: number[], tbtRuns: number[], longestTaskRuns: number[],
 *   tbtRatio?: number | null, longestTaskRatio?: number | null, budget?: object, ok: boolean,
 *   problems: string[]}} Result
 */

/**
 * Audits one route RUNS times.
 * @param {string} route
 * @returns {Result}
 */
function auditRoute(route) {
	const runs = [];
	for (let i = 1; i <= RUNS; i++) runs.push(audit(route, i));
	const ok = runs.filter((r) => r !== null);
	if (ok.length < runs.length)
		return {
			route,
			performance: 0,
			tbtMs: 0,
			lcpMs: 0,
			jsKb: 0,
			longestTaskMs: 0,
			runs: [],
			tbtRuns: [],
			longestTaskRuns: [],
			ok: false,
			problems: ['lighthouse failed']
		};
	return {
		route,
		...medianRun(ok),
		runs: ok.map((r) => r.performance),
		tbtRuns: ok.map((r) => r.tbtMs),
		longestTaskRuns: ok.map((r) => r.longestTaskMs),
		ok: true,
		problems: []
	};
}

/** @param {Result} r */
const line = (r) =>
	`performance ${r.performance} (runs ${r.runs.join(', ')}), TBT ${r.tbtMs} ms (runs ${r.tbtRuns.join(', ')}), longest start-up task ${r.longestTaskMs} ms (runs ${r.longestTaskRuns.join(', ')}), LCP ${r.lcpMs} ms, JS ${r.jsKb} KB`;

/** @type {Result[]} */
const results = [];
/** @type {Result} */
let bareResult;
try {
	// The bare page first: every route's line can then name its ratio as soon as it is done.
	bareResult = auditRoute(BARE);
	console.log(
		bareResult.ok ? `${BARE} page: ${line(bareResult)}` : `${BARE} page: Lighthouse failed`
	);
	for (const route of routes) {
		const b = { ...budget.default, ...(budget.routes?.[route] ?? {}) };
		const res = { ...auditRoute(route), budget: b };
		if (!res.ok) {
			results.push(res);
			console.log(`${route}: Lighthouse failed`);
			continue;
		}
		if (bareResult.ok) {
			res.tbtRatio = ratio(res.tbtMs, bareResult.tbtMs);
			res.longestTaskRatio = ratio(res.longestTaskMs, bareResult.longestTaskMs);
		}
		if (res.performance < b.minPerformance)
			res.problems.push(`performance ${res.performance} < ${b.minPerformance}`);
		if (res.jsKb > b.maxJsKb) res.problems.push(`JS ${res.jsKb} KB > ${b.maxJsKb} KB`);
		res.ok = res.problems.length === 0;
		results.push(res);
		console.log(
			`${route}: ${line(res)} ${res.ok ? 'ok' : `OVER BUDGET: ${res.problems.join('; ')}`}`
		);
	}
} finally {
	app.close();
	bare.close();
	rmSync(snap, { recursive: true, force: true });
	rmSync(bareSnap, { recursive: true, force: true });
}

// Side by side with the bare page. A ratio needs a bare figure above 0: the bare page's TBT is
// normally 0 ms (no task over 50 ms), so its TBT ratio reads n/a and the TBT is shown as is.
if (bareResult.ok) {
	console.log(
		`\nBeside the bare page (median of ${RUNS}; bare: TBT ${bareResult.tbtMs} ms, longest start-up task ${bareResult.longestTaskMs} ms):`
	);
	console.log('route        perf  TBT ms  ×bare   longest task ms  ×bare');
	for (const r of results)
		if (r.runs.length > 0)
			console.log(
				`${r.route.padEnd(12)} ${String(r.performance).padStart(4)}  ${String(r.tbtMs).padStart(6)}  ${fmtRatio(r.tbtRatio ?? null).padStart(6)}  ${String(r.longestTaskMs).padStart(15)}  ${fmtRatio(r.longestTaskRatio ?? null).padStart(6)}`
			);
}
writeFileSync(
	'perf-results.json',
	JSON.stringify(
		{
			date: new Date().toISOString(),
			longestTask:
				"longest top-level main-thread task (ms, observed, unthrottled) from Lighthouse's main-thread-tasks audit, navigation start to end of trace; under 5 ms counts as 5",
			bare: bareResult,
			results
		},
		null,
		'\t'
	) + '\n'
);
const failed = results.filter((r) => !r.ok);
// The bare page is not a route of the app and has no budget; if its audit failed the ratios
// are missing, which is said above, but the budget check still stands.
if (!bareResult.ok) console.log(`\n${BARE} page: Lighthouse failed, so no ratios this run`);
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length > 0 ? 1 : 0);
