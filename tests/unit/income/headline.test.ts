import { describe, expect, it } from 'vitest';
import { projectIncome, type AfterTax, type SimulationResult } from '$lib/finance';
import { cashRows, revenueSeries, tornadoRows, wageRows } from '$lib/income/chart-data';
import { compareScenarios } from '$lib/income/income-compare';
import { valueWithUnit } from '$lib/income/income-fields';
import {
	capSummary,
	catchUpText,
	headlineFigures,
	hourlyTexts,
	paybackMonthIndex,
	takeHomeFigures
} from '$lib/income/headline';
import type { RangeBounds } from '$lib/income/ranges';
import { realisticInputs, scenarioA, fullBounds } from '../finance/fixtures';

describe('headline figures', () => {
	it('prints scenario A as worked by hand', () => {
		// One-time 4000; increment 2225/month; payback 1 + 1775 / 2225 = 1.798 → month 2;
		// NPV at 0 %: −4000 + 12 × 2225 = 22,700; IRR 196.474… per year; settled 2225 × 12 = 26,700.
		const a = scenarioA();
		const [payback, npv, irr, steady] = headlineFigures(projectIncome(a), a);
		expect(payback).toEqual({
			metric: 'payback-months',
			label: 'Payback',
			short: 'Payback',
			value: '1.8 months',
			unit: '',
			explain: 'Training and launch costs of $4,000 are paid back in month 2.'
		});
		expect(npv).toMatchObject({ metric: 'npv', value: '$22,700' });
		expect(npv!.explain).toBe(
			'The extra cash over 12 months is worth this much today, discounted at 0.0% a year.'
		);
		// scenario A's IRR is 19,647.4 %/yr: printed as "over 100.0%", pointing to the payback month
		expect(projectIncome(a).irrAnnual).toBeGreaterThan(196);
		expect(irr).toMatchObject({ metric: 'irr-annual', value: 'over 100.0%', unit: '/yr' });
		expect(irr!.explain).toMatch(/payback month is the better guide/);
		// one-time 26,000 against 12 × 2,225 = 26,700: an IRR of a few percent is printed as such
		const slow = scenarioA({ programCostUsd: 25_000 });
		const [, , slowIrr] = headlineFigures(projectIncome(slow), slow);
		expect(slowIrr!.value).toMatch(/^\d\.\d%$/);
		expect(slowIrr!.explain).toMatch(/compare it with your 0\.0%/);
		expect(steady).toMatchObject({
			metric: 'steady-state-annual-increment',
			value: '$26,700',
			unit: '/yr',
			explain:
				'Before tax, with the full caseload and every payer paying on schedule, from month 1.'
		});
	});

	it('says when the costs are not paid back within the horizon', () => {
		// No medical sessions: increment −175/month; cumulative −4000 − 12 × 175 = −6100.
		const a = scenarioA({ medicalSessionsPerWeek: 0 });
		const [payback, npv, irr] = headlineFigures(projectIncome(a), a);
		expect(payback!.value).toBe('not within 12 months');
		expect(payback!.explain).toBe(
			'The up-front $4,000 is not paid back: cumulative extra cash is -$6,100 after month 12.'
		);
		expect(npv!.value).toBe('-$6,100');
		expect(npv!.explain).toBe(
			'Worth less today than keeping the money at 0.0% a year over 12 months.'
		);
		expect(irr).toMatchObject({ value: 'none', unit: '' });
	});

	it('says there is nothing to pay back without up-front costs', () => {
		const a = scenarioA({ programCostUsd: 0, equipmentUsd: 0, launchMarketingUsd: 0 });
		const [payback] = headlineFigures(projectIncome(a), a);
		expect(payback!.value).toBe('0 months');
		expect(payback!.explain).toBe('Nothing is paid up front, so there is nothing to pay back.');
		expect(paybackMonthIndex(null)).toBeNull();
		expect(paybackMonthIndex(13.0001)).toBe(14);
		expect(paybackMonthIndex(14)).toBe(14);
	});

	it('reports when the hands-on cap binds and what it displaces', () => {
		// 10 relaxation h + 5 medical h = 15 h > cap 12 → relaxation (12 − 5) = 7 sessions/week:
		// 3 a week displaced, × 4 weeks a month = 12 a month; 12 hands-on hours a week.
		const a = scenarioA({ handsOnHoursPerWeekCap: 12 });
		expect(capSummary(projectIncome(a), a)).toEqual({
			binds: true,
			firstMonth: 1,
			displacedPerWeek: 3,
			displacedPerMonth: 12,
			hoursPerWeek: 12
		});
		const free = scenarioA();
		expect(capSummary(projectIncome(free), free)).toMatchObject({ binds: false, firstMonth: null });
	});

	it('prints effective hourly earnings and when insurance cash catches up', () => {
		// with medical 5625 / (15 h × 4 weeks) = 93.75; without 3400 / (10 h × 4) = 85
		const a = scenarioA();
		expect(hourlyTexts(projectIncome(a))).toEqual({ withMedical: '$93.75', baseline: '$85.00' });
		expect(catchUpText(projectIncome(a), 12)).toBe(
			'no payer billed: every medical session is self-pay'
		);
		// ramp 6 months + ⌈45 / 30.4375⌉ = 2 months of lag → month 8
		const r = realisticInputs();
		expect(catchUpText(projectIncome(r), 60)).toBe('month 8');
		const slow = realisticInputs({ rampUpMonths: 12, horizonMonths: 12 });
		expect(catchUpText(projectIncome(slow), 12)).toBe('month 14, after the 12-month horizon');
	});
});

describe('scenario comparison', () => {
	const ranges: RangeBounds = fullBounds({
		rampUpMonths: { low: 0, high: 3 },
		medicalSessionsPerWeek: { low: 3, high: 6 },
		privateAllowedUsd: { low: 20, high: 35 },
		privateDenialRate: { low: 0, high: 0.2 },
		privateDaysToPayment: { low: 0, high: 60 },
		medicalCashPriceUsd: { low: 100, high: 150 }
	});
	it('shows the headlines of every scenario and only the inputs that differ', () => {
		const a = { inputs: scenarioA(), ranges, state: 'TX' };
		const b = { inputs: scenarioA({ programCostUsd: 4200 }), ranges, state: null };
		const names = (code: string | null) => (code === 'TX' ? 'Texas' : 'None');
		const r = compareScenarios(
			[
				{ name: 'A', content: a },
				{ name: 'B', content: b }
			],
			names
		);
		expect(r.columns).toEqual(['A', 'B']);
		// B: one-time 5200; cumulative −5200 + 2225 m → −750 at month 2 → 2 + 750 / 2225 = 2.34
		expect(r.rows[0]).toEqual({ label: 'Payback', cells: ['1.8 months', '2.3 months'] });
		expect(r.rows[1]).toEqual({ label: 'Net present value', cells: ['$22,700', '$21,500'] });
		expect(r.rows.slice(4)).toEqual([
			{
				label: 'Training program, total cost of attendance (USD)',
				cells: ['$3,000', '$4,200']
			},
			{ label: 'State', cells: ['Texas', 'None'] }
		]);
		const c = { ...b, ranges: { ...ranges, privateDenialRate: { low: 0.05, high: 0.2 } } };
		const three = compareScenarios(
			[
				{ name: 'B', content: b },
				{ name: 'C', content: c },
				{ name: 'B again', content: b }
			],
			names
		);
		expect(three.rows.slice(4)).toEqual([
			{
				label: 'Private health plans: Claims denied at first: low of the range',
				cells: ['0%', '5%', '0%']
			}
		]);
	});
});

describe('chart data', () => {
	const p = projectIncome(scenarioA());
	it('lines up the Monte Carlo band with the months, or leaves it empty', () => {
		expect(cashRows(p, null)[1]).toEqual({
			month: 1,
			likelyUsd: p.cumulativeCashUsd[1],
			p10Usd: null,
			p50Usd: null,
			p90Usd: null
		});
		const band = (n: number) => Array.from({ length: n }, (_, i) => i);
		const sim = { p10: band(13), p50: band(13), p90: band(13) } as unknown as SimulationResult;
		expect(cashRows(p, sim)[5]).toMatchObject({ p10Usd: 5, p50Usd: 5, p90Usd: 5 });
		const stale = { p10: band(37), p50: band(37), p90: band(37) } as unknown as SimulationResult;
		expect(cashRows(p, stale)[5]!.p50Usd).toBeNull();
	});

	it('stacks revenue by source and finds what medical work adds', () => {
		const s = revenueSeries(p);
		expect(s.series.map((x) => x.label)).toEqual([
			'Relaxation fees',
			'Tips',
			'Medical self-pay',
			'Insurance (earned)'
		]);
		// 6800 with medical − 4400 without = 2400 a month
		expect(s.addedLastMonthUsd).toBeCloseTo(2400, 9);
		expect(s.labels).toHaveLength(12);
	});

	it('turns tornado bars and wage percentiles into table rows', () => {
		const rows = tornadoRows(
			[
				{ driver: 'privateDenialRate', low: 0.05, high: 0.3, npvLow: 100, npvHigh: -50, swing: 150 }
			],
			valueWithUnit
		);
		expect(rows).toEqual([
			{
				driver: 'Claims denied at first',
				low: '5%',
				high: '30%',
				npvLowUsd: 100,
				npvHighUsd: -50,
				swingUsd: 150
			}
		]);
		expect(wageRows([1, 2, null, 4, 5], 9).map((r) => [r.label, r.valueUsd])).toEqual([
			['10th percentile', 1],
			['25th percentile', 2],
			['Median', null],
			['75th percentile', 4],
			['90th percentile', 5],
			['Your effective earnings', 9]
		]);
	});
});

describe('takeHomeFigures', () => {
	// A hand-made result: $60,000 of settled profit; SE tax 60,000 × 0.9235 × 0.153 = 8,477.73;
	// $4,000 federal income tax; take-home 60,000 − 8,477.73 − 4,000 = 47,522.27; the practice
	// as it is leaves $40,000, so medical massage adds 7,522.27 after tax.
	const step = (net: number, se: number, fed: number, state: number) => ({
		netEarningsUsd: net,
		selfEmploymentTaxUsd: se,
		additionalMedicareTaxUsd: 0,
		seTaxDeductionUsd: se / 2,
		adjustedGrossIncomeUsd: net - se / 2,
		standardDeductionUsd: 16_100,
		qbiDeductionUsd: 0,
		taxableIncomeUsd: 0,
		federalIncomeTaxWithoutPracticeUsd: 0,
		federalIncomeTaxUsd: fed,
		stateIncomeTaxUsd: state,
		totalTaxUsd: se + fed + state,
		takeHomeUsd: net - se - fed - state
	});
	const a = {
		withMedical: step(60_000, 8_477.73, 4_000, 0),
		baseline: step(50_000, 7_064.78, 2_935.22, 0),
		addedTakeHomeUsd: 47_522.27 - 40_000
	} as unknown as AfterTax;

	it('says what take-home is made of, in whole dollars', () => {
		const [home, added] = takeHomeFigures(a, realisticInputs())!;
		expect(home).toMatchObject({ metric: 'take-home', value: '$47,522', unit: '/yr' });
		expect(home!.explain).toBe(
			"A settled year's profit of $60,000 less $8,478 self-employment tax and $4,000 federal income tax (2026, single); no state income tax entered."
		);
		expect(added).toMatchObject({ metric: 'take-home-added', value: '$7,522' });
		expect(added!.explain).toBe(
			'Your practice as it is leaves $40,000 a year after the same taxes.'
		);
	});

	it('names the state tax and the joint filing when they are set, and nothing without tax figures', () => {
		const withState = { ...a, withMedical: step(60_000, 8_477.73, 4_000, 2_500) } as AfterTax;
		const inputs = realisticInputs({ marriedJoint: 1, stateIncomeTaxRate: 0.05 });
		expect(takeHomeFigures(withState, inputs)![0]!.explain).toContain(
			'(2026, married filing jointly) and $2,500 state income tax.'
		);
		expect(takeHomeFigures(null, realisticInputs())).toBeNull();
	});
});
