import { describe, expect, it } from 'vitest';
import { compareScenarios } from '$lib/clinic/clinic-compare';
import { defaultScenario } from '$lib/clinic/scenario';
import { usd } from '$lib/format';
import { ctx, tx } from './context';

describe('compareScenarios (clinic)', () => {
	it('projects each scenario, taking a percentile wage from the current data', () => {
		const s = defaultScenario(ctx);
		const texas = { ...s, state: 'TX', fields: { ...s.fields, therapistAnnualWageUsd: '1' } };
		const t = compareScenarios(
			[
				{ name: 'Now', content: s },
				{ name: 'Texas', content: texas }
			],
			ctx
		);
		expect(t.columns).toEqual(['Now', 'Texas']);
		expect(t.rows[0]).toEqual({ label: 'State', cells: ['United States', 'Texas'] });
		// the stored "1" is replaced by Texas's median (the scenario follows the median), so the
		// monthly profit differs from the national plan's, and is not that of a $1 wage
		const profit = t.rows.find((r) => r.label === 'Monthly profit once established')!;
		expect(profit.cells[0]).not.toBe(profit.cells[1]);
		expect(Number(tx.a_median)).toBeGreaterThan(1);
		expect(profit.cells[1]).toMatch(/^-?\$[\d,]+$/);
		expect(usd(Number(tx.a_median))).not.toBe('$1');
	});

	it('explains a scenario it cannot calculate', () => {
		const s = defaultScenario(ctx);
		const t = compareScenarios(
			[{ name: 'Broken', content: { ...s, fields: { ...s.fields, rentMonthlyUsd: 'abc' } } }],
			ctx
		);
		expect(t.rows.find((r) => r.label === 'Funding needed')!.cells).toEqual([
			'cannot be calculated: “abc” is not a number: use digits, e.g. 12.5.'
		]);
	});

	it('lists only the inputs that differ, with their units', () => {
		const s = defaultScenario(ctx);
		const t = compareScenarios(
			[
				{ name: 'Now', content: { ...s, fields: { ...s.fields, rentMonthlyUsd: '3500' } } },
				{ name: 'Dearer', content: { ...s, fields: { ...s.fields, rentMonthlyUsd: '4,250.5' } } }
			],
			ctx
		);
		const inputs = t.rows.filter((r) => r.label.includes('('));
		const results = t.rows.filter((r) => /Capacity|Break-even|Funding|Payback/.test(r.label));
		expect(t.rows.find((r) => r.label === 'Rent (USD/month)')!.cells).toEqual([
			'$3,500/month',
			'$4,250.5/month'
		]);
		expect(t.rows.find((r) => r.label.startsWith('Treatment rooms'))).toBeUndefined();
		expect(inputs.length).toBeGreaterThanOrEqual(1);
		expect(results.length).toBeGreaterThan(0);
	});
});
