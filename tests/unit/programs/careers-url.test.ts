import { describe, expect, it } from 'vitest';
import {
	careerFromTuple,
	careerTable,
	careerToTuple,
	medianRank,
	NO_EDUCATION,
	type CareerRow
} from '../../../src/lib/programs/careers';
import { readPlannerState, writePlannerState } from '../../../src/lib/programs/url-state';

const row = (code: string, median: number | null): CareerRow => ({
	code,
	title: code,
	emp: 1,
	p10: null,
	p25: null,
	median,
	p75: null,
	p90: null
});

describe('careerTable', () => {
	it('keeps the chosen order, joins education and says when there is none', () => {
		const t = careerTable(
			[row('29-1011', 79200), row('31-9011', 58450)],
			['31-9011', '29-1011', '99-9999'],
			{ '31-9011': 'Postsecondary nondegree award' }
		);
		expect(t.map((r) => [r.code, r.education])).toEqual([
			['31-9011', 'Postsecondary nondegree award'],
			['29-1011', NO_EDUCATION]
		]);
	});
});

describe('medianRank', () => {
	it('ranks massage therapists 5th of the 6 default occupations by median (May 2025)', () => {
		// medians: PT 102,760 > chiropractors 79,200 > OTA 72,300 > PTA 68,380 > MT 58,450 > trainers 47,160
		const rows = [
			row('31-9011', 58450),
			row('31-2021', 68380),
			row('31-2011', 72300),
			row('29-1011', 79200),
			row('29-1123', 102760),
			row('39-9031', 47160)
		];
		expect(medianRank(rows, '31-9011')).toEqual({ rank: 5, of: 6 });
		expect(medianRank(rows, '29-1123')).toEqual({ rank: 1, of: 6 });
	});

	it('skips unpublished medians and shares ranks on ties', () => {
		const rows = [row('a', 100), row('b', null), row('c', 100), row('d', 50)];
		expect(medianRank(rows, 'c')).toEqual({ rank: 1, of: 3 });
		expect(medianRank(rows, 'd')).toEqual({ rank: 3, of: 3 });
		expect(medianRank(rows, 'b')).toBeNull();
	});
});

describe('career tuples', () => {
	it('round-trip a row, keeping nulls as null', () => {
		const r: CareerRow = {
			code: '31-9011',
			title: 'Massage Therapists',
			emp: 98790,
			p10: 33640,
			p25: 43480,
			median: 58450,
			p75: 78320,
			p90: null
		};
		expect(careerToTuple(r)).toEqual([
			'31-9011',
			'Massage Therapists',
			98790,
			33640,
			43480,
			58450,
			78320,
			null
		]);
		expect(careerFromTuple(careerToTuple(r))).toEqual(r);
	});
});

describe('planner URL state', () => {
	const known = { states: ['TX', 'FL'], programs: ['a', 'b', 'c', 'd', 'e'] };

	it('reads valid values and drops unknown ones', () => {
		const s = readPlannerState(
			new URLSearchParams('state=tx&hours=600&compare=a,zzz,b,a&program=c'),
			known
		);
		expect(s).toEqual({
			state: 'TX',
			hours: 600,
			compare: ['a', 'b'],
			program: 'c',
			problems: ['compare: zzz is not a program on this page']
		});
		expect(readPlannerState(new URLSearchParams('state=ZZ&hours=-3&program=nope'), known)).toEqual({
			state: null,
			hours: null,
			compare: [],
			program: null,
			problems: [
				'state: ZZ is not a state',
				'hours: -3 is not a whole number from 0 to 99999',
				'program: nope is not a program on this page'
			]
		});
	});

	it('ignores parameters it does not know, and says so', () => {
		const s = readPlannerState(new URLSearchParams('program=foo&x=a/b'), known);
		expect(s).toEqual({
			state: null,
			hours: null,
			compare: [],
			program: null,
			problems: [
				'program: foo is not a program on this page',
				'x is not a setting of this page, so x=a/b was ignored'
			]
		});
		expect(writePlannerState(s)).toBe('');
	});

	it('keeps at most four programs to compare', () => {
		const s = readPlannerState(new URLSearchParams('compare=a,b,c,d,e'), known);
		expect(s.compare).toEqual(['a', 'b', 'c', 'd']);
		expect(s.problems).toEqual(['compare: e is not used (4 at most)']);
	});

	it('writes only what is set and round-trips', () => {
		expect(writePlannerState({ state: null, hours: null, compare: [], program: null })).toBe('');
		const q = writePlannerState({ state: 'FL', hours: 500, compare: ['a', 'b'], program: 'a' });
		expect(q).toBe('?state=FL&hours=500&compare=a,b&program=a');
		expect(readPlannerState(new URLSearchParams(q), known)).toEqual({
			state: 'FL',
			hours: 500,
			compare: ['a', 'b'],
			program: 'a',
			problems: []
		});
	});
});
