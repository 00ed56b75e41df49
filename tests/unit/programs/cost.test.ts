import { describe, expect, it } from 'vitest';
import {
	costOfAttendance,
	costPerHour,
	defaultTravelDays,
	programView
} from '../../../src/lib/programs/cost';
import { program } from './data';

describe('costPerHour', () => {
	it.each([
		[3000, 104, 3000 / 104], // CMMP: $3,000 ÷ 104 h = $28.846…/h
		[797, 32, 24.90625], // Walton: $797 ÷ 32 h = $24.90625/h
		[965, 48, 20.104166666666668] // MFNR: $965 ÷ 48 h
	])('%d USD over %d h', (cost, hours, expected) => {
		expect(costPerHour(cost, hours)).toBeCloseTo(expected, 10);
	});

	it('is null, never 0 or infinite, when a figure is missing or hours are 0', () => {
		expect(costPerHour(null, 40)).toBeNull();
		expect(costPerHour(250, null)).toBeNull();
		expect(costPerHour(250, 0)).toBeNull();
	});
});

describe('costOfAttendance', () => {
	it('adds tuition, materials, fees, travel and income given up', () => {
		const c = costOfAttendance({
			tuitionUsd: 3000,
			materialsUsd: 45,
			feesUsd: 250,
			inPersonDays: 4,
			travelPerDayUsd: 150,
			trainingHours: 104,
			paidWorkShare: 1,
			hourlyEarningsUsd: 28.1
		});
		expect(c.travelUsd).toBe(600); // 4 days × $150
		expect(c.incomeForgoneUsd).toBeCloseTo(2922.4, 2); // 104 h × 100% × $28.10
		expect(c.totalUsd).toBeCloseTo(6817.4, 2); // 3000 + 45 + 250 + 600 + 2922.40
		expect(c.notIncluded).toEqual([]);
	});

	it('counts only the share of hours that replace paid work', () => {
		const c = costOfAttendance({
			tuitionUsd: 797,
			materialsUsd: 0,
			feesUsd: 0,
			inPersonDays: 0,
			travelPerDayUsd: 150,
			trainingHours: 32,
			paidWorkShare: 0.5,
			hourlyEarningsUsd: 30
		});
		expect(c.incomeForgoneUsd).toBe(480); // 32 h × 0.5 × $30
		expect(c.totalUsd).toBe(1277); // 797 + 480
	});

	it('leaves unknown materials, fees and hours out of the total and says so', () => {
		const c = costOfAttendance({
			tuitionUsd: 1350,
			materialsUsd: null,
			feesUsd: null,
			inPersonDays: 2,
			travelPerDayUsd: 100,
			trainingHours: null,
			paidWorkShare: 1,
			hourlyEarningsUsd: 28.1
		});
		expect(c.totalUsd).toBe(1550); // 1350 + 2 × 100
		expect(c.materialsUsd).toBeNull();
		expect(c.incomeForgoneUsd).toBeNull();
		expect(c.notIncluded).toEqual([
			'materials',
			'exam and application fees',
			'income given up (hours not published)'
		]);
	});

	it('rejects a negative input, naming the field', () => {
		expect(() =>
			costOfAttendance({
				tuitionUsd: 100,
				materialsUsd: -1,
				feesUsd: null,
				inPersonDays: 0,
				travelPerDayUsd: 0,
				trainingHours: 1,
				paidWorkShare: 1,
				hourlyEarningsUsd: 1
			})
		).toThrow('materialsUsd');
	});
});

describe('defaultTravelDays', () => {
	it('divides in-person hours by 8 class hours a day, rounding up', () => {
		expect(defaultTravelDays('in person', 32).days).toBe(4); // 32 ÷ 8
		expect(defaultTravelDays('in person', 135).days).toBe(17); // 135 ÷ 8 = 16.9 → 17
	});

	it('assumes no travel for online, hybrid and unknown hours, with the reason', () => {
		expect(defaultTravelDays('online', 24)).toEqual({
			days: 0,
			reason: 'online format: no travel assumed'
		});
		expect(defaultTravelDays('hybrid', 65).reason).toContain('does not say');
		expect(defaultTravelDays('not published', 104).reason).toBe(
			'format not published: no travel assumed'
		);
		expect(defaultTravelDays('in person', null)).toEqual({
			days: 0,
			reason: 'hours not published'
		});
	});
});

describe('programView', () => {
	it('uses the published figures and keeps their badges', () => {
		const v = programView(program('norton_clt'), undefined);
		expect(v.cost).toBe(2900);
		expect(v.hours).toBe(135);
		expect(v.costPerHour).toBeCloseTo(2900 / 135, 10); // $21.48…/h
		expect(v.costBadges.map((b) => b.id)).toEqual(['group']);
		expect(v.costIsYours).toBe(false);
	});

	it('lets your figure override a published one and drops that figure’s badges', () => {
		const v = programView(program('norton_clt'), { costUsd: 3400 });
		expect(v.cost).toBe(3400);
		expect(v.costIsYours).toBe(true);
		expect(v.costBadges).toEqual([]);
		expect(v.costPerHour).toBeCloseTo(3400 / 135, 10);
	});

	it('fills an unpublished price with your figure', () => {
		const v = programView(program('klose_clt'), { costUsd: 2700 });
		expect(v.costPerHour).toBe(20); // 2700 ÷ 135
		expect(v.hoursBadges.map((b) => b.id)).toEqual(['third-party']);
	});

	it('still checks the published breakdown when you override the hours', () => {
		const v = programView(program('somi_cmmp'), { totalHours: 96 });
		expect(v.hours).toBe(96);
		expect(v.check.status).toBe('mismatch');
	});
});
