import { bench, describe } from 'vitest';
import {
	afterTax,
	projectIncome,
	simulateIncome,
	tornado,
	type DriverRanges,
	type IncomeInputs
} from '$lib/finance';
import { taxYears } from '$lib/income/tax-tables';
import * as ds from '$lib/server/datasets';
import { realisticInputs } from '../unit/finance/fixtures';

// Budgets (issue #14): the 36-month projection with five payer lines < 1 ms; 5,000 Monte Carlo
// paths < 100 ms. Five payer lines: PIP, workers' comp, private plans and Medicaid each take
// 15 % of medical sessions (per unit or per visit, with their own lags and fees), self-pay 40 %.
function fiveLines(horizonMonths: number): IncomeInputs {
	return realisticInputs({
		horizonMonths,
		pipShare: 0.15,
		pipAllowedUsd: 30,
		pipDenialRate: 0.1,
		pipDaysToPayment: 60,
		pipBillingCostShare: 0.06,
		wcShare: 0.15,
		wcAllowedUsd: 61.88,
		wcDenialRate: 0.05,
		wcDaysToPayment: 45,
		privateShare: 0.15,
		privateAllowedUsd: 14.25,
		privateDenialRate: 0.118,
		privateDaysToPayment: 42,
		medicaidShare: 0.15,
		medicaidAllowedUsd: 50,
		medicaidPerVisit: 1,
		medicaidDenialRate: 0.2,
		medicaidDaysToPayment: 90
	});
}
const five36 = fiveLines(36);
const five60 = fiveLines(60);
const line = (likely: number, low: number, high: number) => ({ low, likely, high });
/** All 15 drivers: the three practice ones and three per payer line. */
const ranges: DriverRanges = {
	rampUpMonths: line(6, 3, 12),
	medicalSessionsPerWeek: line(10, 4, 14),
	medicalCashPriceUsd: line(110, 80, 140),
	pipAllowedUsd: line(30, 20, 40),
	pipDenialRate: line(0.1, 0.05, 0.3),
	pipDaysToPayment: line(60, 30, 120),
	wcAllowedUsd: line(61.88, 61.88, 61.88),
	wcDenialRate: line(0.05, 0.02, 0.2),
	wcDaysToPayment: line(45, 30, 90),
	privateAllowedUsd: line(14.25, 14.25, 30),
	privateDenialRate: line(0.118, 0.08, 0.2),
	privateDaysToPayment: line(42, 42, 137),
	medicaidAllowedUsd: line(50, 40, 60),
	medicaidDenialRate: line(0.2, 0.1, 0.3),
	medicaidDaysToPayment: line(90, 60, 180)
};
const y2026 = taxYears(ds.irsTaxParameters()).find((y) => y.year === 2026)!;

describe('finance engine', () => {
	bench('projectIncome 36 months, five payer lines', () => {
		projectIncome(five36);
	});

	bench('projectIncome 36 months + take-home (afterTax)', () => {
		afterTax(projectIncome(five36), five36, y2026);
	});

	bench(
		'Monte Carlo 5,000 paths × 36 months, five payer lines, 15 drivers',
		() => {
			simulateIncome(five36, ranges, { paths: 5000, seed: 42 });
		},
		{ iterations: 20, time: 2000 }
	);

	bench(
		'Monte Carlo 5,000 paths × 60 months, five payer lines, 15 drivers',
		() => {
			simulateIncome(five60, ranges, { paths: 5000, seed: 42 });
		},
		{ iterations: 20, time: 2000 }
	);

	bench('tornado 15 drivers × 60 months', () => {
		tornado(five60, ranges, 0.08);
	});
});
