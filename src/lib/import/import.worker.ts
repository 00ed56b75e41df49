/// <reference lib="webworker" />
/**
 * Runs an OEWS import off the main thread. Messages in: `{ type: 'start', file, occCode }`,
 * `{ type: 'cancel' }`. Messages out: `{ type: 'progress', … }` after each chunk and
 * `{ type: 'done', result }` once.
 */
import { importOews, type ImportHandle, type ImportProgress, type ImportResult } from './stream';

export type WorkerIn = { type: 'start'; file: File; occCode: string } | { type: 'cancel' };
export type WorkerOut =
	({ type: 'progress' } & ImportProgress) | { type: 'done'; result: ImportResult };

const ctx = self as unknown as DedicatedWorkerGlobalScope;
let handle: ImportHandle | null = null;

ctx.onmessage = (e: MessageEvent<WorkerIn>) => {
	const msg = e.data;
	if (msg.type === 'cancel') {
		handle?.cancel();
		return;
	}
	handle = importOews(msg.file, {
		occCode: msg.occCode,
		fileName: msg.file.name,
		chunkSize: 2 * 1024 * 1024,
		onProgress: (p) => ctx.postMessage({ type: 'progress', ...p } satisfies WorkerOut)
	});
	handle.done.then((result) => ctx.postMessage({ type: 'done', result } satisfies WorkerOut));
};
