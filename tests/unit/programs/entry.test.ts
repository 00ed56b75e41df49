import { describe, expect, it } from 'vitest';
import { ownStateCheck, ownStateChecks } from '../../../src/lib/programs/entry';
import { HOURS_MAP_FIELDS, type StateHours } from '../../../src/lib/programs/licensing';
import { entryRows, licensingFacts, stateList } from './data';

const hoursFacts = licensingFacts.filter((f) => HOURS_MAP_FIELDS.includes(f.field));
const check = (id: string) => {
	const r = entryRows.find((x) => x.program_id === id);
	if (!r) throw new Error(`no school ${id}`);
	const [c] = ownStateChecks(
		[{ state: r.location_state, hours: r.clock_hours }],
		stateList,
		hoursFacts
	);
	return c!;
};

describe('ownStateCheck', () => {
	const co: StateHours = {
		abbr: 'CO',
		name: 'Colorado',
		minHours: 650,
		allMinimums: [500, 650],
		cls: 'above',
		reason: ''
	} as StateHours;

	it('is below when the hours are fewer than the minimum, and meets at or above it', () => {
		expect(ownStateCheck(550, co)).toMatchObject({ status: 'below', minHours: 650 });
		expect(ownStateCheck(650, co).status).toBe('meets'); // equal counts as meeting
		expect(ownStateCheck(750, co).status).toBe('meets');
	});

	it('cannot tell without hours, a state or a minimum, and says why', () => {
		expect(ownStateCheck(null, co)).toMatchObject({
			status: 'unknown',
			reason: 'clock hours not published'
		});
		expect(ownStateCheck(600, undefined)).toMatchObject({
			status: 'unknown',
			reason: 'no single US state'
		});
		const none = { ...co, minHours: null, allMinimums: [], reason: 'no statewide licence' };
		expect(ownStateCheck(600, none)).toMatchObject({
			status: 'unknown',
			reason: 'no statewide licence'
		});
	});
});

describe('each bundled school against its own state (state-licensing facts)', () => {
	it('marks the 550-hour CIMT program below Colorado’s 650 hours (500 before 2024-07-01)', () => {
		expect(check('cimt_essential_co')).toEqual({
			status: 'below',
			minHours: 650,
			allMinimums: [500, 650],
			reason: ''
		});
	});

	it.each([
		['cimt_anmt_co', 850, 650], // 850 ≥ 650
		['wa_spa_academy_wa', 660, 625], // Washington 625 since 2021-09-01
		['nyim_ny', 1104, 1000], // New York 1,000
		['windward_hi', 570, 570], // exactly Hawaii's 570
		['isu_id', 725, 500]
	])('finds %s (%i h) meets its minimum of %i h', (id, _hours, min) => {
		expect(check(id)).toMatchObject({ status: 'meets', minHours: min });
	});

	it('cannot tell for Minnesota (no statewide licence) or rows without a state or hours', () => {
		expect(check('nwhealth').status).toBe('unknown');
		expect(check('nwhealth').reason).toContain('no statewide licence');
		expect(check('national_range')).toMatchObject({
			status: 'unknown',
			reason: 'no single US state'
		});
		expect(check('cri_wa')).toMatchObject({
			status: 'unknown',
			minHours: 625,
			reason: 'clock hours not published'
		});
	});

	it('finds only the CIMT program below its state’s minimum', () => {
		const all = ownStateChecks(
			entryRows.map((r) => ({ state: r.location_state, hours: r.clock_hours })),
			stateList,
			hoursFacts
		);
		const below = entryRows.filter((_, i) => all[i]!.status === 'below');
		expect(below.map((r) => r.program_id)).toEqual(['cimt_essential_co']);
	});
});
