/**
 * How the checklist is saved in the browser: key `mmt:checklist:v2` (see `$lib/state/storage`).
 *
 * - Version 1 (`mmt:checklist:v1`, the shape STYLE.md first sketched) was `{ "done": ["id", …] }`:
 *   only the ids of ticked steps. It is migrated to version 2 on first load; the old key is left
 *   untouched as a way back.
 * - Version 2 keeps a status, due date, notes and own cost per step. A step entry that cannot be
 *   read (a wrong status, an impossible date …) does not cost the user the other steps: it is
 *   moved to `quarantine` with the reason, reported, and kept until the user dismisses it.
 * - A value that is not an object with `steps` at all is handled by the storage layer: reported,
 *   copied to a backup key, and replaced by an empty checklist; other keys are never touched.
 */
import type { StoreSpec } from '$lib/state/storage';
import {
	STATUSES,
	emptyChecklist,
	type ChecklistData,
	type QuarantinedEntry,
	type StatusId,
	type StepState
} from './types';

export const CHECKLIST_STORE_NAME = 'checklist';
export const CHECKLIST_STORE_VERSION = 2;
/** Longest note kept per step, in characters. */
export const MAX_NOTES_LENGTH = 5000;

const STATUS_IDS = new Set<string>(STATUSES.map((s) => s.id));

/** True for a real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A date as YYYY-MM-DD in the calendar of the given Date's local time zone. */
export function localIsoDate(d: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Check one saved step entry: the state, or the reason it cannot be read. */
export function readStepState(raw: unknown): { state: StepState } | { reason: string } {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		return { reason: 'not an object' };
	const r = raw as Record<string, unknown>;
	if (typeof r.status !== 'string' || !STATUS_IDS.has(r.status))
		return {
			reason: `status ${JSON.stringify(r.status)} is not one of to do, doing, done, not for me`
		};
	if (r.due !== null && r.due !== undefined && (typeof r.due !== 'string' || !isIsoDate(r.due)))
		return { reason: `due date ${JSON.stringify(r.due)} is not a date (YYYY-MM-DD)` };
	const notes = r.notes ?? '';
	if (typeof notes !== 'string' || notes.length > MAX_NOTES_LENGTH)
		return { reason: `notes are not text of at most ${MAX_NOTES_LENGTH} characters` };
	const cost = r.costUsd ?? null;
	if (cost !== null && (typeof cost !== 'number' || !Number.isFinite(cost) || cost < 0))
		return { reason: `own cost ${JSON.stringify(cost)} is not an amount of 0 or more` };
	return {
		state: {
			status: r.status as StatusId,
			due: (r.due as string | null | undefined) ?? null,
			notes,
			costUsd: cost as number | null
		}
	};
}

function isQuarantined(x: unknown): x is QuarantinedEntry {
	if (typeof x !== 'object' || x === null) return false;
	const q = x as Record<string, unknown>;
	return typeof q.stepId === 'string' && typeof q.reason === 'string' && 'raw' in q;
}

/**
 * Validate a version-2 value. Returns null only when the whole value is unusable; bad step
 * entries are moved to `quarantine` (with the reason) and the good ones kept. Nothing is
 * dropped: a malformed entry already in `quarantine` stays there, wrapped with a reason.
 */
export function validateChecklist(value: unknown): ChecklistData | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const v = value as Record<string, unknown>;
	if (typeof v.steps !== 'object' || v.steps === null || Array.isArray(v.steps)) return null;
	if (v.quarantine !== undefined && !Array.isArray(v.quarantine)) return null;
	const out = emptyChecklist();
	// An entry already kept aside is kept again as it is, even one of an odd shape.
	for (const q of (v.quarantine as unknown[] | undefined) ?? [])
		out.quarantine.push(
			isQuarantined(q)
				? q
				: { stepId: '(unknown step)', raw: q, reason: 'a kept-aside entry of an unexpected shape' }
		);
	for (const [id, raw] of Object.entries(v.steps as Record<string, unknown>)) {
		const read = readStepState(raw);
		if ('state' in read) out.steps[id] = read.state;
		else out.quarantine.push({ stepId: id, raw, reason: read.reason });
	}
	return out;
}

/** Version 1 → 2: `{ done: [ids] }` becomes one `done` entry per id. */
export function migrateChecklistV1(old: unknown): unknown {
	const done = (old as { done?: unknown } | null)?.done;
	if (!Array.isArray(done) || !done.every((id) => typeof id === 'string'))
		throw new Error('version 1 value has no list of done step ids');
	return {
		steps: Object.fromEntries(
			done.map((id) => [id, { status: 'done', due: null, notes: '', costUsd: null }])
		),
		quarantine: []
	};
}

export const CHECKLIST_STORE: StoreSpec<ChecklistData> = {
	name: CHECKLIST_STORE_NAME,
	version: CHECKLIST_STORE_VERSION,
	initial: emptyChecklist,
	validate: validateChecklist,
	migrations: { 1: migrateChecklistV1 }
};
