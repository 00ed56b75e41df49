import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { billableUnits } from '$lib/finance';

describe('billableUnits (CMS 8-minute rule, one timed service)', () => {
	it.each([
		[0, 0],
		[7, 0],
		[7.99, 0],
		[8, 1],
		[22, 1],
		[22.5, 1],
		[23, 2],
		[37, 2],
		[38, 3],
		[52, 3],
		[53, 4],
		[60, 4],
		[67, 4],
		[68, 5],
		[90, 6]
	])('%s minutes → %s units', (minutes, units) => {
		expect(billableUnits(minutes)).toBe(units);
	});

	it('rejects impossible minutes naming the field', () => {
		expect(() => billableUnits(-1)).toThrow('timedMinutes must be 0–1440');
		expect(() => billableUnits(Number.NaN)).toThrow(/timedMinutes/);
		expect(() => billableUnits(1441)).toThrow(/timedMinutes/);
	});

	it('agrees with every row of data/eight-minute-rule/eight-minute-rule-units.csv', () => {
		const path = fileURLToPath(
			new URL('../../../data/eight-minute-rule/eight-minute-rule-units.csv', import.meta.url)
		);
		const lines = readFileSync(path, 'utf8')
			.split(/\r?\n/)
			.filter((line) => line.trim() !== '');
		const header = (lines[0] ?? '').split(',').slice(0, 3);
		expect(header).toEqual([
			'billable_units',
			'min_total_timed_minutes',
			'max_total_timed_minutes'
		]);
		const rows = lines.slice(1).map((line) => line.split(',').slice(0, 3).map(Number));
		expect(rows.length).toBeGreaterThanOrEqual(5);
		for (const [units, min, max] of rows) {
			expect(billableUnits(min as number), `min of row ${units}`).toBe(units);
			expect(billableUnits(max as number), `max of row ${units}`).toBe(units);
			if ((min as number) > 0) {
				expect(billableUnits((min as number) - 1), `below row ${units}`).toBe(
					(units as number) - 1
				);
			}
		}
	});
});
