// Shared by the measuring scripts (audit-perf.mjs, startup-tasks.mjs, build-bare.mjs):
// the bare SvelteKit page, the route list, snapshots and the gzip static server.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const BARE_DIR = join(ROOT, 'perf', 'bare');
export const BARE_BUILD = join(BARE_DIR, 'build');
/** The label the bare page goes by in every table and in perf-results.json. */
export const BARE = 'bare';

/**
 * Newest modification time (ms) of the files under a path, skipping build output.
 * @param {string} p
 * @returns {number}
 */
function newest(p) {
	const s = statSync(p);
	if (!s.isDirectory()) return s.mtimeMs;
	let t = s.mtimeMs;
	for (const name of readdirSync(p)) {
		if (name === 'build' || name === '.svelte-kit' || name === 'node_modules') continue;
		t = Math.max(t, newest(join(p, name)));
	}
	return t;
}

/**
 * Builds the bare page into perf/bare/build when it is missing, older than its sources or than
 * the installed toolchain (package-lock.json), or when `force` is set. Runs the main app's own
 * `node_modules/.bin/vite` with perf/bare as the working directory, so SvelteKit reads
 * perf/bare/svelte.config.js and every package resolves from the root node_modules: no second
 * install. Returns false when the build failed.
 * @param {{ force?: boolean, quiet?: boolean }} [opts]
 */
export function ensureBareBuild(opts = {}) {
	const index = join(BARE_BUILD, 'index.html');
	if (!opts.force && existsSync(index)) {
		const built = statSync(index).mtimeMs;
		const sources = Math.max(newest(BARE_DIR), statSync(join(ROOT, 'package-lock.json')).mtimeMs);
		if (built >= sources) return true;
	}
	if (!opts.quiet) console.log('Building the bare SvelteKit page (perf/bare)…');
	const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
		cwd: BARE_DIR,
		stdio: opts.quiet ? 'ignore' : 'inherit'
	});
	return r.status === 0 && existsSync(index);
}

/** Every prerendered page of the main build: '/' and one route per build/<name>.html. */
export function appRoutes() {
	return [
		'/',
		...readdirSync(join(ROOT, 'build'))
			.filter((f) => f.endsWith('.html') && f !== 'index.html')
			.map((f) => `/${f.slice(0, -5)}`)
	];
}

/**
 * The HTML file of a route inside a build folder.
 * @param {string} dir
 * @param {string} route
 */
export const htmlFile = (dir, route) =>
	join(dir, route === '/' ? 'index.html' : `${route.slice(1)}.html`);

/**
 * A copy of a build folder in a temporary directory, so a rebuild during a measurement
 * cannot mix old and new assets.
 * @param {string} dir
 * @param {string} prefix
 */
export function snapshot(dir, prefix) {
	const snap = mkdtempSync(join(tmpdir(), prefix));
	cpSync(dir, snap, { recursive: true });
	return snap;
}

/**
 * Serves a folder with scripts/serve.mjs (gzip, like a static host) on a free port.
 * Resolves once the server is listening, with its origin and a close function.
 * @param {string} dir
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export function serve(dir) {
	const child = spawn('node', [join(ROOT, 'scripts', 'serve.mjs'), dir, '0'], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((ok, fail) => {
		let out = '';
		const timer = setTimeout(() => {
			child.kill();
			fail(new Error(`server for ${dir} did not start`));
		}, 10_000);
		child.stdout.on('data', (chunk) => {
			out += String(chunk);
			const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
			if (m?.[1]) {
				clearTimeout(timer);
				child.stdout.removeAllListeners('data');
				child.stdout.resume();
				ok({ origin: m[1], close: () => child.kill() });
			}
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			fail(new Error(`server for ${dir} exited (${code})`));
		});
	});
}

/**
 * The median of numbers (the lower middle of an even count), or NaN for none.
 * @param {number[]} xs
 */
export function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	return s.length === 0 ? NaN : /** @type {number} */ (s[Math.floor((s.length - 1) / 2)]);
}

/**
 * a ÷ b rounded to 2 decimals, or null when b is 0 (no ratio to a page that does nothing).
 * @param {number} a
 * @param {number} b
 */
export const ratio = (a, b) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);

/** @param {number | null} r */
export const fmtRatio = (r) => (r === null ? 'n/a' : `${r.toFixed(2)}×`);
