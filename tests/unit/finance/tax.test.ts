import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	additionalMedicareTax,
	federalIncomeTax,
	qbiDeduction,
	selfEmploymentTax,
	takeHomePay,
	type TaxYearParameters
} from '$lib/finance';
import { taxYears } from '$lib/income/tax-tables';
import * as ds from '$lib/server/datasets';

// The published figures of data/irs-tax-parameters (IRS Topic 554, SSA wage bases, Rev. Procs.).
const years = taxYears(ds.irsTaxParameters());
const y2025 = years.find((y) => y.year === 2025)!;
const y2026 = years.find((y) => y.year === 2026)!;

describe('tax tables from the dataset', () => {
	it('reads both years with their wage bases, rates, deductions and seven brackets', () => {
		expect(years.map((y) => y.year)).toEqual([2025, 2026]);
		expect(y2025.socialSecurityWageBaseUsd).toBe(176_100);
		expect(y2026.socialSecurityWageBaseUsd).toBe(184_500);
		expect([y2026.seSocialSecurityRate, y2026.seMedicareRate, y2026.seNetEarningsFactor]).toEqual([
			0.124, 0.029, 0.9235
		]);
		expect(y2026.standardDeductionUsd).toEqual({ single: 16_100, 'married-joint': 32_200 });
		expect(y2025.standardDeductionUsd).toEqual({ single: 15_750, 'married-joint': 31_500 });
		expect(y2026.brackets.single.map((b) => b.floorUsd)).toEqual([
			0, 12_400, 50_400, 105_700, 201_775, 256_225, 640_600
		]);
		expect(y2026.brackets.single.map((b) => b.rate)).toEqual([
			0.1, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37
		]);
		expect(y2026.qbi).toEqual({
			rate: 0.2,
			thresholdUsd: { single: 201_750, 'married-joint': 403_500 },
			phaseInRangeUsd: { single: 75_000, 'married-joint': 150_000 }
		});
	});

	it('fails loudly when a figure is missing', () => {
		const rows = ds.irsTaxParameters().filter((r) => r.parameter !== 'social_security_wage_base');
		expect(() => taxYears(rows)).toThrow(
			'irs-tax-parameters 2025: no social_security_wage_base row (all)'
		);
	});
});

describe('selfEmploymentTax', () => {
	it('is 15.3 % of 92.35 % of net earnings below the wage base (2026)', () => {
		// 60,000 × 0.9235 = 55,410; 0.124 × 55,410 = 6,870.84; 0.029 × 55,410 = 1,606.89
		expect(selfEmploymentTax(60_000, y2026)).toBeCloseTo(6_870.84 + 1_606.89, 9);
	});

	it('stops the 12.4 % at the Social Security wage base and keeps the 2.9 % above it', () => {
		// 250,000 × 0.9235 = 230,875; 0.124 × 184,500 = 22,878; 0.029 × 230,875 = 6,695.375
		expect(selfEmploymentTax(250_000, y2026)).toBeCloseTo(22_878 + 6_695.375, 9);
		// 2025's lower base: 0.124 × 176,100 = 21,836.4 + 6,695.375
		expect(selfEmploymentTax(250_000, y2025)).toBeCloseTo(21_836.4 + 6_695.375, 9);
	});

	it('is 0 below the $400 floor and for a loss', () => {
		// 400 × 0.9235 = 369.4 < 400
		expect(selfEmploymentTax(400, y2026)).toBe(0);
		expect(selfEmploymentTax(-5_000, y2026)).toBe(0);
		// 1,000 × 0.9235 = 923.5; × 0.153 = 141.2955
		expect(selfEmploymentTax(1_000, y2026)).toBeCloseTo(141.2955, 9);
	});

	it('rejects a number that is not finite', () => {
		expect(() => selfEmploymentTax(Number.NaN, y2026)).toThrow(
			'netEarningsUsd must be a finite number'
		);
	});
});

describe('additionalMedicareTax', () => {
	it('is 0.9 % of SE earnings over the threshold of the filing status', () => {
		// 230,875 − 200,000 = 30,875; × 0.009 = 277.875
		expect(additionalMedicareTax(250_000, 'single', y2026)).toBeCloseTo(277.875, 9);
		// married filing jointly: 230,875 < 250,000
		expect(additionalMedicareTax(250_000, 'married-joint', y2026)).toBe(0);
	});
});

describe('federalIncomeTax', () => {
	it.each([
		// 0.10 × 12,400 + 0.12 × (40,000 − 12,400) = 1,240 + 3,312
		[40_000, 'single', y2026, 4_552],
		// 0.10 × 24,800 + 0.12 × (100,000 − 24,800) = 2,480 + 9,024
		[100_000, 'married-joint', y2026, 11_504],
		// 2025: 0.10 × 11,925 + 0.12 × 36,550 + 0.22 × 1,525 = 1,192.5 + 4,386 + 335.5
		[50_000, 'single', y2025, 5_914],
		// every bracket: 1,240 + 4,560 + 12,166 + 23,058 + 17,424 + 134,531.25 + 0.37 × 59,400
		[700_000, 'single', y2026, 214_957.25],
		[0, 'single', y2026, 0],
		[-1_000, 'married-joint', y2026, 0]
	] as const)('taxes %d (%s, %o) at %d', (income, status, year, tax) => {
		expect(federalIncomeTax(income, status, year as TaxYearParameters)).toBeCloseTo(tax, 9);
	});
});

describe('qbiDeduction', () => {
	it('is 20 % of QBI, at most 20 % of income before the deduction, below the threshold', () => {
		// min(0.2 × 55,000, 0.2 × 40,000)
		expect(qbiDeduction(55_000, 40_000, 'single', y2026)).toBe(8_000);
	});

	it('phases out through the range for a specified service business with no wages', () => {
		// (239,250 − 201,750) ÷ 75,000 = 0.5 → 0.2 × 100,000 × (1 − 0.5)² = 5,000
		expect(qbiDeduction(100_000, 239_250, 'single', y2026)).toBeCloseTo(5_000, 9);
		expect(qbiDeduction(100_000, 300_000, 'single', y2026)).toBe(0);
		expect(qbiDeduction(-10, 30_000, 'single', y2026)).toBe(0);
	});
});

describe('takeHomePay', () => {
	const base = {
		filingStatus: 'single',
		stateTaxRate: 0,
		qbi: false,
		otherTaxableIncomeUsd: 0
	} as const;

	it('takes SE tax and income tax off $60,000 (2026, single, no QBI)', () => {
		const t = takeHomePay({ ...base, netEarningsUsd: 60_000 }, y2026);
		// SE 8,477.73; AGI 60,000 − 4,238.865 = 55,761.135; taxable − 16,100 = 39,661.135
		expect(t.adjustedGrossIncomeUsd).toBeCloseTo(55_761.135, 9);
		expect(t.taxableIncomeUsd).toBeCloseTo(39_661.135, 9);
		// 1,240 + 0.12 × 27,261.135 = 4,511.3362
		expect(t.federalIncomeTaxUsd).toBeCloseTo(4_511.3362, 9);
		expect(t.takeHomeUsd).toBeCloseTo(60_000 - 8_477.73 - 4_511.3362, 9);
	});

	it('takes the QBI deduction when asked', () => {
		const t = takeHomePay({ ...base, netEarningsUsd: 60_000, qbi: true }, y2026);
		// min(0.2 × 55,761.135, 0.2 × 39,661.135) = 7,932.227; taxable 31,728.908
		expect(t.qbiDeductionUsd).toBeCloseTo(7_932.227, 9);
		// 1,240 + 0.12 × 19,328.908 = 3,559.46896
		expect(t.takeHomeUsd).toBeCloseTo(60_000 - 8_477.73 - 3_559.46896, 9);
	});

	it('taxes the practice on top of other household income, plus a state rate', () => {
		const t = takeHomePay(
			{
				filingStatus: 'married-joint',
				stateTaxRate: 0.05,
				qbi: false,
				otherTaxableIncomeUsd: 50_000,
				netEarningsUsd: 60_000
			},
			y2026
		);
		// without the practice: 0.10 × (50,000 − 32,200) = 1,780
		expect(t.federalIncomeTaxWithoutPracticeUsd).toBeCloseTo(1_780, 9);
		// with it: 55,761.135 + 50,000 − 32,200 = 73,561.135 → 2,480 + 0.12 × 48,761.135 = 8,331.3362
		expect(t.federalIncomeTaxUsd).toBeCloseTo(8_331.3362 - 1_780, 9);
		// state: 0.05 × 55,761.135 = 2,788.05675
		expect(t.stateIncomeTaxUsd).toBeCloseTo(2_788.05675, 9);
		expect(t.takeHomeUsd).toBeCloseTo(60_000 - 8_477.73 - 6_551.3362 - 2_788.05675, 9);
	});

	it('rejects a state rate over 100 % and negative other income', () => {
		expect(() => takeHomePay({ ...base, netEarningsUsd: 1, stateTaxRate: 1.2 }, y2026)).toThrow(
			'stateTaxRate must be 0–1'
		);
		expect(() =>
			takeHomePay({ ...base, netEarningsUsd: 1, otherTaxableIncomeUsd: -1 }, y2026)
		).toThrow('otherTaxableIncomeUsd must be ≥ 0');
	});

	it('never leaves more than the pre-tax profit, never NaN or ±∞ (fast-check)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e7, max: 1e7, noNaN: true }),
				fc.double({ min: 0, max: 1e8, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.constantFrom('single' as const, 'married-joint' as const),
				fc.boolean(),
				fc.constantFrom(...years),
				(net, other, rate, status, qbi, year) => {
					const t = takeHomePay(
						{
							netEarningsUsd: net,
							otherTaxableIncomeUsd: other,
							stateTaxRate: rate,
							filingStatus: status,
							qbi
						},
						year
					);
					for (const v of Object.values(t)) if (v !== null) expect(Number.isFinite(v)).toBe(true);
					expect(t.takeHomeUsd).toBeLessThanOrEqual(net);
					expect(t.totalTaxUsd).toBeGreaterThanOrEqual(0);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
