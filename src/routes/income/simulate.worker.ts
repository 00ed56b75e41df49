/// <reference lib="webworker" />
/**
 * Web Worker: runs the Monte Carlo off the main thread. Receives a SimulationJob, posts
 * progress and the summary (see simulation-job.ts). A new job supersedes the running one.
 */
import { runSimulationJob, type SimulationJob, type SimulationMessage } from './simulation-job';

let current = -1;

self.onmessage = (event: MessageEvent<SimulationJob>) => {
	current = event.data.id;
	runSimulationJob(
		event.data,
		(id) => id === current,
		(message: SimulationMessage) => self.postMessage(message)
	);
};
