import { describe, expect, it } from 'vitest';
import { summariseLicensing, type LicensingFact } from '../../../src/lib/map/licensing';

const fact = (field: string, value: string): LicensingFact => ({
	field,
	value,
	unit: null,
	asOf: '2024',
	source: 'test',
	url: null,
	quality: 'official',
	note: null
});

describe('summariseLicensing', () => {
	it('keeps every fact per field and marks empty fields', () => {
		const s = summariseLicensing(
			[fact('min_training_hours', '500'), fact('min_training_hours', '600')],
			['min_training_hours', 'exam_accepted']
		);
		expect(s.fields[0]?.facts.map((f) => f.value)).toEqual(['500', '600']);
		expect(s.fields[1]?.facts).toEqual([]);
		expect(s.fields[1]?.label).toBe('Exam');
	});

	it('derives CE per year from hours per cycle ÷ cycle years (24 ÷ 2 = 12)', () => {
		const s = summariseLicensing(
			[fact('ce_hours_per_cycle', '24'), fact('ce_cycle_years', '2')],
			[]
		);
		expect(s.cePerYear).toEqual({ hours: 24, years: 2, perYear: 12 });
	});

	it('falls back to the renewal period when no CE cycle is given (12 ÷ 2 = 6)', () => {
		const s = summariseLicensing(
			[fact('ce_hours_per_cycle', '12'), fact('renewal_period_years', '2')],
			[]
		);
		expect(s.cePerYear?.perYear).toBe(6);
	});

	it('gives no CE per year when hours are not a number', () => {
		const s = summariseLicensing(
			[fact('ce_hours_per_cycle', 'varies'), fact('ce_cycle_years', '2')],
			[]
		);
		expect(s.cePerYear).toBeNull();
	});
});
