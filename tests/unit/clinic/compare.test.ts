import { describe, expect, it } from 'vitest';
import { compareColumns } from '$lib/clinic/compare';
import { defaultScenario } from '$lib/clinic/scenario';
import { ctx, tx } from './context';

describe('compareColumns', () => {
	it('projects each scenario, taking a percentile wage from the current data', () => {
		const s = defaultScenario(ctx);
		const texas = { ...s, state: 'TX', fields: { ...s.fields, therapistAnnualWageUsd: '1' } };
		const [a, b] = compareColumns(
			[
				{ name: 'Now', scenario: s },
				{ name: 'Texas', scenario: texas }
			],
			ctx
		);
		expect(a!.projection).not.toBeNull();
		// the stored "1" is replaced by Texas's median, since the scenario follows the median
		expect(b!.scenario.fields.therapistAnnualWageUsd).toBe(tx.a_median);
		expect(b!.projection!.fixedCostsPerMonthUsd).not.toBe(a!.projection!.fixedCostsPerMonthUsd);
	});

	it('explains a scenario it cannot calculate', () => {
		const s = defaultScenario(ctx);
		const [c] = compareColumns(
			[{ name: 'Broken', scenario: { ...s, fields: { ...s.fields, rentMonthlyUsd: 'abc' } } }],
			ctx
		);
		expect(c!.projection).toBeNull();
		expect(c!.problem).toBe('“abc” is not a number: type digits, like 1,500 or 12.5.');
	});
});
