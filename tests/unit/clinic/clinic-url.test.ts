import { describe, expect, it } from 'vitest';
import { CLINIC_NUMBER_FIELDS } from '$lib/finance';
import { factorDefs } from '$lib/clinic/factors';
import { defaultWeighting } from '$lib/clinic/ranking';
import { defaultScenario } from '$lib/clinic/scenario';
import { readClinicQuery, writeClinicQuery } from '$lib/clinic/clinic-url';
import { ctx } from './context';

const defs = factorDefs({
	rppYear: 2024,
	populationYear: 2025,
	cbpYear: 2021,
	highIncomeMassage: { published: '39', note: null, source: 's', population: 'p', year: 'y' }
});
const weighting = defaultWeighting(defs);
const scenario = defaultScenario(ctx);
const known = { states: ['TX', 'VT'] };
const defaults = { scenario, weighting };

describe('writeClinicQuery / readClinicQuery', () => {
	it('round-trips a changed scenario, weights and the explained state', () => {
		const changed = {
			scenario: {
				state: 'TX',
				wageChoice: 'custom' as const,
				payModel: 'commission' as const,
				fields: {
					...scenario.fields,
					treatmentRooms: '5',
					privateDenialRate: '15.5',
					rentMonthlyUsd: '4,200'
				}
			},
			weighting: {
				weights: { ...weighting.weights, growth: 3, labour: 0 },
				directions: { ...weighting.directions, lq: 'higher' as const }
			},
			why: 'VT'
		};
		const q = writeClinicQuery(changed, weighting);
		expect(q).toContain('state=TX');
		expect(q).toContain('w_growth=3');
		expect(q).toContain('d_lq=higher');
		expect(q).not.toContain('w_income');
		const back = readClinicQuery(q, known, defaults);
		expect(back.ignored).toEqual([]);
		expect(back.scenario).toEqual(changed.scenario);
		expect(back.weighting).toEqual(changed.weighting);
		expect(back.why).toBe('VT');
	});

	it('writes every field, so a link reproduces the plan even if defaults change', () => {
		const q = new URLSearchParams(writeClinicQuery({ scenario, weighting, why: null }, weighting));
		for (const f of CLINIC_NUMBER_FIELDS) expect(q.get(f), f).toBe(scenario.fields[f]);
	});

	it('ignores values it cannot use, names them, and keeps the rest', () => {
		const r = readClinicQuery(
			'?state=zz&treatmentRooms=abc&rentMonthlyUsd=5000&pay=barter&w_labour=99&d_lq=up&why=TX&pct=p75',
			known,
			defaults
		);
		expect(r.ignored).toEqual(['state', 'pay', 'treatmentRooms', 'w_labour', 'd_lq']);
		expect(r.problems).toEqual([
			'state: zz is not a state (or US)',
			'pay: barter is not wage or commission',
			'treatmentRooms: abc is not a number',
			'w_labour: 99 is not a weight from 0 to 10',
			'd_lq: up is not higher or lower'
		]);
		expect(r.scenario.state).toBe(scenario.state);
		expect(r.scenario.fields.treatmentRooms).toBe(scenario.fields.treatmentRooms);
		expect(r.scenario.fields.rentMonthlyUsd).toBe('5000');
		expect(r.scenario.wageChoice).toBe('p75');
		expect(r.weighting.weights.labour).toBe(1);
		expect(r.why).toBe('TX');
	});

	it('says why a number is out of range, ignores unknown parameters, and never throws', () => {
		const r = readClinicQuery('?treatmentRooms=999&why=&x=%3Cscript%3E', known, defaults);
		expect(r.scenario).toEqual(scenario);
		expect(r.why).toBeNull();
		expect(r.ignored).toEqual(['treatmentRooms', 'why', 'x']);
		expect(r.problems).toEqual([
			'treatmentRooms: 999 is not a whole number from 1 to 50 rooms',
			'why: "" is not a state',
			'x is not a setting of this page, so x=<script> was ignored'
		]);
	});

	it('reads a bare state code from /location (lower case too)', () => {
		const r = readClinicQuery('?state=tx', known, defaults);
		expect(r.scenario.state).toBe('TX');
		expect(r.ignored).toEqual([]);
		expect(r.scenario.fields).toEqual(scenario.fields);
	});
});
