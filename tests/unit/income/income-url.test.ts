import { describe, expect, it } from 'vitest';
import {
	DRIVERS,
	INCOME_INPUT_FIELDS,
	INCOME_INPUT_LIMITS,
	validateIncomeInputs,
	type IncomeInputs
} from '$lib/finance';
import type { RangeBounds } from '$lib/income/ranges';
import { readIncomeUrl, writeIncomeUrl } from '$lib/income/income-url';
import { fullBounds, realisticInputs } from '../finance/fixtures';

const defaults = {
	inputs: realisticInputs(),
	ranges: fullBounds({
		rampUpMonths: { low: 3, high: 12 },
		medicalSessionsPerWeek: { low: 4, high: 14 },
		privateAllowedUsd: { low: 14.25, high: 30 },
		privateDenialRate: { low: 0.08, high: 0.2 },
		privateDaysToPayment: { low: 42, high: 137 },
		medicalCashPriceUsd: { low: 100, high: 150 }
	}) satisfies RangeBounds
};
const STATES = ['TX', 'CA', 'VT'];
const read = (q: string) => readIncomeUrl(new URLSearchParams(q), defaults, STATES);

/** A value of the field other than the default, inside its limits and awkward in binary. */
function otherValue(key: keyof IncomeInputs): number {
	const { min, max, integer } = INCOME_INPUT_LIMITS[key];
	if (integer) {
		const d = defaults.inputs[key];
		const pick = d === 37 ? 38 : 37;
		return pick >= min && pick <= max ? pick : d === max ? min : max;
	}
	// e.g. 0.1 + 0.2 = 0.30000000000000004 survives the trip exactly
	const v = min + (max - min) * (0.1 + 0.2) * 0.37;
	return v === defaults.inputs[key] ? v / 3 : v;
}

describe('income URL state', () => {
	it('round-trips every input field, each changed on its own, bit for bit', () => {
		for (const key of INCOME_INPUT_FIELDS) {
			const inputs = { ...defaults.inputs, [key]: otherValue(key) };
			const q = writeIncomeUrl({ inputs, ranges: defaults.ranges, state: null }, defaults);
			const back = read(q);
			expect(back.inputs, key).toEqual(inputs);
			expect(Object.is(back.inputs[key], inputs[key]), key).toBe(true);
			expect(back.problems).toEqual([]);
		}
	});

	it('writes the full input set once anything differs, so the link survives new defaults', () => {
		const q = writeIncomeUrl(
			{
				inputs: { ...defaults.inputs, programCostUsd: 4200 },
				ranges: defaults.ranges,
				state: 'TX'
			},
			defaults
		);
		const p = new URLSearchParams(q);
		for (const key of INCOME_INPUT_FIELDS) expect(p.has(key), key).toBe(true);
		for (const d of DRIVERS) expect(p.has(`low.${d}`) && p.has(`high.${d}`), d).toBe(true);
		expect(p.get('programCostUsd')).toBe('4200');
		expect(p.get('privateDenialRate')).toBe('0.12');
		expect(p.get('state')).toBe('TX');
		// read against different defaults: the link still gives its own inputs
		const other = readIncomeUrl(
			p,
			{ inputs: { ...defaults.inputs, privateDenialRate: 0.5 }, ranges: defaults.ranges },
			STATES
		);
		expect(other.inputs.privateDenialRate).toBe(0.12);
	});

	it('round-trips the uncertainty bounds and the state', () => {
		const ranges = structuredClone(defaults.ranges);
		ranges.privateDenialRate = { low: 0.03, high: 0.35 };
		ranges.rampUpMonths.high = 18.5;
		const q = writeIncomeUrl({ inputs: defaults.inputs, ranges, state: 'VT' }, defaults);
		const back = read(q);
		expect(back.ranges).toEqual(ranges);
		expect(back.state).toBe('VT');
	});

	it('stays empty at the defaults, or carries only the state', () => {
		expect(writeIncomeUrl({ ...defaults, state: null }, defaults)).toBe('');
		expect(writeIncomeUrl({ ...defaults, state: 'TX' }, defaults)).toBe('?state=TX');
	});

	it('accepts a single value from another page, e.g. /programs → ?programCostUsd=5150', () => {
		const r = read('?programCostUsd=5150&state=tx');
		expect(r.inputs).toEqual({ ...defaults.inputs, programCostUsd: 5150 });
		expect(r.state).toBe('TX');
		expect(r.present).toEqual(['programCostUsd']);
		expect(r.problems).toEqual([]);
	});

	it('keeps the default and says why for each unusable value', () => {
		const r = read(
			'?privateDenialRate=abc&horizonMonths=36.5&programCostUsd=-3&low.privateDaysToPayment=999&state=ZZ'
		);
		expect(r.inputs).toEqual(defaults.inputs);
		expect(r.ranges).toEqual(defaults.ranges);
		expect(r.state).toBeNull();
		expect(r.present).toEqual([]);
		expect(r.problems).toEqual([
			'privateDenialRate: abc is not a number',
			'programCostUsd: -3 is not a number from 0 to 10000000',
			'horizonMonths: 36.5 is not a whole number from 12 to 120',
			'low.privateDaysToPayment: 999 is not a number from 0 to 365',
			'state: ZZ is not a US state code'
		]);
	});

	it('ignores parameters it does not know and values that are not finite, naming each', () => {
		const key = INCOME_INPUT_FIELDS[0]!;
		const r = read(`?${key}=1e309&x=%3Cscript%3E&state=tx&state=VT`);
		expect(r.inputs).toEqual(defaults.inputs);
		expect(r.state).toBe('TX');
		const { min, max } = INCOME_INPUT_LIMITS[key];
		expect(r.problems).toEqual([
			`${key}: 1e309 is not a ${INCOME_INPUT_LIMITS[key].integer ? 'whole number' : 'number'} from ${min} to ${max}`,
			'state: VT is not used (the link gives state more than once; the first counts)',
			'x is not a setting of this page, so x=<script> was ignored'
		]);
		expect(writeIncomeUrl({ ...defaults, state: r.state }, defaults)).toBe('?state=TX');
	});

	it("takes back the link's last values until the inputs fit together, naming each", () => {
		// every field at its maximum: more relaxation hours than any cap allows
		const q = new URLSearchParams(
			INCOME_INPUT_FIELDS.map((k) => [k, String(INCOME_INPUT_LIMITS[k].max)])
		);
		const r = read(`?${q}`);
		expect(() => validateIncomeInputs(r.inputs)).not.toThrow();
		const reverted = INCOME_INPUT_FIELDS.filter((k) => !r.present.includes(k));
		expect(reverted.length).toBeGreaterThan(0);
		for (const k of reverted) expect(r.inputs[k]).toBe(defaults.inputs[k]);
		for (const k of r.present) expect(r.inputs[k]).toBe(INCOME_INPUT_LIMITS[k].max);
		expect(r.problems).toEqual(
			reverted
				.filter((k) => INCOME_INPUT_LIMITS[k].max !== defaults.inputs[k])
				.reverse()
				.map((k) =>
					expect.stringMatching(
						new RegExp(
							`^${k.replace('.', '\\.')}: ${INCOME_INPUT_LIMITS[k].max} is not possible with the other values \\(.+\\)$`
						)
					)
				)
		);
	});

	it('reads numbers in exponent form, as JavaScript writes tiny values', () => {
		expect(read('?tipsShare=1e-7').inputs.tipsShare).toBe(1e-7);
		const q = writeIncomeUrl(
			{ inputs: { ...defaults.inputs, tipsShare: 1e-7 }, ranges: defaults.ranges, state: null },
			defaults
		);
		expect(new URLSearchParams(q).get('tipsShare')).toBe('1e-7');
	});
});
