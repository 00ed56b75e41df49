/// <reference lib="webworker" />
/**
 * Runs an OEWS import off the main thread. Messages in: `{ type: 'start', file, occCode }`,
 * `{ type: 'cancel' }`. Messages out: `{ type: 'progress', rows, … }` after each chunk and
 * `{ type: 'done', … }` once.
 */
import type { ImportedRow, ImportSummary } from './oews';
import { importOews, type ImportHandle, type ImportProgress } from './stream';

export type WorkerIn = { type: 'start'; file: File; occCode: string } | { type: 'cancel' };
/**
 * Kept rows travel in batches with the progress messages, so the main thread never has to
 * take in the whole result at once; `done` carries only the summary.
 */
export type WorkerOut =
	| ({ type: 'progress'; rows: ImportedRow[] } & ImportProgress)
	| { type: 'done'; ok: boolean; cancelled: boolean; summary: ImportSummary };

const ctx = self as unknown as DedicatedWorkerGlobalScope;
let handle: ImportHandle | null = null;

ctx.onmessage = (e: MessageEvent<WorkerIn>) => {
	const msg = e.data;
	if (msg.type === 'cancel') {
		handle?.cancel();
		return;
	}
	let batch: ImportedRow[] = [];
	handle = importOews(msg.file, {
		occCode: msg.occCode,
		fileName: msg.file.name,
		chunkSize: 1024 * 1024,
		onRows: (rows) => {
			batch = rows;
		},
		onProgress: (p) => {
			ctx.postMessage({ type: 'progress', rows: batch, ...p } satisfies WorkerOut);
			batch = [];
		}
	});
	handle.done.then((r) =>
		ctx.postMessage({
			type: 'done',
			ok: r.ok,
			cancelled: !r.ok && r.cancelled,
			summary: r.summary
		} satisfies WorkerOut)
	);
};
