import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../../../scripts/check-cycles.mjs';

describe('check-cycles', () => {
	it('finds a two-module cycle and none in a chain', () => {
		const ring = new Map([
			['a', ['b']],
			['b', ['a']],
			['c', ['a']]
		]);
		expect(cycles(ring)).toEqual([['a', 'b']]);
		const chain = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', []]
		]);
		expect(cycles(chain)).toEqual([]);
	});

	it('counts a type-only import and a .svelte script as edges', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
		mkdirSync(join(dir, 'x'));
		const a = join(dir, 'x', 'a.ts');
		const b = join(dir, 'x', 'B.svelte');
		writeFileSync(a, "import type { P } from './B.svelte';\nexport type Q = P;\n");
		writeFileSync(
			b,
			'<script lang="ts">\n\timport type { Q } from \'./a\';\n</script>\n<p>b</p>\n'
		);
		const graph = importGraph([a, b]);
		expect(graph.get(a)).toEqual([b]);
		expect(graph.get(b)).toEqual([a]);
		expect(cycles(graph)).toHaveLength(1);
	});
});
