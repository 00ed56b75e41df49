#!/usr/bin/env node
/**
 * Fails when modules under src/ import each other in a cycle, counting type-only imports
 * (`import type`, `export type … from`) too: a cycle of types still ties two modules together.
 * Reads every .ts, .js and .svelte file, resolves relative and `$lib/` specifiers (with the
 * extensions SvelteKit allows) and prints each cycle found as a chain of paths.
 *
 * Usage: node scripts/check-cycles.mjs   (part of `npm run lint`)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const LIB = join(SRC, 'lib');
const EXTS = ['.ts', '.js', '.svelte', '.svelte.ts', '.svelte.js'];

/**
 * Every source file under `dir`.
 * @param {string} dir
 * @returns {string[]}
 */
function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) return walk(p);
		return /\.(ts|js|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
	});
}

/**
 * The file a specifier names, or null for a package or a generated module.
 * @param {string} from
 * @param {string} spec
 * @returns {string | null}
 */
function resolveSpec(from, spec) {
	let base;
	if (spec.startsWith('$lib/') || spec === '$lib') base = join(LIB, spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return null;
	const candidates = [
		base,
		...EXTS.map((e) => base + e),
		...EXTS.map((e) => join(base, 'index' + e))
	];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

// `import … from 'x'`, `import 'x'`, `export … from 'x'`, `import('x')`; type-only included.
const IMPORT =
	/(?:\bimport\s*(?:type\s+)?(?:[^'"`;]*?\sfrom\s*)?|\bexport\s+(?:type\s+)?[^'"`;]*?\sfrom\s*|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;

/**
 * The import graph: file → the files it imports.
 * @param {string[]} files
 * @returns {Map<string, string[]>}
 */
export function importGraph(files) {
	/** @type {Map<string, string[]>} */
	const graph = new Map();
	for (const f of files) {
		const text = readFileSync(f, 'utf8');
		const code = f.endsWith('.svelte')
			? [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
			: text;
		/** @type {Set<string>} */
		const deps = new Set();
		for (const m of code.matchAll(IMPORT)) {
			const to = resolveSpec(f, m[1] ?? '');
			if (to && to !== f) deps.add(to);
		}
		graph.set(f, [...deps]);
	}
	return graph;
}

/** Each cycle once, as the chain of files from its first member back to it (Tarjan's SCCs). */
/**
 * @param {Map<string, string[]>} graph
 * @returns {string[][]}
 */
export function cycles(graph) {
	let index = 0;
	/** @type {Map<string, number>} */
	const idx = new Map();
	/** @type {Map<string, number>} */
	const low = new Map();
	/** @type {string[]} */
	const stack = [];
	const on = new Set();
	/** @type {string[][]} */
	const found = [];
	/** @param {string} v */
	const visit = (v) => {
		idx.set(v, index);
		low.set(v, index++);
		stack.push(v);
		on.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!idx.has(w)) {
				visit(w);
				low.set(
					v,
					Math.min(/** @type {number} */ (low.get(v)), /** @type {number} */ (low.get(w)))
				);
			} else if (on.has(w))
				low.set(
					v,
					Math.min(/** @type {number} */ (low.get(v)), /** @type {number} */ (idx.get(w)))
				);
		}
		if (low.get(v) === idx.get(v)) {
			const scc = [];
			let w;
			do {
				w = /** @type {string} */ (stack.pop());
				on.delete(w);
				scc.push(w);
			} while (w !== v);
			if (scc.length > 1) found.push(scc.reverse());
		}
	};
	for (const v of graph.keys()) if (!idx.has(v)) visit(v);
	return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const graph = importGraph(walk(SRC));
	const found = cycles(graph);
	if (found.length === 0) {
		console.log(
			`check-cycles: ${graph.size} modules under src/, no import cycle (type-only imports counted).`
		);
	} else {
		for (const c of found)
			console.error(
				`import cycle: ${[...c, c[0] ?? ''].map((f) => relative(ROOT, f)).join(' → ')}`
			);
		console.error(`check-cycles: ${found.length} cycle(s).`);
		process.exit(1);
	}
}
