#!/usr/bin/env node
// `npm run audit:perf`: Lighthouse 12.8.2 (via npx, not a dependency) on every prerendered
// route of the built site, mobile preset, served with gzip like a real static host. Writes
// perf-results.json (route, performance score, TBT, LCP, JS bytes, every run's score) and fails
// when a route's median run is over the budget in perf-budget.json. Run `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 4181;
const budget = JSON.parse(readFileSync('perf-budget.json', 'utf8'));
if (!existsSync('build/index.html')) {
	console.error('No build/: run `npm run build` first.');
	process.exit(2);
}
const allRoutes = [
	'/',
	...readdirSync('build')
		.filter((f) => f.endsWith('.html') && f !== 'index.html')
		.map((f) => `/${f.slice(0, -5)}`)
];
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

// Serve a snapshot, so a rebuild during the audit cannot mix old and new assets.
const snap = mkdtempSync(join(tmpdir(), 'mmp-perf-'));
cpSync('build', snap, { recursive: true });
const server = spawn('node', ['scripts/serve.mjs', snap, String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const flags =
	'--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
// Lighthouse scores vary from run to run with the machine's load (TBT most), so each route is
// audited RUNS times and judged on its median run, as Lighthouse's own guidance on variability
// recommends. LH_RUNS=1 for a quick look.
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3));

/**
 * One Lighthouse run of a route, or null when Lighthouse failed.
 * @param {string} route
 * @param {number} run
 */
function audit(route, run) {
	const out = join(snap, `lh${route.replaceAll('/', '_') || '_home'}-${run}.json`);
	const r = spawnSync(
		'npx',
		[
			'-y',
			'lighthouse@12.8.2',
			`http://127.0.0.1:${PORT}${route}`,
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
	return {
		performance: Math.round((lh.categories.performance.score ?? 0) * 100),
		tbtMs: Math.round(lh.audits['total-blocking-time'].numericValue),
		lcpMs: Math.round(lh.audits['largest-contentful-paint'].numericValue),
		jsKb: Math.round(jsBytes / 1024)
	};
}

/** @type {{route: string, performance: number, tbtMs: number, lcpMs: number, jsKb: number, runs: number[], budget: object, ok: boolean, problems: string[]}[]} */
const results = [];
try {
	for (const route of routes) {
		const b = { ...budget.default, ...(budget.routes?.[route] ?? {}) };
		const runs = [];
		for (let i = 1; i <= RUNS; i++) runs.push(audit(route, i));
		const ok = runs.filter((r) => r !== null);
		if (ok.length < runs.length) {
			results.push({
				route,
				performance: 0,
				tbtMs: 0,
				lcpMs: 0,
				jsKb: 0,
				runs: [],
				budget: b,
				ok: false,
				problems: ['lighthouse failed']
			});
			console.log(`${route}: Lighthouse failed`);
			continue;
		}
		// The median run by score (the middle one of an odd number, the lower middle of an even).
		const sorted = [...ok].sort((x, y) => x.performance - y.performance);
		const median = /** @type {NonNullable<ReturnType<typeof audit>>} */ (
			sorted[Math.floor((sorted.length - 1) / 2)]
		);
		/** @type {(typeof results)[number]} */
		const res = {
			route,
			...median,
			runs: ok.map((r) => r.performance),
			budget: b,
			ok: true,
			problems: []
		};
		if (res.performance < b.minPerformance)
			res.problems.push(`performance ${res.performance} < ${b.minPerformance}`);
		if (res.jsKb > b.maxJsKb) res.problems.push(`JS ${res.jsKb} KB > ${b.maxJsKb} KB`);
		res.ok = res.problems.length === 0;
		results.push(res);
		console.log(
			`${route}: performance ${res.performance} (runs ${res.runs.join(', ')}), TBT ${res.tbtMs} ms, LCP ${res.lcpMs} ms, JS ${res.jsKb} KB ${res.ok ? 'ok' : `OVER BUDGET: ${res.problems.join('; ')}`}`
		);
	}
} finally {
	server.kill();
	rmSync(snap, { recursive: true, force: true });
}
writeFileSync(
	'perf-results.json',
	JSON.stringify({ date: new Date().toISOString(), results }, null, '\t') + '\n'
);
const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length > 0 ? 1 : 0);
