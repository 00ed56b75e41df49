/** Shared test helpers: the committed steps, a step maker, and an in-memory Storage. */
import { readFileSync } from 'node:fs';
import { parseOrThrow } from '$lib/data/csv';
import { checklistSteps } from '$lib/data/schema';
import { toStep } from '$lib/checklist/steps';
import type { Step } from '$lib/checklist/types';

/** The 33 steps of data/checklist, as the page gets them. */
export const STEPS: Step[] = parseOrThrow(
	'data/checklist/checklist-steps.csv',
	readFileSync('data/checklist/checklist-steps.csv', 'utf8'),
	checklistSteps
).map(toStep);

export const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');

/** A made-up step for small, hand-checkable cases. */
export function step(id: string, over: Partial<Step> = {}): Step {
	return {
		id,
		phase: 'training',
		order: 1,
		title: `Step ${id}`,
		why: 'why',
		how: 'how',
		costLowUsd: null,
		costHighUsd: null,
		costBasis: null,
		incomeField: null,
		costNote: 'varies',
		timeNote: 'varies',
		source: 'test',
		sourceUrl: null,
		quality: 'seed-only',
		appPage: null,
		...over
	};
}

export { MemoryStorage } from '../memory-storage';
