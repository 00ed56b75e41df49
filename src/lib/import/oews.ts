/**
 * Importing an official OEWS file (national, state, MSA, nonmetropolitan or the all-data file)
 * one row at a time, keeping only the rows of one occupation. Pure: the same code runs in the
 * browser's import worker and in the Node benchmark, fed by PapaParse in streaming mode.
 *
 * - Headers are matched case-insensitively, ignoring spaces and underscores, with the
 *   synonyms older releases use (`ST` for `PRIM_STATE`, `AREA_NAME` for `AREA_TITLE`…).
 * - OEWS markers (`*`, `**`, `#`, `~`) become `null` plus a note saying why; `#` means "at or
 *   above the top-coded value". Thousands separators are read ("1,234").
 * - Every kept row is validated; a number column holding text is an error naming the row and
 *   column. The file is rejected when any error is found, so the current data stays as it is.
 */
import { MARKERS, parseNumberCell } from '$lib/data/csv';
import { count } from '$lib/format';

/** Numeric OEWS columns, in the official order. */
export const OEWS_NUMBER_COLUMNS = [
	'tot_emp',
	'emp_prse',
	'jobs_1000',
	'loc_quotient',
	'pct_total',
	'pct_rpt',
	'h_mean',
	'a_mean',
	'mean_prse',
	'h_pct10',
	'h_pct25',
	'h_median',
	'h_pct75',
	'h_pct90',
	'a_pct10',
	'a_pct25',
	'a_median',
	'a_pct75',
	'a_pct90'
] as const;

export const OEWS_TEXT_COLUMNS = [
	'area',
	'area_title',
	'area_type',
	'prim_state',
	'naics',
	'naics_title',
	'i_group',
	'own_code',
	'occ_code',
	'occ_title',
	'o_group',
	'annual',
	'hourly'
] as const;

export type OewsNumberColumn = (typeof OEWS_NUMBER_COLUMNS)[number];
export type OewsTextColumn = (typeof OEWS_TEXT_COLUMNS)[number];

/** Area levels, from BLS AREA_TYPE codes. */
export type AreaLevel = 'national' | 'state' | 'territory' | 'metro' | 'nonmetro';

export type ImportedRow = { [K in OewsNumberColumn]: number | null } & {
	[K in OewsTextColumn]: string | null;
} & {
	level: AreaLevel;
	/** Why a cell is empty: column → reason ("employment estimate not available"). */
	notes: Record<string, string>;
	/** 1-based data row number in the file. */
	row: number;
};

export interface ImportProblem {
	/** 0 = the file or its header; otherwise the 1-based data row. */
	row: number;
	column?: string;
	message: string;
}

export interface ImportSummary {
	rowsRead: number;
	rowsKept: number;
	byLevel: Record<AreaLevel, number>;
	warnings: ImportProblem[];
	errors: ImportProblem[];
	occTitle: string | null;
}

/** Header synonyms seen in OEWS releases, normalised (lower case, no spaces or underscores). */
const SYNONYMS: Readonly<Record<string, string>> = {
	st: 'prim_state',
	state: 'prim_state',
	areaname: 'area_title',
	areatitle: 'area_title',
	occcode: 'occ_code',
	occtitle: 'occ_title',
	ogroup: 'o_group',
	group: 'o_group',
	totemp: 'tot_emp',
	empprse: 'emp_prse',
	jobs1000: 'jobs_1000',
	locquotient: 'loc_quotient',
	lq: 'loc_quotient',
	hmean: 'h_mean',
	amean: 'a_mean',
	meanprse: 'mean_prse',
	hmedian: 'h_median',
	amedian: 'a_median',
	pcttotal: 'pct_total',
	pctrpt: 'pct_rpt',
	areatype: 'area_type',
	primstate: 'prim_state',
	naicstitle: 'naics_title',
	igroup: 'i_group',
	owncode: 'own_code'
};

const KNOWN = new Set<string>([...OEWS_NUMBER_COLUMNS, ...OEWS_TEXT_COLUMNS]);

/** Map one header cell to our column name, or null if it is not an OEWS column we use. */
export function canonicalColumn(header: string): string | null {
	const raw = header
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase();
	if (KNOWN.has(raw)) return raw;
	const squashed = raw.replace(/[\s_]+/g, '');
	if (SYNONYMS[squashed]) return SYNONYMS[squashed];
	const pct = /^([ah])pct(10|25|75|90)$/.exec(squashed);
	if (pct) return `${pct[1]}_pct${pct[2]}`;
	return null;
}

/**
 * The reference period from an official file name, or null.
 * @example periodFromFileName('state_M2024_dl.csv') → 'May 2024'
 * @example periodFromFileName('oesm25ma.zip') → 'May 2025'
 */
export function periodFromFileName(name: string): string | null {
	const m = /_M(\d{4})_/i.exec(name) ?? /_M_(\d{4})/i.exec(name) ?? /M(\d{4})/.exec(name);
	if (m) return `May ${m[1]}`;
	const short = /oesm(\d{2})/i.exec(name);
	if (short) return `May 20${short[1]}`;
	return null;
}

function levelOf(areaType: string | null, area: string | null): AreaLevel {
	switch (areaType) {
		case '1':
			return 'national';
		case '2':
			return 'state';
		case '3':
			return 'territory';
		case '4':
		case '5':
			return 'metro';
		case '6':
			return 'nonmetro';
	}
	if (area === '99' || area === '0000000') return 'national';
	if (area && /^\d{1,2}$/.test(area)) return 'state';
	if (area && /^\d{7}$/.test(area)) return area.endsWith('0000') ? 'state' : 'metro';
	return 'metro';
}

const MAX_PROBLEMS = 50;

/**
 * Streaming importer. Call `header()` with the first row, then `row()` for each data row, then
 * `summary()`; `rows` holds the kept rows.
 */
export class OewsImporter {
	readonly occCode: string;
	rows: ImportedRow[] = [];
	#columns: (string | null)[] = [];
	#occIndex = -1;
	#naicsIndex = -1;
	#read = 0;
	#errors: ImportProblem[] = [];
	#warnings: ImportProblem[] = [];
	#errorCount = 0;
	#occTitle: string | null = null;
	#seen = new Map<string, number>();

	constructor(occCode: string) {
		if (!/^\d{2}-\d{4}$/.test(occCode.trim())) {
			throw new RangeError('occCode must be an SOC code such as 31-9011');
		}
		this.occCode = occCode.trim();
	}

	#error(p: ImportProblem) {
		this.#errorCount++;
		if (this.#errors.length < MAX_PROBLEMS) this.#errors.push(p);
	}

	#warn(p: ImportProblem) {
		if (this.#warnings.length < MAX_PROBLEMS) this.#warnings.push(p);
	}

	/** Read the header row. Returns false (with an error) when the file cannot be an OEWS file. */
	header(cells: readonly string[]): boolean {
		this.#columns = cells.map(canonicalColumn);
		this.#occIndex = this.#columns.indexOf('occ_code');
		this.#naicsIndex = this.#columns.indexOf('naics');
		if (this.#occIndex < 0) {
			const looksLikeData = cells.length > 1;
			this.#error({
				row: 0,
				column: 'OCC_CODE',
				message: looksLikeData
					? `No OCC_CODE column: this does not look like an OEWS file (columns found: ${cells.slice(0, 8).join(', ')}${cells.length > 8 ? '…' : ''}).`
					: 'Not a comma- or tab-separated table: the first line has a single column.'
			});
			return false;
		}
		const wage = this.#columns.some((c) => c === 'a_median' || c === 'h_median' || c === 'a_mean');
		if (!wage && !this.#columns.includes('tot_emp')) {
			this.#error({
				row: 0,
				message:
					'The file has an OCC_CODE column but no employment or wage columns (TOT_EMP, A_MEDIAN…).'
			});
			return false;
		}
		return true;
	}

	/** Read one data row (cells in header order). `rowNumber` is 1-based. */
	row(cells: readonly string[], rowNumber: number): void {
		this.#read++;
		const occ = (cells[this.#occIndex] ?? '').trim();
		if (occ !== this.occCode) return;
		// The all-data file also holds industry rows; keep cross-industry ones only.
		if (this.#naicsIndex >= 0) {
			const naics = (cells[this.#naicsIndex] ?? '').trim();
			if (naics !== '' && naics !== '000000' && naics !== '0') return;
		}
		if (cells.length !== this.#columns.length) {
			this.#warn({
				row: rowNumber,
				message: `has ${cells.length} cells where the header has ${this.#columns.length}`
			});
		}
		const out: Record<string, unknown> = { notes: {}, row: rowNumber };
		const notes = out.notes as Record<string, string>;
		for (const c of OEWS_TEXT_COLUMNS) out[c] = null;
		for (const c of OEWS_NUMBER_COLUMNS) out[c] = null;
		let bad = false;
		this.#columns.forEach((col, i) => {
			if (!col) return;
			const raw = cells[i] ?? '';
			if ((OEWS_TEXT_COLUMNS as readonly string[]).includes(col)) {
				const t = raw.trim();
				out[col] = t === '' ? null : t;
				return;
			}
			const parsed = parseNumberCell(raw);
			if ('error' in parsed) {
				bad = true;
				this.#error({
					row: rowNumber,
					column: col.toUpperCase(),
					message: `row ${rowNumber}, column ${col.toUpperCase()}: "${raw.slice(0, 40)}" is not a number`
				});
				return;
			}
			out[col] = parsed.value;
			if (parsed.marker) {
				notes[col] =
					parsed.marker === '#'
						? 'at or above the top-coded value ($115.00/hour or $239,200/year)'
						: (MARKERS[parsed.marker] ?? 'not published');
			}
		});
		if (bad) return;
		out.level = levelOf(out.area_type as string | null, out.area as string | null);
		const key = `${out.level}:${out.area ?? ''}:${out.prim_state ?? ''}`;
		const first = this.#seen.get(key);
		if (first !== undefined) {
			this.#warn({
				row: rowNumber,
				message: `repeats the area "${out.area_title ?? out.area}" of row ${first}; both are kept, pages use the later one`
			});
		} else this.#seen.set(key, rowNumber);
		this.#occTitle ??= (out.occ_title as string | null) ?? null;
		this.rows.push(out as ImportedRow);
	}

	summary(): ImportSummary {
		const byLevel: Record<AreaLevel, number> = {
			national: 0,
			state: 0,
			territory: 0,
			metro: 0,
			nonmetro: 0
		};
		for (const r of this.rows) byLevel[r.level]++;
		const errors = [...this.#errors];
		if (this.#errorCount > this.#errors.length) {
			errors.push({
				row: 0,
				message: `…and ${this.#errorCount - this.#errors.length} more errors`
			});
		}
		if (
			this.#columns.length > 0 &&
			this.#occIndex >= 0 &&
			this.rows.length === 0 &&
			this.#errorCount === 0
		) {
			errors.push({
				row: 0,
				message: `No cross-industry rows for occupation ${this.occCode} in ${count(this.#read)} rows read.`
			});
		}
		return {
			rowsRead: this.#read,
			rowsKept: this.rows.length,
			byLevel,
			warnings: this.#warnings,
			errors,
			occTitle: this.#occTitle
		};
	}
}
