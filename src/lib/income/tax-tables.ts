/**
 * The `irs-tax-parameters` rows as the finance engine's {@link TaxYearParameters}: one object per
 * tax year. Percentages become exact fractions (12.4 → 0.124, by moving the decimal point). Pure;
 * a missing figure throws, naming the year and parameter, which fails the build.
 *
 * @module
 */
import {
	FILING_STATUSES,
	type FilingStatus,
	type TaxBracket,
	type TaxYearParameters
} from '$lib/finance';
import { shiftDecimal } from '$lib/numbers';

/** The dataset columns read here. */
export interface TaxParameterRow {
	tax_year: number;
	filing_status: string;
	parameter: string;
	rate_pct: number | null;
	value: number | null;
}

const fraction = (pct: number) => Number(shiftDecimal(String(pct), -2));

/**
 * Every tax year in the rows, newest last.
 *
 * Worked example: rows with `2026, all, se_social_security_rate, 12.4` … → `[{ year: 2026,
 * seSocialSecurityRate: 0.124, … }]`.
 *
 * @throws Error `irs-tax-parameters 2026: no social_security_wage_base row (all)`.
 */
export function taxYears(rows: readonly TaxParameterRow[]): TaxYearParameters[] {
	const years = [...new Set(rows.map((r) => r.tax_year))].sort((a, b) => a - b);
	return years.map((year) => {
		const of = rows.filter((r) => r.tax_year === year);
		const find = (parameter: string, status: string, optional = false) => {
			const row = of.find(
				(r) =>
					r.parameter === parameter && (r.filing_status === status || r.filing_status === 'all')
			);
			if (!row && !optional)
				throw new Error(`irs-tax-parameters ${year}: no ${parameter} row (${status})`);
			return row;
		};
		const rate = (parameter: string, status = 'all') => {
			const r = find(parameter, status)!;
			if (r.rate_pct === null)
				throw new Error(`irs-tax-parameters ${year}: ${parameter} has no rate_pct`);
			return fraction(r.rate_pct);
		};
		const usd = (parameter: string, status = 'all') => {
			const r = find(parameter, status)!;
			if (r.value === null)
				throw new Error(`irs-tax-parameters ${year}: ${parameter} has no value`);
			return r.value;
		};
		const perStatus = (f: (status: FilingStatus) => number) =>
			Object.fromEntries(FILING_STATUSES.map((st) => [st, f(st)])) as Record<FilingStatus, number>;
		const brackets = Object.fromEntries(
			FILING_STATUSES.map((st) => {
				const list: TaxBracket[] = of
					.filter((r) => r.parameter === 'income_tax_bracket' && r.filing_status === st)
					.map((r) => {
						if (r.rate_pct === null || r.value === null)
							throw new Error(
								`irs-tax-parameters ${year}: a ${st} bracket lacks its rate or floor`
							);
						return { floorUsd: r.value, rate: fraction(r.rate_pct) };
					})
					.sort((a, b) => a.floorUsd - b.floorUsd);
				if (list.length === 0 || list[0]!.floorUsd !== 0)
					throw new Error(`irs-tax-parameters ${year}: the ${st} brackets must start at 0`);
				return [st, list];
			})
		) as Record<FilingStatus, TaxBracket[]>;
		const hasQbi = find('qbi_deduction_rate', 'all', true) !== undefined;
		return {
			year,
			seSocialSecurityRate: rate('se_social_security_rate'),
			seMedicareRate: rate('se_medicare_rate'),
			seNetEarningsFactor: rate('se_net_earnings_factor'),
			seMinimumUsd: usd('se_minimum_net_earnings'),
			socialSecurityWageBaseUsd: usd('social_security_wage_base'),
			seDeductionShare: rate('se_tax_deduction_share'),
			additionalMedicareRate: rate('additional_medicare_rate'),
			additionalMedicareThresholdUsd: perStatus((st) => usd('additional_medicare_threshold', st)),
			standardDeductionUsd: perStatus((st) => usd('standard_deduction', st)),
			brackets,
			qbi: hasQbi
				? {
						rate: rate('qbi_deduction_rate'),
						thresholdUsd: perStatus((st) => usd('qbi_threshold', st)),
						phaseInRangeUsd: perStatus((st) => usd('qbi_phase_in_range', st))
					}
				: null
		};
	});
}
