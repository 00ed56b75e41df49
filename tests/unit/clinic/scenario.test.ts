import { describe, expect, it } from 'vitest';
import { CLINIC_NUMBER_FIELDS, projectClinic } from '$lib/finance';
import { FIELD_META, fieldText, parseField } from '$lib/clinic/clinic-fields';
import { rangeText } from '$lib/kit/field';
import {
	checkScenario,
	defaultScenario,
	fieldOrigin,
	resolveScenario,
	wageFor
} from '$lib/clinic/scenario';
import { ctx, tx } from './context';

describe('parseField', () => {
	it.each([
		['privateDenialRate', '11.8', { ok: true, value: 0.118 }],
		['treatmentRooms', '3', { ok: true, value: 3 }],
		['rentMonthlyUsd', '$3,500', { ok: true, value: 3500 }],
		['loanAnnualRate', '9%', { ok: true, value: 0.09 }],
		[
			'treatmentRooms',
			'2.5',
			{ ok: false, message: 'Must be a whole number of rooms from 1 to 50.' }
		],
		['privateDenialRate', '120', { ok: false, message: 'Must be from 0% to 100%.' }],
		[
			'rentMonthlyUsd',
			'lots',
			{ ok: false, message: '“lots” is not a number: use digits, e.g. 12.5.' }
		],
		[
			'rentMonthlyUsd',
			' ',
			{ ok: false, message: 'Required: enter a number from $0 to $1,000,000.' }
		],
		['hoursOpenPerWeek', '200', { ok: false, message: 'Must be from 1 to 168 hours/week.' }]
	] as const)('%s %j → %j', (field, text, expected) => {
		expect(parseField(field, text)).toEqual(expected);
	});

	it('writes percent fields back exactly', () => {
		expect(fieldText('privateDenialRate', 0.118)).toBe('11.8');
		expect(fieldText('rentMonthlyUsd', 3500)).toBe('3500');
		expect(rangeText(FIELD_META.startUtilisation)).toBe('from 0% to 100%');
	});
});

describe('wageFor', () => {
	it('uses the state file’s annual percentile exactly', () => {
		const w = wageFor(ctx, 'TX', 'median')!;
		expect(w.annual).toBe(Number(tx.a_median));
		expect(w.fallback).toBeNull();
		expect(w.origin.scope).toContain('Texas');
		expect(w.origin.use).toContain('annual median');
		expect(wageFor(ctx, 'TX', 'p90')!.annual).toBe(Number(tx.a_pct90));
	});

	it('falls back to the national figure, and says so, when the state has none', () => {
		const w = wageFor(ctx, 'VT', 'p25')!;
		expect(w.annual).toBe(40_000);
		expect(w.fallback).toBe(
			'Vermont: not published (no May 2025 row for this state); using the United States figure'
		);
		expect(wageFor(ctx, 'US', 'median')!.annual).toBe(58_450);
	});
});

describe('defaultScenario', () => {
	const s = defaultScenario(ctx);

	it('takes published figures from the data and the rest from stated assumptions', () => {
		// no state: the payer lines take no sessions; their allowed amount is Washington insurers'
		// low hourly allowable "57-67" ÷ 4 units = 14.25, denials 11.8 %, 42 days (low end of 42-137)
		expect(s.fields.privateShare).toBe('0');
		expect(s.fields.privateAllowedUsd).toBe('14.25');
		expect(s.fields.privateDenialRate).toBe('11.8');
		expect(s.fields.reworkShare).toBe('35');
		expect(s.fields.privateDaysToPayment).toBe('42');
		// 40 % relaxation; 60 % medical, all self-pay without payers
		expect(s.fields.relaxationShare).toBe('40');
		expect(s.fields.cashMedicalShare).toBe('60');
		expect(s.fields.therapistAnnualWageUsd).toBe('58450');
		expect(fieldOrigin('privateDenialRate', s, ctx)).toMatchObject({
			isDefault: true,
			origin: { kind: 'data', dataset: 'billing-benchmarks', published: '11.8' }
		});
		expect(fieldOrigin('privateShare', s, ctx).origin.kind).toBe('assumption');
		expect(fieldOrigin('rentMonthlyUsd', s, ctx).origin.kind).toBe('assumption');
		expect(fieldOrigin('therapistAnnualWageUsd', s, ctx)).toMatchObject({
			isDefault: true,
			origin: { kind: 'data' }
		});
		for (const f of CLINIC_NUMBER_FIELDS) expect(s.fields[f], f).not.toBe('');
	});

	it('is a valid plan the engine can project', () => {
		const { inputs, errors } = checkScenario(s);
		expect(errors).toEqual({});
		expect(inputs!.privateDenialRate).toBe(0.118);
		expect(() => projectClinic(inputs!)).not.toThrow();
	});

	it('marks a changed value as the user’s figure', () => {
		const mine = { ...s, fields: { ...s.fields, rentMonthlyUsd: '4200', privateDenialRate: '15' } };
		expect(fieldOrigin('rentMonthlyUsd', mine, ctx)).toMatchObject({
			isDefault: false,
			defaultText: '3500'
		});
		expect(fieldOrigin('privateDenialRate', mine, ctx)).toMatchObject({
			isDefault: false,
			defaultText: '11.8'
		});
		const custom = { ...s, wageChoice: 'custom' as const };
		expect(fieldOrigin('therapistAnnualWageUsd', custom, ctx).isDefault).toBe(false);
	});
});

describe('resolveScenario', () => {
	it('sets the wage from the state and percentile unless it is the user’s own', () => {
		const s = defaultScenario(ctx);
		const texas = resolveScenario({ ...s, state: 'TX', wageChoice: 'p75' }, ctx);
		expect(texas.fields.therapistAnnualWageUsd).toBe(tx.a_pct75);
		const mine = {
			...s,
			state: 'TX',
			wageChoice: 'custom' as const,
			fields: { ...s.fields, therapistAnnualWageUsd: '51000' }
		};
		expect(resolveScenario(mine, ctx).fields.therapistAnnualWageUsd).toBe('51000');
	});
});

describe('checkScenario', () => {
	const s = defaultScenario(ctx);

	it('reports each bad field and gives no inputs', () => {
		const r = checkScenario({
			...s,
			fields: { ...s.fields, treatmentRooms: '0', rentMonthlyUsd: 'x' }
		});
		expect(r.inputs).toBeNull();
		expect(Object.keys(r.errors).sort()).toEqual(['rentMonthlyUsd', 'treatmentRooms']);
	});

	it('says what the session shares add up to', () => {
		const r = checkScenario({
			...s,
			fields: { ...s.fields, relaxationShare: '40', cashMedicalShare: '30', privateShare: '20' }
		});
		// 40 + 30 + 20 + the other payer lines' 0 = 90
		expect(r.errors.shares).toBe('The session shares add up to 90.0%; they must add up to 100%.');
		expect(r.inputs).toBeNull();
	});

	it('accepts shares that add up to 100 within floating-point slack', () => {
		const r = checkScenario({
			...s,
			fields: {
				...s.fields,
				relaxationShare: '33.3',
				cashMedicalShare: '33.3',
				privateShare: '33.4'
			}
		});
		expect(r.errors).toEqual({});
	});
});
