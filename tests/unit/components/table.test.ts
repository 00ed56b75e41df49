import { describe, expect, it } from 'vitest';
import { formatCell, sortRows } from '../../../src/lib/components/table';

describe('sortRows', () => {
	const rows = [
		{ name: 'Vermont', wage: null },
		{ name: 'Alaska', wage: 134930 },
		{ name: 'Alabama', wage: 48930 }
	];
	it('sorts numbers ascending with missing values last', () => {
		expect(sortRows(rows, 'wage', 'asc').map((r) => r.name)).toEqual([
			'Alabama',
			'Alaska',
			'Vermont'
		]);
	});
	it('keeps missing values last when descending too', () => {
		expect(sortRows(rows, 'wage', 'desc').map((r) => r.name)).toEqual([
			'Alaska',
			'Alabama',
			'Vermont'
		]);
	});
	it('sorts text alphabetically', () => {
		expect(sortRows(rows, 'name', 'asc').map((r) => r.name)).toEqual([
			'Alabama',
			'Alaska',
			'Vermont'
		]);
	});
});

describe('formatCell', () => {
	it('shows a null as "not published" unless told otherwise', () => {
		expect(formatCell(null, 'usd')).toBe('not published');
		expect(formatCell(null, 'usd', 'not found in sources')).toBe('not found in sources');
		expect(formatCell(58450, 'usd')).toBe('$58,450');
		expect(formatCell(28.1, 'usdHourly')).toBe('$28.10');
	});

	it('shows published half hours rather than rounding them', () => {
		expect(formatCell(750, 'hours')).toBe('750');
		expect(formatCell(1104, 'hours')).toBe('1,104');
		expect(formatCell(505.5, 'hours')).toBe('505.5'); // Carolina Massage Institute
		expect(formatCell(922.5, 'hours')).toBe('922.5'); // NWHSU certificate
	});
});
