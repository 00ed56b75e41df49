import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INCOME_INPUT_FIELDS, INCOME_INPUT_LIMITS } from '$lib/finance';
import {
	FIELDS,
	fieldsOf,
	GROUPS,
	parseDraft,
	parseField,
	toDraft,
	valueToText,
	valueWithUnit
} from '$lib/income/income-fields';
import { limitText } from '$lib/kit/field';
import { parseRangeDraft, toRangeDraft } from '$lib/income/range-form';
import type { RangeBounds } from '$lib/income/ranges';
import { realisticInputs, scenarioA } from '../finance/fixtures';

describe('income form fields', () => {
	it('puts every model input in exactly one group', () => {
		const grouped = GROUPS.flatMap((g) => fieldsOf(g.id));
		expect(grouped.sort()).toEqual([...INCOME_INPUT_FIELDS].sort());
		for (const k of INCOME_INPUT_FIELDS) expect(FIELDS[k].unit.length).toBeGreaterThan(0);
	});

	it('shows rates as percentages and round-trips every field of a scenario exactly', () => {
		const inputs = realisticInputs();
		const draft = toDraft(inputs);
		expect(draft.privateDenialRate).toBe('12');
		expect(draft.privateBillingCostShare).toBe('6');
		expect(draft.privateAllowedUsd).toBe('29.76');
		expect(parseDraft(draft)).toEqual({ inputs, errors: {} });
	});

	it('reads a typed percentage as an exact fraction', () => {
		expect(parseField('privateDenialRate', '11.8')).toEqual({ ok: true, value: 0.118 });
		expect(parseField('tipsShare', '15%')).toEqual({ ok: true, value: 0.15 });
		expect(valueToText('discountRateAnnual', 0.08)).toBe('8');
	});

	it.each([
		['relaxationSessionsPerWeek', '', 'Required: enter a number from 0 to 80 sessions/week.'],
		['relaxationSessionsPerWeek', 'abc', '“abc” is not a number: use digits, e.g. 12.5.'],
		['relaxationSessionsPerWeek', '81', 'Must be from 0 to 80 sessions/week.'],
		['relaxationPriceUsd', '-5', 'Must be from $0 to $10,000.'],
		['privateDenialRate', '120', 'Must be from 0% to 100%.'],
		['horizonMonths', '36.5', 'Must be a whole number of months from 12 to 120.'],
		['horizonMonths', '6', 'Must be from 12 to 120 months.'],
		['liabilityInsuranceChangeMonthlyUsd', '2000000', 'Must be from -$1,000,000 to $1,000,000.'],
		['privateDaysToPayment', '400', 'Must be from 0 to 365 days.']
	] as const)('explains %s = %j', (key, text, message) => {
		expect(parseField(key, text)).toEqual({ ok: false, message });
	});

	it('moves the cap’s minimum with today’s relaxation hours', () => {
		// 20 sessions × 60 min = 20 h > the 15 h cap
		const draft = toDraft(scenarioA({ handsOnHoursPerWeekCap: 30 }));
		draft.relaxationSessionsPerWeek = '20';
		draft.handsOnHoursPerWeekCap = '15';
		expect(parseDraft(draft)).toEqual({
			inputs: null,
			errors: {
				handsOnHoursPerWeekCap:
					'Must be at least your relaxation hours today: 20 sessions × 60 min = 20 hours/week.'
			}
		});
		// 16 sessions × 50 min = 13.333… h: shown to two decimals
		draft.relaxationSessionsPerWeek = '16';
		draft.relaxationSessionMinutes = '50';
		draft.handsOnHoursPerWeekCap = '13';
		expect(parseDraft(draft).errors.handsOnHoursPerWeekCap).toContain('= 13.33 hours/week');
		draft.handsOnHoursPerWeekCap = '13.34';
		expect(parseDraft(draft).errors).toEqual({});
	});

	it('collects every field error at once and returns no inputs', () => {
		const draft = toDraft(scenarioA());
		draft.tipsShare = 'lots';
		draft.equipmentUsd = '';
		const r = parseDraft(draft);
		expect(r.inputs).toBeNull();
		expect(Object.keys(r.errors).sort()).toEqual(['equipmentUsd', 'tipsShare']);
	});

	it('prints values and limits with their units, unrounded', () => {
		expect(valueWithUnit('privateAllowedUsd', 29.76)).toBe('$29.76');
		expect(valueWithUnit('privatePerVisit', 1)).toBe('per visit');
		expect(valueWithUnit('marriedJoint', 0)).toBe('Single');
		expect(valueWithUnit('relaxationPriceUsd', 63)).toBe('$63/session');
		expect(valueWithUnit('programCostUsd', 3000)).toBe('$3,000');
		expect(valueWithUnit('equipmentUsd', 1234.5)).toBe('$1,234.5');
		expect(valueWithUnit('liabilityInsuranceChangeMonthlyUsd', -25)).toBe('−$25/month');
		expect(valueWithUnit('privateDenialRate', 0.118)).toBe('11.8%');
		expect(valueWithUnit('privateDaysToPayment', 42)).toBe('42 days');
		expect(limitText(FIELDS.privateShare, 1)).toBe('100%');
		expect(limitText(FIELDS.programCostUsd, 10_000_000)).toBe('$10,000,000');
	});
});

describe('valueToText', () => {
	it('writes any allowed value in plain digits that the form reads back', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...INCOME_INPUT_FIELDS).chain((key) => {
					const { min, max, integer } = INCOME_INPUT_LIMITS[key];
					const v = integer
						? fc.integer({ min, max })
						: fc.oneof(
								fc.double({ min, max, noNaN: true }),
								fc.constantFrom(min, max, 1e-7, 3.1e-162).filter((x) => x >= min && x <= max)
							);
					return fc.tuple(fc.constant(key), v);
				}),
				([key, value]) => {
					const text = valueToText(key, value);
					expect(text).not.toMatch(/e/i);
					const back = parseField(key, text);
					expect(back.ok).toBe(true);
					if (!back.ok) return;
					// Percent fields go through a number in percent units, so the last digit of
					// an extreme value can move; the others come back bit for bit.
					if (FIELDS[key].kind === 'percent')
						expect(Math.abs(back.value - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-15);
					else expect(back.value).toBe(value + 0);
				}
			),
			{ seed: 19, numRuns: 2000 }
		);
	});
});

describe('uncertainty ranges form', () => {
	const inputs = realisticInputs(); // privateDenialRate 0.12, privateDaysToPayment 45, rampUpMonths 6 …
	// the three lines that take no sessions (pip, wc, medicaid) get ranges that do not even
	// hold their likely values ($30 a unit, no denials, no lag): idle drivers are not checked
	const idle = (line: string) => ({
		[`${line}AllowedUsd`]: { low: 40, high: 50 },
		[`${line}DenialRate`]: { low: 0.1, high: 0.2 },
		[`${line}DaysToPayment`]: { low: 10, high: 20 }
	});
	const bounds = {
		rampUpMonths: { low: 3, high: 12 },
		medicalSessionsPerWeek: { low: 4, high: 14 },
		privateAllowedUsd: { low: 22, high: 35 },
		privateDenialRate: { low: 0.05, high: 0.3 },
		privateDaysToPayment: { low: 20, high: 120 },
		medicalCashPriceUsd: { low: 80, high: 140 },
		...idle('pip'),
		...idle('wc'),
		...idle('medicaid')
	} as RangeBounds;

	it('round-trips low and high of every driver', () => {
		expect(parseRangeDraft(toRangeDraft(bounds), inputs)).toEqual({ bounds, errors: {} });
	});

	it('checks the ranges of a payer line only while it takes sessions', () => {
		// wcShare 0: its allowed-amount range 40–50 need not hold the likely $30
		expect(parseRangeDraft(toRangeDraft(bounds), inputs).errors).toEqual({});
		const busy = { ...inputs, wcShare: 0.1 };
		expect(parseRangeDraft(toRangeDraft(bounds), busy).errors).toEqual({
			'wcAllowedUsd.low': 'Low must not be above the likely value, $30 (set above).',
			'wcDenialRate.low': 'Low must not be above the likely value, 0% (set above).',
			'wcDaysToPayment.low': 'Low must not be above the likely value, 0 days (set above).'
		});
	});

	it('requires low ≤ likely ≤ high, naming the likely value', () => {
		const draft = toRangeDraft(bounds);
		draft.privateDenialRate.low = '15';
		draft.privateDaysToPayment.high = '30';
		const r = parseRangeDraft(draft, inputs);
		expect(r.bounds).toBeNull();
		expect(r.errors).toEqual({
			'privateDenialRate.low': 'Low must not be above the likely value, 12% (set above).',
			'privateDaysToPayment.high': 'High must not be below the likely value, 45 days (set above).'
		});
	});

	it('reports unreadable bounds and gives no ranges while the main form is invalid', () => {
		const draft = toRangeDraft(bounds);
		draft.rampUpMonths.high = 'soon';
		expect(parseRangeDraft(draft, inputs).errors).toEqual({
			'rampUpMonths.high': '“soon” is not a number: use digits, e.g. 12.5.'
		});
		expect(parseRangeDraft(toRangeDraft(bounds), null)).toEqual({ bounds: null, errors: {} });
	});
});
