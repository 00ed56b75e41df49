/**
 * Column and schema types shared by every dataset validator.
 *
 * A schema is a list of columns. Each column says what a cell must hold; the row type is
 * derived from the list, so `RowOf<typeof columns>` is the typed row a validator returns.
 */

/** `text`: any string. `number`: a decimal. `integer`: a whole number. */
export type ColumnKind = 'text' | 'number' | 'integer';

export interface ColumnSpec {
	readonly name: string;
	readonly kind: ColumnKind;
	/** A blank cell is an error when true; otherwise blank reads as `null` (never 0). */
	readonly required?: boolean;
	/** Text columns only: the whole cell must match (e.g. two-digit FIPS codes). */
	readonly pattern?: RegExp;
	/** Human description of `pattern`, used in error messages ("a two-digit FIPS code"). */
	readonly patternLabel?: string;
	/** Number columns only: inclusive lower bound. */
	readonly min?: number;
	/** Number columns only: inclusive upper bound. */
	readonly max?: number;
}

type CellOf<C extends ColumnSpec> = C['kind'] extends 'text' ? string : number;

/** The typed row for a column list declared `as const`. */
export type RowOf<Cols extends readonly ColumnSpec[]> = {
	-readonly [C in Cols[number] as C['name']]: C['required'] extends true
		? CellOf<C>
		: CellOf<C> | null;
};

export interface DatasetSchema<Cols extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
	/** Kebab-case dataset id, equal to its folder under `data/` and its URL slug. */
	readonly id: string;
	readonly columns: Cols;
	/** Extra columns not in the list are an error unless this is true (user uploads). */
	readonly allowExtraColumns?: boolean;
}

/** One problem with one cell (or the header), precise enough to find and fix it. */
export interface ValidationIssue {
	file: string;
	/** Data row number, 1 = the first row after the header; 0 = the header itself. */
	row: number;
	column: string;
	/** The text found in the cell (or a description of what was found). */
	found: string;
	expected: string;
}

/** A cell held a published-source marker instead of a value (e.g. OEWS `**`). */
export interface MarkerNote {
	row: number;
	column: string;
	marker: string;
	reason: string;
}

export type ValidationResult<Row> =
	| { ok: true; rows: Row[]; markers: MarkerNote[]; header: string[] }
	| { ok: false; issues: ValidationIssue[] };
