import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecords } from '../../../src/lib/data/csv';

const { records } = parseRecords(
	readFileSync('data/irs-tax-parameters/irs-tax-parameters.csv', 'utf8')
);

function one(year: string, status: string, parameter: string) {
	const hits = records.filter(
		(r) => r.tax_year === year && r.filing_status === status && r.parameter === parameter
	);
	expect(hits, `${year} ${status} ${parameter}`).toHaveLength(1);
	return hits[0]!;
}

describe('irs-tax-parameters: published figures', () => {
	it('has the Social Security wage bases for 2025 and 2026', () => {
		// 176,100: SSA Office of the Chief Actuary, Automatic Determinations table (ssa.gov/OACT/COLA/autoAdj.html).
		expect(one('2025', 'all', 'social_security_wage_base').value).toBe('176100');
		// 184,500: SSA announcement of Oct. 24, 2025, as reported by the Wisconsin Institute of CPAs.
		expect(one('2026', 'all', 'social_security_wage_base').value).toBe('184500');
	});

	it('has the self-employment tax rates, the 92.35% factor, the $400 floor and the deductible half', () => {
		for (const year of ['2025', '2026']) {
			// 12.4% and 2.9%: IRS Topic no. 554 wording, as quoted by TaxAct support.
			expect(one(year, 'all', 'se_social_security_rate').rate_pct).toBe('12.4');
			expect(one(year, 'all', 'se_medicare_rate').rate_pct).toBe('2.9');
			// 92.35% and $400: IRS Topic no. 554 (irs.gov/taxtopics/tc554).
			expect(one(year, 'all', 'se_net_earnings_factor').rate_pct).toBe('92.35');
			expect(one(year, 'all', 'se_minimum_net_earnings').value).toBe('400');
			// One-half of SE tax deductible: ThinkAdvisor Tax Facts Q784 (IRC 164(f)).
			expect(one(year, 'all', 'se_tax_deduction_share').rate_pct).toBe('50');
		}
	});

	it('has the Additional Medicare Tax rate and thresholds', () => {
		for (const year of ['2025', '2026']) {
			// 0.9%; $200,000 single and $250,000 married filing jointly: IRS Topic no. 560.
			expect(one(year, 'all', 'additional_medicare_rate').rate_pct).toBe('0.9');
			expect(one(year, 'single', 'additional_medicare_threshold').value).toBe('200000');
			expect(one(year, 'married-joint', 'additional_medicare_threshold').value).toBe('250000');
		}
	});

	it('has the OBBBA 2025 standard deduction and keeps the superseded amount in the note', () => {
		// 15,750 / 31,500: One Big Beautiful Bill Act, per Jackson Hewitt (Aug. 7, 2025).
		const single = one('2025', 'single', 'standard_deduction');
		expect(single.value).toBe('15750');
		// 15,000: Rev. Proc. 2024-40 (IR-2024-273), before OBBBA.
		expect(single.note).toContain('15000');
		expect(one('2025', 'married-joint', 'standard_deduction').value).toBe('31500');
	});

	it('has the 2026 standard deduction', () => {
		// 16,100 / 32,200: Rev. Proc. 2025-32, per Spidell Publishing Flash E-mail 2025-66.
		expect(one('2026', 'single', 'standard_deduction').value).toBe('16100');
		expect(one('2026', 'married-joint', 'standard_deduction').value).toBe('32200');
	});

	it('has seven brackets per status per year, from 0 and rising, at 10% … 37%', () => {
		const rates = ['10', '12', '22', '24', '32', '35', '37'];
		for (const year of ['2025', '2026'])
			for (const status of ['single', 'married-joint']) {
				const rows = records.filter(
					(r) =>
						r.tax_year === year &&
						r.filing_status === status &&
						r.parameter === 'income_tax_bracket'
				);
				expect(rows.map((r) => r.rate_pct)).toEqual(rates);
				const starts = rows.map((r) => Number(r.value));
				expect(starts[0]).toBe(0);
				for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1]!);
			}
	});

	it('has the published top-bracket starts', () => {
		const top = (year: string, status: string) =>
			records.find(
				(r) =>
					r.tax_year === year &&
					r.filing_status === status &&
					r.parameter === 'income_tax_bracket' &&
					r.rate_pct === '37'
			)?.value;
		// 626,350 / 751,600: IRS "Federal income tax rates and brackets" page, 2025 tables.
		expect(top('2025', 'single')).toBe('626350');
		expect(top('2025', 'married-joint')).toBe('751600');
		// 640,600 / 768,700: Rev. Proc. 2025-32 schedules as reprinted by TDF Platinum Wealth Management.
		expect(top('2026', 'single')).toBe('640600');
		expect(top('2026', 'married-joint')).toBe('768700');
	});

	it('has the section 199A threshold and phase-in width', () => {
		// 197,300 / 394,600: OLT knowledge base (2025). Widths 50,000 / 100,000: AG CPA Services Tax Tip #267.
		expect(one('2025', 'single', 'qbi_threshold').value).toBe('197300');
		expect(one('2025', 'married-joint', 'qbi_threshold').value).toBe('394600');
		expect(one('2025', 'single', 'qbi_phase_in_range').value).toBe('50000');
		// 201,750 / 403,500: Rev. Proc. 2025-32, per Spidell. Widths 75,000 / 150,000 (OBBBA): AG CPA Services.
		expect(one('2026', 'single', 'qbi_threshold').value).toBe('201750');
		expect(one('2026', 'married-joint', 'qbi_threshold').value).toBe('403500');
		expect(one('2026', 'married-joint', 'qbi_phase_in_range').value).toBe('150000');
		// 20%: OLT (2025) and Cortacc (2026).
		for (const year of ['2025', '2026'])
			expect(one(year, 'all', 'qbi_deduction_rate').rate_pct).toBe('20');
	});

	it('leaves rate_pct blank for dollar parameters and value blank for pure rates', () => {
		for (const r of records) {
			if (r.unit === 'percent') expect(r.value, r.parameter).toBe('');
			if (r.parameter !== 'income_tax_bracket' && r.unit === 'USD')
				expect(r.rate_pct, r.parameter).toBe('');
		}
	});
});
