/**
 * Column descriptions for DataTable: how a raw value is shown. Pure: formatting goes through
 * format.ts; CSV export writes the raw (unrounded) values.
 */
import * as f from '$lib/format';
import { compareText } from '$lib/text';

export type CellKind =
	| 'text'
	| 'usd'
	| 'usdHourly'
	| 'count'
	/** A count that may be published with a half: 750 → "750", 505.5 → "505.5". */
	| 'hours'
	| 'pct'
	| 'decimal1'
	| 'decimal2'
	| 'decimal3';

export interface Column<Row> {
	key: keyof Row & string;
	label: string;
	kind: CellKind;
	/** What a null cell reads ("not published" unless set). */
	missing?: string;
}

export function formatCell(value: unknown, kind: CellKind, missing?: string): string {
	const m = missing ?? f.MISSING.notPublished;
	if (value === null || value === undefined || value === '') return m;
	if (kind === 'text') return String(value);
	const n = Number(value);
	switch (kind) {
		case 'usd':
			return f.usd(n, m);
		case 'usdHourly':
			return f.usdHourly(n, m);
		case 'count':
			return f.count(n, m);
		case 'hours':
			return Number.isInteger(n) ? f.count(n, m) : f.decimal(n, 1, m);
		case 'pct':
			return f.pct(n, m);
		case 'decimal1':
			return f.decimal(n, 1, m);
		case 'decimal2':
			return f.decimal(n, 2, m);
		case 'decimal3':
			return f.decimal(n, 3, m);
	}
}

/** Sort rows by a key; nulls always last, whatever the direction. */
export function sortRows<Row>(rows: readonly Row[], key: keyof Row, dir: 'asc' | 'desc'): Row[] {
	const sign = dir === 'asc' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const x = a[key] as unknown;
		const y = b[key] as unknown;
		const xMissing = x === null || x === undefined;
		const yMissing = y === null || y === undefined;
		if (xMissing || yMissing) return xMissing === yMissing ? 0 : xMissing ? 1 : -1;
		if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
		return compareText(String(x), String(y)) * sign;
	});
}
