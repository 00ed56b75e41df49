/**
 * Drive an {@link OewsImporter} with PapaParse in streaming (chunked) mode: the file is never
 * held as one string. Works with a browser `File`/`Blob`, a Node readable stream, or a string
 * (tests). Never throws: every failure comes back as a result naming the file or a row.
 */
import Papa from 'papaparse';
import { OewsImporter, type ImportedRow, type ImportSummary } from './oews';

export interface ImportProgress {
	rowsRead: number;
	rowsKept: number;
	/** Characters parsed so far (≈ bytes for ASCII files). */
	position: number;
}

export type ImportResult =
	| { ok: true; rows: ImportedRow[]; summary: ImportSummary }
	| { ok: false; cancelled: boolean; summary: ImportSummary };

export interface ImportHandle {
	done: Promise<ImportResult>;
	cancel(): void;
}

type Input = Blob | string | NodeJS.ReadableStream;

export function importOews(
	input: Input,
	options: {
		occCode: string;
		fileName: string;
		chunkSize?: number;
		onProgress?: (p: ImportProgress) => void;
		/** Called after each chunk with the rows kept from it (lets a worker stream them out). */
		onRows?: (rows: ImportedRow[]) => void;
	}
): ImportHandle {
	let importer: OewsImporter;
	try {
		importer = new OewsImporter(options.occCode);
	} catch (e) {
		const summary = emptySummary((e as Error).message);
		return { done: Promise.resolve({ ok: false, cancelled: false, summary }), cancel: () => {} };
	}
	let parser: Papa.Parser | null = null;
	let cancelled = false;
	let headerDone = false;
	let headerOk = true;
	let dataRow = 0;
	const parseWarnings: { row: number; message: string }[] = [];

	const done = new Promise<ImportResult>((resolve) => {
		const finish = () => {
			const summary = importer.summary();
			summary.warnings.push(...parseWarnings.slice(0, 20));
			if (cancelled) resolve({ ok: false, cancelled: true, summary });
			else if (summary.errors.length > 0) resolve({ ok: false, cancelled: false, summary });
			else resolve({ ok: true, rows: importer.rows, summary });
		};
		try {
			const config: Papa.ParseLocalConfig<string[], File> = {
				header: false,
				skipEmptyLines: 'greedy',
				delimitersToGuess: [',', '\t', ';', '|'],
				chunkSize: options.chunkSize ?? 1024 * 1024,
				chunk(results: Papa.ParseResult<string[]>, p: Papa.Parser) {
					parser = p;
					if (cancelled) return p.abort();
					const rows = results.data;
					let i = 0;
					if (!headerDone && rows.length > 0) {
						headerDone = true;
						headerOk = importer.header(rows[0]!);
						i = 1;
						if (!headerOk) return p.abort();
					}
					const before = importer.rows.length;
					for (; i < rows.length; i++) importer.row(rows[i]!, ++dataRow);
					if (options.onRows && importer.rows.length > before) {
						options.onRows(importer.rows.slice(before));
					}
					for (const e of results.errors) {
						if (parseWarnings.length < 20 && e.code !== 'UndetectableDelimiter') {
							parseWarnings.push({ row: (e.row ?? 0) + 1, message: `${e.code}: ${e.message}` });
						}
					}
					options.onProgress?.({
						rowsRead: dataRow,
						rowsKept: importer.rows.length,
						position: results.meta.cursor
					});
				},
				complete() {
					if (!headerDone) importer.header([]);
					finish();
				},
				error(err: Error) {
					resolve({
						ok: false,
						cancelled: false,
						summary: emptySummary(`${options.fileName}: ${err.message}`)
					});
				}
			};
			// Strings, Blobs/Files and Node streams are all read in chunks by PapaParse.
			Papa.parse(input as unknown as File, config);
		} catch (e) {
			resolve({
				ok: false,
				cancelled: false,
				summary: emptySummary(`${options.fileName}: ${(e as Error).message}`)
			});
		}
	});
	return {
		done,
		cancel() {
			cancelled = true;
			(parser as Papa.Parser | null)?.abort();
		}
	};
}

function emptySummary(message: string): ImportSummary {
	return {
		rowsRead: 0,
		rowsKept: 0,
		byLevel: { national: 0, state: 0, territory: 0, metro: 0, nonmetro: 0 },
		warnings: [],
		errors: [{ row: 0, message }],
		occTitle: null
	};
}
