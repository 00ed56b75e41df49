import { describe, expect, it } from 'vitest';
import { CLINIC_INPUT_LIMITS, projectClinic } from '$lib/finance';
import { checkScenario, defaultScenario } from '$lib/clinic/scenario';
import { sensitivityRows } from '$lib/clinic/sensitivity';
import { ctx } from './context';

const inputs = checkScenario(defaultScenario(ctx)).inputs!;
const wages = { p10: 31_000, p25: 40_000, median: 58_450, p75: null, p90: 100_000 };

describe('sensitivityRows', () => {
	const rows = sensitivityRows(inputs, wages);

	it('lists the plan, four price changes, four booking changes and five wage levels in order', () => {
		expect(rows.map((r) => r.id)).toEqual([
			'base',
			'price-20',
			'price-10',
			'price10',
			'price20',
			'util-20',
			'util-10',
			'util10',
			'util20',
			'wage-p10',
			'wage-p25',
			'wage-median',
			'wage-p75',
			'wage-p90'
		]);
		expect(rows[0]!.breakEvenUtilisation).toBe(projectClinic(inputs).breakEvenUtilisation);
	});

	it('lowers the break-even when prices rise and raises it when wages rise', () => {
		const be = (id: string) => rows.find((r) => r.id === id)!.breakEvenUtilisation!;
		expect(be('price-20')).toBeGreaterThan(be('price-10'));
		expect(be('price-10')).toBeGreaterThan(be('base'));
		expect(be('price20')).toBeLessThan(be('price10'));
		expect(be('wage-p10')).toBeLessThan(be('wage-p25'));
		expect(be('wage-p90')).toBeGreaterThan(be('wage-median'));
	});

	it('keeps the break-even but moves the profit when bookings change', () => {
		const r = (id: string) => rows.find((x) => x.id === id)!;
		expect(r('util10').breakEvenUtilisation).toBe(r('base').breakEvenUtilisation);
		expect(r('util10').steadyMonthlyProfitUsd!).toBeGreaterThan(r('base').steadyMonthlyProfitUsd!);
		// the default target is 75 %: +10 points → 85 %
		expect(r('util10').label).toBe('Booked 85.0% (+10 points)');
	});

	it('marks rows it cannot compute, with the reason', () => {
		expect(rows.find((r) => r.id === 'wage-p75')).toEqual({
			id: 'wage-p75',
			group: 'wage',
			label: 'Wage at the 75th percentile',
			unavailable: 'not published'
		});
		const high = sensitivityRows({ ...inputs, targetUtilisation: 0.95 }, wages);
		expect(high.find((r) => r.id === 'util10')!.unavailable).toBe('beyond 0–100% of capacity');
		const commission = sensitivityRows({ ...inputs, payModel: 'commission' }, wages);
		expect(commission.filter((r) => r.group === 'wage').map((r) => r.unavailable)).toEqual(
			Array(5).fill('therapists are paid by commission')
		);
	});

	it('marks a price or wage step beyond the limits the planner takes instead of throwing', () => {
		const { max } = CLINIC_INPUT_LIMITS.cashMedicalPriceUsd;
		const near = sensitivityRows({ ...inputs, cashMedicalPriceUsd: max * 0.95 }, wages);
		expect(near.find((r) => r.id === 'price10')!.unavailable).toBe(
			'self-pay medical price would be outside from $0 to $10,000 USD/session'
		);
		expect(near.find((r) => r.id === 'price-10')!.unavailable).toBeNull();
		const wageMax = CLINIC_INPUT_LIMITS.therapistAnnualWageUsd.max;
		const rich = sensitivityRows(inputs, { ...wages, p90: wageMax * 10 });
		expect(rich.find((r) => r.id === 'wage-p90')!.unavailable).toBe(
			'therapist wage would be outside from $0 to $1,000,000 USD/yr, full-time'
		);
	});
});
