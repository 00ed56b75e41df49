/**
 * What the planner keeps in the browser (versioned with `$lib/state/storage`): the user's
 * own programs, and their figures for any program ("your figure": a quoted price or hours,
 * materials, fees, travel days). Validators reject anything of the wrong shape, so a damaged
 * value is set aside by the storage layer instead of breaking the page.
 */
import type { StoreSpec } from '$lib/state/storage';
import type { FiguresById, Program, YourFigures } from './types';

const TEXT_FIELDS = ['id', 'provider', 'credential', 'specialty'] as const;
const NULLABLE_TEXT = [
	'hoursBreakdown',
	'costNote',
	'format',
	'duration',
	'prerequisites',
	'ceCredits',
	'renewal',
	'verificationStatus',
	'source',
	'sourceUrl',
	'note'
] as const;
const NULLABLE_NUMBER = ['totalHours', 'costUsd'] as const;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isAmount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** True when `x` is a saved program of the current shape. */
export function isCustomProgram(x: unknown): x is Program {
	if (!isObject(x) || x.origin !== 'custom') return false;
	if (!TEXT_FIELDS.every((k) => typeof x[k] === 'string' && x[k] !== '')) return false;
	if (!/^[a-z0-9_]+$/.test(x.id as string)) return false;
	if (!NULLABLE_TEXT.every((k) => x[k] === null || typeof x[k] === 'string')) return false;
	if (!NULLABLE_NUMBER.every((k) => x[k] === null || isAmount(x[k]))) return false;
	return x.sourceUrl === null || /^https?:\/\//i.test(x.sourceUrl as string);
}

export const customProgramsSpec: StoreSpec<Program[]> = {
	name: 'programs',
	version: 1,
	initial: () => [],
	validate: (x) =>
		Array.isArray(x) && x.every(isCustomProgram) && new Set(x.map((p) => p.id)).size === x.length
			? x
			: null
};

export const FIGURE_KEYS = [
	'costUsd',
	'totalHours',
	'materialsUsd',
	'feesUsd',
	'inPersonDays'
] as const satisfies readonly (keyof YourFigures)[];

export const yourFiguresSpec: StoreSpec<FiguresById> = {
	name: 'program-figures',
	version: 1,
	initial: () => ({}),
	validate: (x) => {
		if (!isObject(x)) return null;
		for (const entry of Object.values(x)) {
			if (!isObject(entry)) return null;
			for (const [k, v] of Object.entries(entry)) {
				if (!(FIGURE_KEYS as readonly string[]).includes(k) || !isAmount(v)) return null;
			}
		}
		return x as FiguresById;
	}
};

/**
 * Set (or, with `undefined`, clear) one of the user's figures for a program. Returns a new
 * object; a program left with no figures is dropped.
 *
 * @example withFigure({}, 'somi_cmmp', 'costUsd', 2500) → { somi_cmmp: { costUsd: 2500 } }
 */
export function withFigure(
	all: FiguresById,
	id: string,
	key: keyof YourFigures,
	value: number | undefined
): FiguresById {
	const entry: YourFigures = { ...all[id] };
	if (value === undefined) delete entry[key];
	else entry[key] = value;
	const next = { ...all };
	if (Object.keys(entry).length === 0) delete next[id];
	else next[id] = entry;
	return next;
}
