/**
 * An imported OEWS data set and the views pages need of it. Pure.
 */
import {
	OEWS_NUMBER_COLUMNS,
	OEWS_TEXT_COLUMNS,
	type AreaLevel,
	type ImportedRow,
	type ImportSummary
} from './oews';

/** The latest OEWS vintage on screen: its period label and source line. */
export interface Latest {
	period: string;
	source: string;
	/** True when the figures come from the user's file. */
	imported: boolean;
}

export interface ImportedSet {
	fileName: string;
	/** Reference period, e.g. "May 2026" (read from the file name or given by the user). */
	period: string;
	occCode: string;
	occTitle: string | null;
	/** ISO time of the import (set by the caller; not used in any calculation). */
	importedAt: string;
	rows: ImportedRow[];
	summary: ImportSummary;
}

const LEVELS: readonly AreaLevel[] = ['national', 'state', 'territory', 'metro', 'nonmetro'];

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isTextOrNull = (x: unknown) => x === null || typeof x === 'string';

function isRow(x: unknown): x is ImportedRow {
	if (!isRecord(x) || !(LEVELS as readonly unknown[]).includes(x.level) || !isCount(x.row))
		return false;
	if (!isRecord(x.notes) || !Object.values(x.notes).every((n) => typeof n === 'string'))
		return false;
	return (
		OEWS_NUMBER_COLUMNS.every((c) => x[c] === null || isCount(x[c])) &&
		OEWS_TEXT_COLUMNS.every((c) => isTextOrNull(x[c]))
	);
}

function isProblemList(x: unknown): boolean {
	return (
		Array.isArray(x) &&
		x.every(
			(p) =>
				isRecord(p) &&
				isCount(p.row) &&
				typeof p.message === 'string' &&
				(p.column === undefined || typeof p.column === 'string')
		)
	);
}

function isSummary(x: unknown): x is ImportSummary {
	return (
		isRecord(x) &&
		isCount(x.rowsRead) &&
		isCount(x.rowsKept) &&
		isRecord(x.byLevel) &&
		LEVELS.every((l) => isCount((x.byLevel as Record<string, unknown>)[l])) &&
		isProblemList(x.warnings) &&
		isProblemList(x.errors) &&
		isTextOrNull(x.occTitle)
	);
}

/**
 * A stored import if it has the shape the pages read (every row and summary field of the
 * right type, numbers finite), else null: the import store then keeps it aside and the pages
 * use the bundled data.
 */
export function validateImportedSet(x: unknown): ImportedSet | null {
	if (!isRecord(x)) return null;
	const texts = [x.fileName, x.period, x.occCode, x.importedAt];
	if (!texts.every((t) => typeof t === 'string') || !isTextOrNull(x.occTitle)) return null;
	if (!Array.isArray(x.rows) || !x.rows.every(isRow) || !isSummary(x.summary)) return null;
	return x as unknown as ImportedSet;
}

/** The badge text shown wherever imported figures replace bundled ones. */
export function badgeText(set: ImportedSet): string {
	return `your data: ${set.fileName}, ${set.period}`;
}

export function nationalRow(set: ImportedSet): ImportedRow | null {
	return set.rows.find((r) => r.level === 'national') ?? null;
}

/** State rows keyed by USPS code (PRIM_STATE), for the 50 states and DC. */
export function stateRows(set: ImportedSet): Map<string, ImportedRow> {
	const out = new Map<string, ImportedRow>();
	for (const r of set.rows) if (r.level === 'state' && r.prim_state) out.set(r.prim_state, r);
	return out;
}

export function metroRows(set: ImportedSet): ImportedRow[] {
	return set.rows.filter((r) => r.level === 'metro');
}

export function nonmetroRows(set: ImportedSet): ImportedRow[] {
	return set.rows.filter((r) => r.level === 'nonmetro');
}

export interface ProgressStats {
	/** 0–1, or null when the total size is unknown. */
	fraction: number | null;
	/** Megabytes (10^6 bytes) per second. */
	mbPerSecond: number;
	/** Seconds left, or null when unknown. */
	etaSeconds: number | null;
}

/**
 * Progress of a streaming read: position and total in bytes, elapsed time in ms.
 * @example progressStats(50e6, 200e6, 10_000) → { fraction: 0.25, mbPerSecond: 5, etaSeconds: 30 }
 */
export function progressStats(
	position: number,
	total: number | null,
	elapsedMs: number
): ProgressStats {
	const seconds = elapsedMs / 1000;
	const rate = seconds > 0 ? position / seconds : 0;
	const fraction = total && total > 0 ? Math.min(1, position / total) : null;
	const etaSeconds = total && rate > 0 ? Math.max(0, (total - position) / rate) : null;
	return { fraction, mbPerSecond: rate / 1e6, etaSeconds };
}
