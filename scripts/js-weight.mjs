#!/usr/bin/env node
// Report the JavaScript a route loads on first visit (gzip bytes), from the built site:
// every <script>/modulepreload in the route's HTML plus the modules they import statically.
// Usage: node scripts/js-weight.mjs [/ /location ...]   (run `npm run build` first)
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
/** @param {string} route */
const file = (route) => join('build', route === '/' ? 'index.html' : `${route.slice(1)}.html`);

/**
 * @param {string} path
 * @param {Set<string>} seen
 */
function imports(path, seen) {
	if (seen.has(path) || !existsSync(path)) return;
	seen.add(path);
	const code = readFileSync(path, 'utf8');
	for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
		const spec = m[1] ?? '';
		if (spec.startsWith('.')) imports(join(path, '..', spec), seen);
	}
}

for (const route of routes) {
	const html = readFileSync(file(route), 'utf8');
	const seen = new Set();
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.js)"/g))
		imports(join('build', (m[1] ?? '').replace(/^(\.\.?\/)+/, '')), seen);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g))
		imports(join('build', (m[1] ?? '').replace(/^(\.\.?\/)+/, '')), seen);
	let raw = 0;
	let gz = 0;
	for (const p of seen) {
		const b = readFileSync(p);
		raw += b.length;
		gz += gzipSync(b).length;
	}
	const htmlGz = gzipSync(Buffer.from(html)).length;
	console.log(
		`${route}: ${seen.size} JS files, ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip; HTML ${(html.length / 1024).toFixed(1)} KB raw, ${(htmlGz / 1024).toFixed(1)} KB gzip`
	);
}
