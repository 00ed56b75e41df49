import { describe, expect, it } from 'vitest';
import { parseField } from '../../../src/lib/programs/fields';
import {
	draftFrom,
	emptyDraft,
	suggestId,
	validateDraft,
	type ProgramDraft
} from '../../../src/lib/programs/form';

describe('parseField', () => {
	const price = { label: 'Price you were quoted', unit: 'USD', min: 0 };
	it.each([
		['2500', 2500],
		['$1,250', 1250],
		[' 99.5 ', 99.5],
		['', null]
	])('reads %j as %j', (text, value) => {
		expect(parseField(text, price)).toEqual({ ok: true, value });
	});

	it('says what is wrong, naming the field and unit', () => {
		expect(parseField('abc', price)).toEqual({
			ok: false,
			error: 'Price you were quoted: "abc" is not a number. Type digits, e.g. 1250.'
		});
		expect(parseField('-5', price)).toEqual({
			ok: false,
			error: 'Price you were quoted: must be at least 0 USD.'
		});
		expect(parseField('', { ...price, required: true })).toEqual({
			ok: false,
			error: 'Price you were quoted: enter a number (USD).'
		});
		expect(parseField('2.5', { label: 'Months', unit: 'months', integer: true })).toEqual({
			ok: false,
			error: 'Months: enter a whole number (months).'
		});
		expect(parseField('53', { label: 'Weeks', unit: 'weeks', max: 52 })).toEqual({
			ok: false,
			error: 'Weeks: must be at most 52 weeks.'
		});
	});
});

describe('validateDraft', () => {
	const draft = (over: Partial<ProgramDraft>): ProgramDraft => ({
		...emptyDraft(),
		provider: 'Riverside Lymph School',
		credential: 'Local MLD course',
		specialty: 'manual lymph drainage',
		...over
	});
	const taken = new Set(['somi_cmmp', 'local_mld_course']);

	it('makes an id from the credential when none is typed, avoiding ids in use', () => {
		const r = validateDraft(draft({ totalHours: '40', costUsd: '2,400' }), taken, null);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.program).toMatchObject({
			id: 'local_mld_course_2',
			origin: 'custom',
			totalHours: 40,
			costUsd: 2400,
			note: null
		});
	});

	it('gives one error per bad field and keeps the draft as typed', () => {
		const d = draft({
			provider: ' ',
			id: 'somi_cmmp',
			totalHours: 'forty',
			costUsd: '-1',
			sourceUrl: 'javascript:alert(1)'
		});
		const r = validateDraft(d, taken, null);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toEqual({
			provider: 'Provider: required.',
			id: 'Id: "somi_cmmp" is already used by another program.',
			totalHours: 'Total hours: "forty" is not a number. Type digits, e.g. 1250.',
			costUsd: 'Cost: must be at least 0 USD.',
			sourceUrl: 'Source address: must start with http:// or https://.'
		});
		expect(d.totalHours).toBe('forty');
	});

	it('keeps the id when editing and round-trips through draftFrom', () => {
		const r = validateDraft(draft({ costUsd: '450' }), taken, 'local_mld_course');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.program.id).toBe('local_mld_course');
		const again = validateDraft(draftFrom(r.program), taken, 'local_mld_course');
		expect(again.ok && again.program).toEqual(r.program);
	});

	it('rejects an id with capitals or spaces', () => {
		const r = validateDraft(draft({ id: 'My Course' }), taken, null);
		expect(r.ok ? null : r.errors.id).toContain('lower-case');
	});
});

describe('suggestId', () => {
	it('slugs the credential and numbers repeats', () => {
		expect(suggestId('Oncology Massage: Level 1!', new Set())).toBe('oncology_massage_level_1');
		expect(suggestId('A', new Set(['a', 'a_2']))).toBe('a_3');
		expect(suggestId('!!!', new Set())).toBe('my_program');
	});
});
