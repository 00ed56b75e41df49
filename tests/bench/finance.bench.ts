import { bench, describe } from 'vitest';
import { projectIncome, simulateIncome, tornado, type DriverRanges } from '$lib/finance';
import { realisticInputs } from '../unit/finance/fixtures';

// Budgets (brief): one 36-month projectIncome < 1 ms; 5,000 paths × 60 months < 100 ms.
const inputs36 = realisticInputs({ horizonMonths: 36 });
const inputs60 = realisticInputs({ horizonMonths: 60 });
const ranges: DriverRanges = {
	rampUpMonths: { low: 3, likely: 6, high: 12 },
	medicalSessionsPerWeek: { low: 4, likely: 10, high: 14 },
	privateAllowedUsd: { low: 22, likely: 29.76, high: 35 },
	privateDenialRate: { low: 0.05, likely: 0.12, high: 0.3 },
	privateDaysToPayment: { low: 20, likely: 45, high: 120 },
	medicalCashPriceUsd: { low: 80, likely: 110, high: 140 }
};

describe('finance engine', () => {
	bench('projectIncome 36 months', () => {
		projectIncome(inputs36);
	});

	bench(
		'Monte Carlo 5,000 paths × 60 months',
		() => {
			simulateIncome(inputs60, ranges, { paths: 5000, seed: 42 });
		},
		{ iterations: 20, time: 2000 }
	);

	bench('tornado 6 drivers × 60 months', () => {
		tornado(inputs60, ranges, 0.08);
	});
});
