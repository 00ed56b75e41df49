#!/usr/bin/env node
// `npm run test:under-load`: the flakiness check of issue #15. Runs the full `npm test` N times
// in a row (default 3) while the machine is kept busy by a second production build looping
// beside it, and reports each run's closing line ("N passed, N failed, N skipped").
//
// The loop builds a temporary copy of the app (src, static, data and the configs, with
// node_modules linked, not reinstalled), so it never touches build/ or .svelte-kit/, which the
// tests use. --burners=K adds K node processes that spin a CPU each, for a heavier load.
// Each run's full output is kept in test-results/under-load-<n>.log. Everything started here is
// stopped at the end, also on Ctrl-C.
//
// Usage: node scripts/under-load.mjs [--runs=N] [--burners=K] [--command="npm run test:e2e"]
//   --command  what to run N times instead of `npm test` (split on spaces)
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './perf-lib.mjs';

const args = process.argv.slice(2);
/** @param {string} name @param {number} fallback */
const flag = (name, fallback) => {
	const v = args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
	return v === undefined ? fallback : Math.max(0, Math.floor(Number(v)) || 0);
};
const RUNS = Math.max(1, flag('runs', 3));
const BURNERS = flag('burners', 0);
const COMMAND = (args.find((a) => a.startsWith('--command='))?.slice(10) || 'npm test')
	.split(' ')
	.filter(Boolean);
const CLOSING = /^\d+ passed, \d+ failed, \d+ skipped$/;

// The copy the background builds work in.
const copy = mkdtempSync(join(tmpdir(), 'mmp-under-load-'));
for (const p of [
	'src',
	'static',
	'data',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json'
])
	cpSync(join(ROOT, p), join(copy, p), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');

let stopping = false;
let builds = 0;
let failedBuilds = 0;
/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();

/**
 * Starts a process in its own group, so stopping it stops what it started too.
 * @param {string} cmd
 * @param {string[]} argv
 * @param {import('node:child_process').SpawnOptions} opts
 */
function start(cmd, argv, opts) {
	const child = spawn(cmd, argv, { ...opts, detached: true });
	children.add(child);
	child.on('exit', () => children.delete(child));
	return child;
}

/** @param {import('node:child_process').ChildProcess} child */
function stop(child) {
	if (!child.pid) return;
	try {
		process.kill(-child.pid, 'SIGTERM');
	} catch {
		child.kill('SIGTERM');
	}
}

function stopAll() {
	stopping = true;
	for (const c of children) stop(c);
}
const removeCopy = () => {
	try {
		rmSync(copy, { recursive: true, force: true, maxRetries: 5 });
	} catch (e) {
		console.warn(`could not remove ${copy}: ${e}`);
	}
};
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM']))
	process.on(sig, () => {
		stopAll();
		setTimeout(() => {
			removeCopy();
			process.exit(130);
		}, 500);
	});

/**
 * Waits for a process to end; resolves with its exit code.
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<number>}
 */
const ended = (child) => new Promise((ok) => child.on('exit', (code) => ok(code ?? 1)));

async function buildLoop() {
	while (!stopping) {
		const b = start(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'error'], {
			cwd: copy,
			stdio: 'ignore'
		});
		const code = await ended(b);
		if (stopping) break;
		if (code === 0) builds++;
		else {
			failedBuilds++;
			// A broken copy would spin; wait a little before the next try.
			await new Promise((r) => setTimeout(r, 2000));
		}
	}
}

for (let i = 0; i < BURNERS; i++) start('node', ['-e', 'for (;;) {}'], { stdio: 'ignore' });
const loop = buildLoop();

console.log(
	`Flakiness check: ${RUNS} × ${COMMAND.join(' ')} beside a looping \`vite build\` of a copy in ${copy}${BURNERS ? ` and ${BURNERS} CPU burner${BURNERS > 1 ? 's' : ''}` : ''}; load average ${loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}`
);
mkdirSync(join(ROOT, 'test-results'), { recursive: true });

/** @type {{ run: number, line: string, ok: boolean, seconds: number }[]} */
const runs = [];
try {
	for (let run = 1; run <= RUNS; run++) {
		const t0 = Date.now();
		const logPath = join(ROOT, 'test-results', `under-load-${run}.log`);
		const log = createWriteStream(logPath);
		const test = start(COMMAND[0] ?? 'npm', COMMAND.slice(1), {
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let tail = '';
		/** @param {Buffer} chunk */
		const take = (chunk) => {
			process.stdout.write(chunk);
			log.write(chunk);
			tail = (tail + String(chunk)).slice(-4000);
		};
		test.stdout?.on('data', take);
		test.stderr?.on('data', take);
		const code = await ended(test);
		log.end();
		const line =
			tail
				.split('\n')
				.map((l) => l.trim())
				.filter((l) => CLOSING.test(l))
				.at(-1) ?? `exit ${code} (no closing line)`;
		const ok = code === 0 && (!CLOSING.test(line) || /^\d+ passed, 0 failed/.test(line));
		const seconds = Math.round((Date.now() - t0) / 1000);
		runs.push({ run, line, ok, seconds });
		console.log(
			`\n== under load, run ${run} of ${RUNS}: ${line} (${seconds} s, ${builds} background builds so far; log ${logPath})\n`
		);
	}
} finally {
	stopAll();
	await loop;
	removeCopy();
}

console.log('\nFlakiness check under load:');
for (const r of runs) console.log(`  run ${r.run}: ${r.line} (${r.seconds} s)`);
console.log(
	`  background builds: ${builds} finished${failedBuilds ? `, ${failedBuilds} failed` : ''}`
);
const bad = runs.filter((r) => !r.ok).length;
console.log(`${runs.length - bad} of ${runs.length} runs passed`);
process.exit(bad > 0 ? 1 : 0);
