#!/usr/bin/env node
// `npm test`: every suite, then one plain closing line "N passed, N failed, N skipped".
//
// 1. Unit suites (vitest project "unit").
// 2. Browser suites (vitest project "e2e": playwright-core driving Debian's Chromium against
//    a fresh build served by `vite preview`). Needs /usr/bin/chromium (or CHROME_PATH).
//    Without a Chromium, says so loudly and how to get one; with CI set, that is a failure.
//
// Flags: --e2e-only (skip unit), --no-build (reuse build/ as it is).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const args = process.argv.slice(2);
const e2eOnly = args.includes('--e2e-only');
const noBuild = args.includes('--no-build');
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const haveChrome = existsSync(chrome);
const ci = Boolean(process.env.CI);
const report = '.vitest-results.json';

/**
 * @param {string} cmd
 * @param {string[]} argv
 */
function run(cmd, argv) {
	const r = spawnSync(cmd, argv, {
		stdio: 'inherit',
		env: { ...process.env, CHROME_PATH: chrome }
	});
	return r.status ?? 1;
}

const projects = [];
if (!e2eOnly) projects.push('unit');
if (haveChrome) projects.push('e2e');
else {
	console.error(
		[
			'',
			'!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
			`!! BROWSER TESTS DID NOT RUN: no Chromium at ${chrome}.`,
			"!! Install Debian's Chromium (as root): apt-get update && apt-get install -y chromium",
			'!! or point CHROME_PATH at a Chromium binary. Never `npx playwright install` here.',
			'!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
			''
		].join('\n')
	);
}

if (projects.includes('e2e') && !noBuild) {
	console.log('Building the site for the browser tests…');
	if (run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']) !== 0) {
		console.log('0 passed, 1 failed, 0 skipped');
		process.exit(1);
	}
}

rmSync(report, { force: true });
let status = 0;
if (projects.length > 0) {
	status = run('node_modules/.bin/vitest', [
		'run',
		...projects.flatMap((p) => ['--project', p]),
		'--reporter=default',
		'--reporter=json',
		`--outputFile=${report}`
	]);
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
	const r = JSON.parse(readFileSync(report, 'utf8'));
	passed = r.numPassedTests;
	failed = r.numFailedTests;
	skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
	if (!r.success && failed === 0) failed = 1; // a suite failed to load
} else if (projects.length > 0) {
	failed = 1;
}
if (!haveChrome && ci) {
	console.error(
		'CI is set and no Chromium was found: failing, because CI requires the browser tests.'
	);
	failed += 1;
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || status !== 0 ? 1 : 0);
