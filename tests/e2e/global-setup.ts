/**
 * Starts `vite preview` on the built site for the browser suite and stops it afterwards.
 * The build itself is made by `npm test` (scripts/test.mjs) before vitest starts, so the
 * suite always runs against the current code. A fresh server each run avoids the stale-preview
 * trap (new index.html, old hashed assets).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);

async function waitFor(url: string, ms: number): Promise<void> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		try {
			const res = await fetch(url);
			if (res.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`preview server did not answer at ${url} within ${ms} ms`);
}

export default async function setup(): Promise<() => Promise<void>> {
	if (!existsSync('build/index.html')) {
		throw new Error('No build/ found: run `npm test` (it builds first) or `npm run build`.');
	}
	const server: ChildProcess = spawn(
		'node_modules/.bin/vite',
		['preview', '--port', String(E2E_PORT), '--strictPort', '--host', '127.0.0.1'],
		{ stdio: 'ignore', detached: true }
	);
	await waitFor(`http://127.0.0.1:${E2E_PORT}/`, 30_000);
	return async () => {
		if (server.pid) {
			try {
				process.kill(-server.pid, 'SIGTERM');
			} catch {
				server.kill('SIGTERM');
			}
		}
	};
}
