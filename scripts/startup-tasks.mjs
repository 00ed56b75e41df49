#!/usr/bin/env node
// `npm run bench:startup`: the longest main-thread task while each page starts, measured the
// same way every time (issue #18), beside a bare SvelteKit page built with the same toolchain.
//
// Method: Debian's Chromium (playwright-core, headless, no CPU or network throttling), viewport
// 412×823, pages served gzip from a snapshot of build/ (and of perf/bare/build) by
// scripts/serve.mjs. RUNS (default 3) fresh loads per page, each in a new browser context
// (empty cache and storage, service workers blocked), pages taken in turn each round so a busy
// moment of the machine does not fall on one page. One discarded warm-up load comes first.
//
// Longest start-up task: the longest top-level `RunTask` on the page's renderer main thread in
// a Chromium trace (devtools.timeline categories), counting every task that ends after the
// page's navigationStart, until the page has been quiet for 2 s after its load event (no
// request in flight and no long task, by a PerformanceObserver registered before navigation).
// Tasks nested inside another task are part of it. The trace sees tasks of any length; the
// observer ('longtask', 50 ms and over only) is kept as a cross-check and for the quiet test.
//
// Also: elements after start-up (document.querySelectorAll('*').length) and the HTML size
// (uncompressed bytes of build/<route>.html).
//
// Usage: node scripts/startup-tasks.mjs [--write] [--runs=N] [/route ...]
//   --write  replace the "## Start-up (`npm run bench:startup`)" section of BENCHMARKS.md
// Writes startup-results.json (gitignored) every time. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import {
	BARE,
	BARE_BUILD,
	appRoutes,
	ensureBareBuild,
	fmtRatio,
	htmlFile,
	median,
	ratio,
	serve,
	snapshot
} from './perf-lib.mjs';

const args = process.argv.slice(2);
const write = args.includes('--write');
const RUNS = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3));
const QUIET_MS = 2000;
const MAX_WAIT_MS = 20_000;
const GOAL_MS = 100;
const VIEWPORT = { width: 412, height: 823 };
const CATEGORIES = [
	'__metadata',
	'toplevel',
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'blink.user_timing',
	'loading'
];

if (!existsSync('build/index.html')) {
	console.error('No build/: run `npm run build` first.');
	process.exit(2);
}
if (!ensureBareBuild()) {
	console.error('The bare page (perf/bare) did not build.');
	process.exit(2);
}
const allRoutes = appRoutes();
const asked = args.filter((a) => !a.startsWith('--'));
for (const r of asked)
	if (!allRoutes.includes(r)) {
		console.error(`No prerendered route ${r}; routes: ${allRoutes.join(' ')}`);
		process.exit(2);
	}
const routes = asked.length > 0 ? asked : allRoutes;

const load = loadavg();
if ((load[0] ?? 0) > 1.5)
	console.warn(
		`Load average ${load.map((l) => l.toFixed(2)).join(' ')}: other work is running, so treat the figures as upper bounds.`
	);

const snap = snapshot('build', 'mmp-startup-');
const bareSnap = snapshot(BARE_BUILD, 'mmp-startup-bare-');
const app = await serve(snap);
const bare = await serve(bareSnap);
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	headless: true,
	args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu']
});
const chromiumVersion = browser.version();

/**
 * @typedef {{ name?: string, ph?: string, pid?: number, tid?: number, ts?: number, dur?: number,
 *   args?: { data?: { documentLoaderURL?: string, isOutermostMainFrame?: boolean } } }} TraceEvent
 */

/**
 * Top-level tasks on the main thread of the renderer that loaded `url`, from its
 * navigationStart to the end of the trace: [{ start (ms from navigationStart), ms }].
 * @param {TraceEvent[]} events
 * @param {string} url
 */
function mainThreadTasks(events, url) {
	const nav = events
		.filter(
			(e) =>
				e.name === 'navigationStart' &&
				e.args?.data?.isOutermostMainFrame !== false &&
				e.args?.data?.documentLoaderURL === url
		)
		.at(-1);
	if (!nav || nav.ts === undefined) throw new Error(`no navigationStart for ${url} in the trace`);
	const t0 = nav.ts;
	const runs = events
		.filter(
			(e) =>
				e.name === 'RunTask' &&
				e.ph === 'X' &&
				e.pid === nav.pid &&
				e.tid === nav.tid &&
				(e.ts ?? 0) + (e.dur ?? 0) > t0
		)
		.sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0));
	/** @type {{ start: number, ms: number }[]} */
	const tasks = [];
	let end = -Infinity;
	for (const e of runs) {
		const ts = e.ts ?? 0;
		const dur = e.dur ?? 0;
		if (ts < end) continue; // nested inside the task before it
		end = ts + dur;
		tasks.push({ start: (ts - t0) / 1000, ms: dur / 1000 });
	}
	return tasks;
}

/**
 * One fresh load of a page.
 * @param {string} url
 */
async function measure(url) {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		await page.addInitScript(() => {
			/** @type {{ start: number, end: number }[]} */
			const seen = [];
			Object.defineProperty(window, '__startupLongTasks', { value: seen });
			try {
				new PerformanceObserver((list) => {
					for (const e of list.getEntries())
						seen.push({ start: e.startTime, end: e.startTime + e.duration });
				}).observe({ type: 'longtask', buffered: true });
			} catch {
				// no longtask support: the trace still has every task
			}
		});
		/** @type {string[]} */
		const errors = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		let inFlight = 0;
		let lastNet = Date.now();
		page.on('request', () => {
			inFlight++;
			lastNet = Date.now();
		});
		const done = () => {
			inFlight = Math.max(0, inFlight - 1);
			lastNet = Date.now();
		};
		page.on('requestfinished', done);
		page.on('requestfailed', done);

		await browser.startTracing(page, { categories: CATEGORIES });
		await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
		const loaded = Date.now();
		/** @type {{ start: number, end: number }[]} */
		let longTasks = [];
		for (;;) {
			await page.waitForTimeout(100);
			const state = await page.evaluate(() => ({
				now: performance.now(),
				tasks: /** @type {{ start: number, end: number }[]} */ (
					/** @type {any} */ (window).__startupLongTasks ?? []
				).slice()
			}));
			longTasks = state.tasks;
			const lastTask = Math.max(0, ...longTasks.map((t) => t.end));
			const quiet =
				Date.now() - loaded >= QUIET_MS &&
				inFlight === 0 &&
				Date.now() - lastNet >= QUIET_MS &&
				state.now - lastTask >= QUIET_MS;
			if (quiet || Date.now() - loaded > MAX_WAIT_MS) break;
		}
		const elements = await page.evaluate(() => document.querySelectorAll('*').length);
		const trace = JSON.parse((await browser.stopTracing()).toString());
		/** @type {TraceEvent[]} */
		const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
		const tasks = mainThreadTasks(events, url);
		const longest = tasks.reduce((m, t) => Math.max(m, t.ms), 0);
		return {
			longestMs: Math.round(longest * 10) / 10,
			over50: tasks.filter((t) => t.ms >= 50).length,
			longTaskObserverMaxMs: Math.round(Math.max(0, ...longTasks.map((t) => t.end - t.start))),
			elements,
			errors
		};
	} finally {
		await context.close();
	}
}

/** @param {string} target */
const urlOf = (target) => (target === BARE ? `${bare.origin}/` : `${app.origin}${target}`);
const targets = [BARE, ...routes];
/** @type {Map<string, Awaited<ReturnType<typeof measure>>[]>} */
const loads = new Map(targets.map((t) => [t, []]));
try {
	await measure(urlOf(BARE)); // warm-up: Chromium's first page pays for its own start
	for (let run = 1; run <= RUNS; run++)
		for (const t of targets) {
			const r = await measure(urlOf(t));
			loads.get(t)?.push(r);
			for (const e of r.errors) console.warn(`${t}: page error: ${e}`);
		}
} finally {
	await browser.close();
	app.close();
	bare.close();
	rmSync(snap, { recursive: true, force: true });
	rmSync(bareSnap, { recursive: true, force: true });
}

/** @param {string} t */
const htmlBytes = (t) =>
	statSync(t === BARE ? htmlFile(BARE_BUILD, '/') : htmlFile('build', t)).size;
const rows = targets.map((t) => {
	const ls = loads.get(t) ?? [];
	const ms = ls.map((l) => l.longestMs);
	return {
		route: t,
		longestMs: { min: Math.min(...ms), median: median(ms), max: Math.max(...ms), runs: ms },
		tasksOver50: ls.map((l) => l.over50),
		longTaskObserverMaxMs: ls.map((l) => l.longTaskObserverMaxMs),
		elements: median(ls.map((l) => l.elements)),
		htmlBytes: htmlBytes(t)
	};
});
const bareMedian = rows[0]?.longestMs.median ?? 0;
const results = rows.map((r) => ({ ...r, ratio: ratio(r.longestMs.median, bareMedian) }));

const cpu = cpus();
const machine = `${cpu.length} vCPU (${(cpu[0]?.model ?? 'unknown CPU').trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node.js ${process.versions.node}, Chromium ${chromiumVersion} (headless)`;
const date = new Date().toISOString();
const loadLine = load.map((l) => l.toFixed(2)).join(' ');

/** @param {number} n */
const ms = (n) => n.toFixed(1);
console.log(
	`\nLongest main-thread task while the page starts (ms; ${RUNS} fresh load${RUNS === 1 ? '' : 's'} each, no throttling, ${VIEWPORT.width}×${VIEWPORT.height}):`
);
console.log('page         min      median   max      ×bare   ≥50 ms tasks   elements   HTML bytes');
for (const r of results)
	console.log(
		`${r.route.padEnd(12)} ${ms(r.longestMs.min).padStart(7)}  ${ms(r.longestMs.median).padStart(7)}  ${ms(r.longestMs.max).padStart(7)}  ${fmtRatio(r.ratio).padStart(6)}  ${r.tasksOver50.join('/').padStart(12)}  ${String(r.elements).padStart(9)}  ${String(r.htmlBytes).padStart(11)}`
	);
const over = results.filter((r) => r.route !== BARE && r.longestMs.median > GOAL_MS);
console.log(
	`\n${machine}; load average at start ${loadLine}; ${date}\n${routes.length - over.length} of ${routes.length} routes at or under ${GOAL_MS} ms (median)${over.length ? `; over: ${over.map((r) => r.route).join(' ')}` : ''}`
);

writeFileSync(
	'startup-results.json',
	JSON.stringify({ date, machine, loadAverage: load, runs: RUNS, results }, null, '\t') + '\n'
);

if (write) {
	const heading = '## Start-up (`npm run bench:startup`)';
	const table = [
		'| page | longest start-up task, median (min–max) | × bare page | elements | HTML (bytes) |',
		'| ---- | --------------------------------------- | ----------- | -------- | ------------ |',
		...results.map(
			(r) =>
				`| ${r.route === BARE ? 'bare SvelteKit page' : `\`${r.route}\``} | ${ms(r.longestMs.median)} ms (${ms(r.longestMs.min)}–${ms(r.longestMs.max)}) | ${r.route === BARE ? '1.00' : (r.ratio?.toFixed(2) ?? 'n/a')} | ${r.elements.toLocaleString('en-US')} | ${r.htmlBytes.toLocaleString('en-US')} |`
		)
	].join('\n');
	const section = [
		heading,
		'',
		`**Measured:** ${date.slice(0, 16).replace('T', ' ')} UTC on ${machine}; load average at start ${loadLine}.`,
		'',
		`Longest top-level task on the page's renderer main thread (Chromium trace, \`RunTask\`), from`,
		`navigation start until the page has been quiet for 2 s after load; ${RUNS} fresh load${RUNS === 1 ? '' : 's'} per page`,
		`(new context, service workers blocked), no CPU or network throttling, viewport 412×823, gzip`,
		'from a snapshot of `build/`. "× bare page" is the median over the bare SvelteKit page\'s',
		'median (`perf/bare`: one heading and a paragraph, same toolchain), which travels between',
		`machines better than the milliseconds. Goal (issue #18): ≤ ${GOAL_MS} ms on every route.`,
		'',
		table,
		''
	].join('\n');
	const file = 'BENCHMARKS.md';
	const text = readFileSync(file, 'utf8');
	const at = text.indexOf(heading);
	let next;
	if (at === -1) next = `${text.trimEnd()}\n\n${section}`;
	else {
		const after = text.indexOf('\n## ', at + heading.length);
		next = text.slice(0, at) + section + (after === -1 ? '' : text.slice(after));
	}
	writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
	// Align the table as `npm run lint` (Prettier) expects.
	spawnSync('node_modules/.bin/prettier', ['--write', file], { stdio: 'ignore' });
	console.log(`Wrote the start-up section of ${file}.`);
}
