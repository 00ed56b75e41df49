/**
 * PapaParse wrappers shared by the build (committed files in `data/`) and by user uploads.
 *
 * - `header: true`, `skipEmptyLines: 'greedy'` (blank and whitespace-only lines are ignored).
 * - No `dynamicTyping`: every cell stays text and the schema coerces it, so a blank cell is
 *   `null` (PapaParse gives `''`, and `Number('')` would silently be 0).
 * - A leading byte-order mark is removed; header names are trimmed and lower-cased so that
 *   official upper-case files (OEWS `A_MEDIAN`) match the schema's `a_median`.
 */
import Papa from 'papaparse';
import type {
	ColumnSpec,
	DatasetSchema,
	MarkerNote,
	RowOf,
	ValidationIssue,
	ValidationResult
} from './types';

/** Source markers that stand for "no value", with the reason the publisher prints. */
export const MARKERS: Readonly<Record<string, string>> = {
	'*': 'wage estimate not available',
	'**': 'employment estimate not available',
	'#': 'at or above the top-coded value ($115.00/hour or $239,200/year)',
	'~': 'fewer than 0.5% of establishments report the occupation'
};

/** Parse a numeric cell. Returns `null` for blank, the marker for a source marker. */
export function parseNumberCell(
	raw: string
): { value: number | null; marker?: string } | { error: string } {
	const cell = raw.trim();
	if (cell === '') return { value: null };
	if (cell in MARKERS) return { value: null, marker: cell };
	// Thousands separators only in their proper places: 1,234 or 1,234,567.89
	const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell) ? cell.replaceAll(',', '') : cell;
	if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return { error: 'not a number' };
	const value = Number(plain);
	return Number.isFinite(value) ? { value } : { error: 'not a finite number' };
}

function expectedFor(spec: ColumnSpec): string {
	if (spec.kind === 'text') {
		if (spec.pattern) return spec.patternLabel ?? `text matching ${spec.pattern}`;
		return 'text';
	}
	let what = spec.kind === 'integer' ? 'a whole number' : 'a number';
	if (spec.min !== undefined && spec.max !== undefined) what += ` from ${spec.min} to ${spec.max}`;
	else if (spec.min !== undefined) what += ` ≥ ${spec.min}`;
	else if (spec.max !== undefined) what += ` ≤ ${spec.max}`;
	if (!spec.required) what += ' (or blank)';
	return what;
}

/** Split CSV text into a header and records of strings (no typing). */
export function parseRecords(text: string): {
	header: string[];
	records: Record<string, string>[];
	errors: { row: number; message: string }[];
} {
	const clean = text.replace(/^\uFEFF/, '');
	const result = Papa.parse<Record<string, string>>(clean, {
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (h) => h.trim().toLowerCase()
	});
	const errors = result.errors.map((e) => ({
		row: (e.row ?? -1) + 1,
		message: e.message
	}));
	return { header: result.meta.fields ?? [], records: result.data, errors };
}

/**
 * Validate CSV text against a schema. Every problem is returned (not just the first), each
 * naming the file, row, column, the value found and what was expected.
 *
 * @example validateCsv('a.csv', 'n\n1\n', schema) → { ok: true, rows: [{ n: 1 }], … }
 */
export function validateCsv<Cols extends readonly ColumnSpec[]>(
	file: string,
	text: string,
	schema: DatasetSchema<Cols>
): ValidationResult<RowOf<Cols>> {
	const { header, records, errors } = parseRecords(text);
	const issues: ValidationIssue[] = [];
	const markers: MarkerNote[] = [];

	if (header.length === 0 || (header.length === 1 && header[0] === '')) {
		return {
			ok: false,
			issues: [{ file, row: 0, column: '(header)', found: 'no header row', expected: 'a header' }]
		};
	}
	const known = new Set(schema.columns.map((c) => c.name));
	for (const col of schema.columns) {
		if (!header.includes(col.name)) {
			issues.push({
				file,
				row: 0,
				column: col.name,
				found: 'column missing from the header',
				expected: `a column named "${col.name}"`
			});
		}
	}
	if (!schema.allowExtraColumns) {
		for (const name of header) {
			if (!known.has(name)) {
				issues.push({
					file,
					row: 0,
					column: name,
					found: 'a column the schema does not describe',
					expected: `only ${[...known].join(', ')}`
				});
			}
		}
	}
	for (const e of errors) {
		issues.push({
			file,
			row: e.row,
			column: '(row)',
			found: e.message,
			expected: 'a well-formed row'
		});
	}
	if (issues.length > 0) return { ok: false, issues };

	const rows: RowOf<Cols>[] = [];
	records.forEach((record, index) => {
		const row = index + 1;
		const out: Record<string, string | number | null> = {};
		for (const spec of schema.columns) {
			const raw = record[spec.name] ?? '';
			const fail = () =>
				issues.push({ file, row, column: spec.name, found: raw, expected: expectedFor(spec) });
			if (spec.kind === 'text') {
				const cell = raw.trim();
				if (cell === '') {
					if (spec.required) fail();
					out[spec.name] = null;
				} else if (spec.pattern && !spec.pattern.test(cell)) fail();
				else out[spec.name] = cell;
				continue;
			}
			const parsed = parseNumberCell(raw);
			if ('error' in parsed) {
				fail();
				continue;
			}
			const { value, marker } = parsed;
			if (marker) markers.push({ row, column: spec.name, marker, reason: MARKERS[marker] ?? '' });
			if (value === null) {
				if (spec.required) fail();
				out[spec.name] = null;
				continue;
			}
			if (
				(spec.kind === 'integer' && !Number.isInteger(value)) ||
				(spec.min !== undefined && value < spec.min) ||
				(spec.max !== undefined && value > spec.max)
			) {
				fail();
				continue;
			}
			out[spec.name] = value;
		}
		rows.push(out as RowOf<Cols>);
	});
	if (issues.length > 0) return { ok: false, issues };
	return { ok: true, rows, markers, header };
}

/** One line per issue, e.g. `a.csv: row 3, column "tot_emp": found "abc", expected a number`. */
export function formatIssue(issue: ValidationIssue): string {
	const where = issue.row === 0 ? 'header' : `row ${issue.row}`;
	return `${issue.file}: ${where}, column "${issue.column}": found "${issue.found}", expected ${issue.expected}`;
}

/**
 * Serialise rows to CSV with `Papa.unparse` (RFC 4180 quoting, "\n" line ends). Text cells that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or return) are prefixed
 * with `'` (PapaParse `escapeFormulae`); numbers are written as they are; `null` is an empty cell.
 *
 * Worked example: [{ a: '=1+1', b: -5 }] with columns a, b → "a,b\n\"'=1+1\",-5\n".
 */
export function toCsv(
	rows: readonly Record<string, unknown>[],
	columns: readonly string[],
	options: { neutraliseFormulas?: boolean } = {}
): string {
	const data = rows.map((r) => columns.map((c) => r[c] ?? null));
	const text = Papa.unparse(
		{ fields: [...columns], data },
		{ escapeFormulae: options.neutraliseFormulas ?? true, newline: '\n' }
	);
	return `${text}\n`;
}

/**
 * Validate and return the rows, or throw one Error listing every problem (at most `limit`
 * lines). Used for committed files, where any problem must stop the build.
 */
export function parseOrThrow<Cols extends readonly ColumnSpec[]>(
	file: string,
	text: string,
	schema: DatasetSchema<Cols>,
	limit = 20
): RowOf<Cols>[] {
	const result = validateCsv(file, text, schema);
	if (result.ok) return result.rows;
	const lines = result.issues.slice(0, limit).map(formatIssue);
	const more = result.issues.length > limit ? `\n…and ${result.issues.length - limit} more` : '';
	throw new Error(`Invalid dataset ${file}:\n${lines.join('\n')}${more}`);
}
