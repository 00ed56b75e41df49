/**
 * The income model's national defaults, built from the committed data at prerender: shared by
 * /income, /clinic and the per-state payer files (`/payers/<state>.json`).
 */
import { buildIncomeDefaults, type IncomeDefaults } from '$lib/income/defaults';
import { taxYears } from '$lib/income/tax-tables';
import * as ds from './datasets';

let cached: IncomeDefaults | null = null;

export function incomeDefaults(): IncomeDefaults {
	cached ??= buildIncomeDefaults({
		cptFees: ds.cptFees(),
		billingBenchmarks: ds.billingBenchmarks(),
		practiceNorms: ds.practiceNorms(),
		conversionFactors: ds.medicareConversionFactors(),
		taxYears: taxYears(ds.irsTaxParameters())
	});
	return cached;
}
