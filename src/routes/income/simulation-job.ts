/**
 * One Monte Carlo job run in time-boxed slices (≤ SLICE_MS each, then a macrotask break), so
 * it can run in the Web Worker or, where workers are missing, on the main thread without
 * stalling typing. A newer job makes an older one stop at its next slice.
 */
import {
	createSimulation,
	simulatePaths,
	summarizeSimulation,
	type DriverRanges,
	type IncomeInputs,
	type SimulationResult
} from '$lib/finance';

/** Paths per experiment (the issue asks for at least 5,000). */
export const SIMULATION_PATHS = 5000;
/** Seed of every experiment: the same inputs always give the same band. */
export const SIMULATION_SEED = 1;
/** Longest a slice may run before yielding, in milliseconds. */
export const SLICE_MS = 25;

export interface SimulationJob {
	id: number;
	inputs: IncomeInputs;
	ranges: DriverRanges;
}

export type SimulationMessage =
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'done'; id: number; result: SimulationResult; elapsedMs: number }
	| { type: 'error'; id: number; message: string };

/**
 * Runs `job`, posting progress after each slice and the summary at the end. Stops quietly
 * once `isCurrent(job.id)` turns false.
 */
export function runSimulationJob(
	job: SimulationJob,
	isCurrent: (id: number) => boolean,
	post: (message: SimulationMessage) => void
): void {
	const start = performance.now();
	let acc: ReturnType<typeof createSimulation>;
	try {
		acc = createSimulation(job.inputs, job.ranges, {
			paths: SIMULATION_PATHS,
			seed: SIMULATION_SEED
		});
	} catch (e) {
		post({ type: 'error', id: job.id, message: (e as Error).message });
		return;
	}
	let done = 0;
	const slice = () => {
		if (!isCurrent(job.id)) return;
		const sliceStart = performance.now();
		while (done < acc.paths && performance.now() - sliceStart < SLICE_MS) {
			const end = Math.min(acc.paths, done + 50);
			simulatePaths(acc, done, end);
			done = end;
		}
		if (done < acc.paths) {
			post({ type: 'progress', id: job.id, done, total: acc.paths });
			setTimeout(slice, 0);
			return;
		}
		post({
			type: 'done',
			id: job.id,
			result: summarizeSimulation(acc),
			elapsedMs: performance.now() - start
		});
	};
	slice();
}
