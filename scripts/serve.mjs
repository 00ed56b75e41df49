#!/usr/bin/env node
// Minimal static server for a prerendered build (for audits on a snapshot of build/):
// node scripts/serve.mjs <dir> <port> (0 for any free port). Resolves /route to route.html, / to index.html.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'build', port = '4180'] = process.argv.slice(2);
/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain',
	'.webmanifest': 'application/manifest+json'
};

/** @param {string} urlPath */
async function resolve(urlPath) {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(
		/^(\.\.[/\\])+/,
		''
	);
	for (const candidate of [clean, `${clean}.html`, join(clean, 'index.html')]) {
		const p = join(dir, candidate);
		try {
			if ((await stat(p)).isFile()) return p;
		} catch {
			// try the next form
		}
	}
	return null;
}

const server = createServer(async (req, res) => {
	const p = await resolve(req.url ?? '/');
	if (!p) {
		res.writeHead(404).end('not found');
		return;
	}
	let body = await readFile(p);
	const immutable = p.includes('/_app/immutable/');
	/** @type {Record<string, string>} */
	const headers = {
		'content-type': TYPES[extname(p)] ?? 'application/octet-stream',
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	};
	// Compress text as any production static host would.
	if (
		/gzip/.test(String(req.headers['accept-encoding'])) &&
		/text|json|javascript|svg|csv/.test(headers['content-type'] ?? '')
	) {
		body = gzipSync(body);
		headers['content-encoding'] = 'gzip';
	}
	res.writeHead(200, headers);
	res.end(body);
});
server.listen(Number(port), '127.0.0.1', () => {
	// Port 0 picks a free port; the line names the one in use (scripts/perf-lib.mjs reads it).
	const addr = server.address();
	const actual = addr && typeof addr === 'object' ? addr.port : port;
	console.log(`serving ${dir} on http://127.0.0.1:${actual}`);
});
