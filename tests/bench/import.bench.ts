/**
 * Import at scale: a 1.5-million-row, all-data-shaped synthetic CSV (~250 MB, generated on
 * demand into the temp folder) read through the app's importer, against raw PapaParse
 * streaming of the same file. Prints rows/s of both, their ratio (target ≥ 0.7) and the peak
 * resident memory (target: bounded, well under the file size).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { bench, describe } from 'vitest';
import { importOews } from '$lib/import/stream';

const ROWS = 1_500_000;
// As in a real all-data file, the chosen occupation is a sliver of the rows: 31-9011 appears in
// one block of five rows in 500 (0.12% of rows kept, 1,800 in all).
const file = join(tmpdir(), `mmp-oews-synthetic-${ROWS}-every500.csv`);
if (!existsSync(file)) {
	execFileSync('node', ['tests/fixtures/make-oews.mjs', String(ROWS), file, '--occ-every', '500']);
}
const mb = statSync(file).size / 1e6;

function peakRss(): { stop(): number } {
	let peak = process.memoryUsage().rss;
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	return {
		stop() {
			clearInterval(timer);
			return Math.max(peak, process.memoryUsage().rss) / 1e6;
		}
	};
}

const results: Record<string, { seconds: number; peakMb: number }> = {};

function report() {
	const app = results.app;
	const raw = results.raw;
	if (!app || !raw) return;
	const appRate = ROWS / app.seconds;
	const rawRate = ROWS / raw.seconds;
	console.log(
		[
			`\nImport of ${ROWS.toLocaleString('en-US')} rows (${mb.toFixed(0)} MB):`,
			`  app importer: ${Math.round(appRate).toLocaleString('en-US')} rows/s, peak RSS ${app.peakMb.toFixed(0)} MB`,
			`  raw PapaParse: ${Math.round(rawRate).toLocaleString('en-US')} rows/s, peak RSS ${raw.peakMb.toFixed(0)} MB`,
			`  ratio app/raw: ${(appRate / rawRate).toFixed(2)} (target ≥ 0.7)`
		].join('\n')
	);
}

describe('OEWS import at scale', () => {
	bench(
		'raw PapaParse streaming (chunk mode, no typing)',
		async () => {
			const mem = peakRss();
			const t0 = performance.now();
			let rows = 0;
			await new Promise<void>((resolve) => {
				Papa.parse(createReadStream(file) as unknown as File, {
					header: false,
					skipEmptyLines: 'greedy',
					chunkSize: 1024 * 1024,
					chunk: (r: Papa.ParseResult<string[]>) => {
						rows += r.data.length;
					},
					complete: () => resolve()
				});
			});
			results.raw = { seconds: (performance.now() - t0) / 1000, peakMb: mem.stop() };
			if (rows < ROWS) throw new Error(`raw read only ${rows} rows`);
		},
		{ iterations: 1, warmupIterations: 0, time: 0 }
	);

	bench(
		'app importer (OewsImporter over PapaParse streaming)',
		async () => {
			const mem = peakRss();
			const t0 = performance.now();
			const r = await importOews(createReadStream(file), {
				occCode: '31-9011',
				fileName: 'all_data_synthetic.csv',
				chunkSize: 1024 * 1024
			}).done;
			results.app = { seconds: (performance.now() - t0) / 1000, peakMb: mem.stop() };
			if (!r.ok || r.summary.rowsRead !== ROWS || r.rows.length !== 1800)
				throw new Error('import failed');
			report();
		},
		{ iterations: 1, warmupIterations: 0, time: 0 }
	);
});
