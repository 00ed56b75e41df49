/**
 * The income page's starting values, built from the committed data (never typed in here), each
 * with where it came from: a row of a dataset, or an "assumption" with its reason. Pure: the
 * caller passes the validated rows (from `$lib/server/datasets`). A missing row throws, which
 * fails the build.
 *
 * @module
 */
import {
	billableUnits,
	DEFAULT_HORIZON_MONTHS,
	DRIVERS,
	PAYER_DRIVER_SUFFIXES,
	PAYER_LINES,
	payerDriver,
	type Driver,
	type IncomeInputs,
	type TaxYearParameters
} from '$lib/finance';
import type {
	BillingBenchmarkRow,
	CptFeeRow,
	MedicareConversionFactorRow,
	PracticeNormRow
} from '$lib/data/schema';
import {
	buildStatePayers,
	payerInputs,
	payerOrigins,
	type CommonLineDefaults,
	type StatePayers
} from './payer-defaults';
import { parseRange, shiftDecimal } from '$lib/numbers';
import { benchOrigin, cptOrigin, normOrigin } from '$lib/data/origins';
import type { AssumptionOrigin, DataOrigin, DefaultOrigin } from '$lib/kit/origin';
import type { RangeBounds } from './ranges';
import { compareText } from '$lib/text';

export interface IncomeDefaults {
	inputs: IncomeInputs;
	origins: Record<keyof IncomeInputs, DefaultOrigin>;
	ranges: RangeBounds;
	rangeOrigins: Record<Driver, { low: DefaultOrigin; high: DefaultOrigin }>;
	/** The payer lines these defaults were built for (national: no state chosen). */
	payers: StatePayers;
	/** What the payer lines share across states (swapped in when a state's payers are fetched). */
	commonPayer: CommonLineDefaults;
	/** Medicare's amount for CPT 97124, shown as a reference only: it does not pay massage therapists. */
	medicareReference: MedicareReference;
	/** Tax years with published figures, oldest first. */
	taxYears: TaxYearParameters[];
}

/** Medicare's physician-fee-schedule amount for massage, a reference rate only. */
export interface MedicareReference {
	/** RVUs × conversion factor, USD per 15-minute unit. */
	perUnitUsd: number;
	totalRvu: number;
	rvuYear: string;
	conversionFactorUsd: number;
	cfYear: number;
	/** Why it is not a payer line. */
	notPayable: string;
	rvuOrigin: DataOrigin;
	cfOrigin: DataOrigin;
	payableOrigin: DataOrigin;
}

export interface DefaultsData {
	cptFees: readonly CptFeeRow[];
	billingBenchmarks: readonly BillingBenchmarkRow[];
	practiceNorms: readonly PracticeNormRow[];
	conversionFactors: readonly MedicareConversionFactorRow[];
	taxYears: readonly TaxYearParameters[];
}

/** Source tiers, most trusted first (the `source_quality` column). */
const QUALITY_ORDER = [
	'official',
	'official-quoted',
	'secondary-reputable',
	'secondary-aggregator'
];

const assume = (reason: string): AssumptionOrigin => ({ kind: 'assumption', reason });

/**
 * The practice-norms row for a metric. With several rows, the most trusted source wins, then
 * the latest data year.
 *
 * @throws Error naming the dataset and metric when there is no row.
 */
export function pickNorm(rows: readonly PracticeNormRow[], metric: string): PracticeNormRow {
	const found = rows.filter((r) => r.metric === metric);
	const rank = (q: string) => {
		const i = QUALITY_ORDER.indexOf(q);
		return i < 0 ? QUALITY_ORDER.length : i;
	};
	found.sort(
		(a, b) =>
			rank(a.source_quality) - rank(b.source_quality) || compareText(b.data_year, a.data_year)
	);
	const row = found[0];
	if (!row) throw new Error(`practice-norms: no row with metric "${metric}"`);
	return row;
}

function pickBenchmark(
	rows: readonly BillingBenchmarkRow[],
	metric: string,
	scope?: string
): BillingBenchmarkRow {
	const row = rows.find((r) => r.metric === metric && (scope === undefined || r.scope === scope));
	if (!row) {
		throw new Error(
			`billing-benchmarks: no row with metric "${metric}"${scope ? ` and scope "${scope}"` : ''}`
		);
	}
	return row;
}

/** A published percent (text, e.g. "11.8") as an exact fraction (0.118). */
const percentText = (text: string): number => Number(shiftDecimal(text, -2));

/** Months to the full medical caseload: an assumption (no published figure), shared with /programs. */
export const DEFAULT_RAMP_UP_MONTHS = 6;

/** Minutes per 60-minute session, the length the AMTA price refers to (an assumption for the user's own). */
const SESSION_MINUTES = 60;

/**
 * Builds every default of the income page from the data rows. The payer lines are the
 * national ones (no state chosen: every line 0%); a state's lines come from
 * {@link buildStatePayers} with the same {@link IncomeDefaults.commonPayer}.
 *
 * Formulas: denial rate = published % ÷ 100 (exact decimal shift); rework share = (100 − % never
 * reworked) ÷ 100; current sessions/week = ABMP hands-on hours × 60 ÷ session minutes; a payer
 * line's allowed amount without a published fee schedule = Washington insurers' low hourly
 * allowable ÷ billableUnits(60) (4 units in an hour); admin hours = AMTA hours worked − hours
 * paid (exact decimals); the Medicare reference = 97124 total RVUs × the newest conversion factor.
 *
 * Worked example (committed data): 11.8 % → 0.118, 65 % never reworked → 0.35, $25 rework (low
 * end of 25-117), 42 days (low end of 42-137), $57 ÷ 4 = $14.25 per unit, cap 19.4 h, 15 h ÷ 1 h
 * = 15 sessions/week, $63 relaxation price, $100 medical cash price (low end of 100-150), 25.3 −
 * 19.7 = 5.6 admin hours a week; Medicare 0.92 × 33.4009 = $30.728828 per unit.
 *
 * @throws Error naming the dataset and metric when a row is missing or its value cannot be read.
 */
export function buildIncomeDefaults(data: DefaultsData): IncomeDefaults {
	const { cptFees, billingBenchmarks: bench, practiceNorms: norms } = data;
	const read = (what: string, text: string) => {
		try {
			return parseRange(text);
		} catch (e) {
			throw new Error(`${what}: ${(e as Error).message}`, { cause: e });
		}
	};

	const payable = cptFees.find(
		(r) => r.cpt_code === '97124' && r.field === 'medicare_payable_when_rendered_by_LMT'
	);
	if (!payable) throw new Error('cpt-fees: no medicare_payable_when_rendered_by_LMT row for 97124');
	const denial = pickBenchmark(bench, 'initial_claim_denial_rate', 'all US medical practices');
	const neverReworked = pickBenchmark(bench, 'share_of_denials_never_reworked');
	const rework = pickBenchmark(bench, 'cost_to_rework_denied_claim');
	const delay = pickBenchmark(bench, 'reimbursement_delay_commercial');
	const denialLow = pickBenchmark(
		bench,
		'initial_claim_denial_rate',
		'physical therapy (specialty band)'
	);
	const denialHigh = pickBenchmark(
		bench,
		'initial_claim_denial_rate',
		'chiropractic and physical therapy practices'
	);
	const waAllowable = pickBenchmark(bench, 'health_insurer_allowable_per_hour_massage');
	const capRow = pickNorm(norms, 'avg_massage_hours_per_week');
	const handsOn = pickNorm(norms, 'avg_hands_on_hours_per_week');
	const price = pickNorm(norms, 'avg_price_60min_massage');
	const medPrice = pickNorm(norms, 'medical_massage_price_per_hour');
	const clinicRate = pickNorm(norms, 'clinic_insurance_rate_example');
	const worked = pickNorm(norms, 'avg_hours_worked_per_week');
	const paid = pickNorm(norms, 'avg_paid_hours_per_week');

	const never = read('billing-benchmarks share_of_denials_never_reworked', neverReworked.value);
	const reworkRange = read('billing-benchmarks cost_to_rework_denied_claim', rework.value);
	const delayRange = read('billing-benchmarks reimbursement_delay_commercial', delay.value);
	const medRange = read('practice-norms medical_massage_price_per_hour', medPrice.value);
	const handsOnHours = read('practice-norms avg_hands_on_hours_per_week', handsOn.value).low;
	const waRange = read(
		'billing-benchmarks health_insurer_allowable_per_hour_massage',
		waAllowable.value
	);
	const unitsPerHour = billableUnits(60);
	const adminHours = differenceOfDecimals(worked.value, paid.value);
	const taxYear = data.taxYears[data.taxYears.length - 1];
	if (!taxYear) throw new Error('irs-tax-parameters: no tax year');

	const denialRate = percentText(
		String(read('billing-benchmarks initial_claim_denial_rate', denial.value).low)
	);
	const commonPayer: CommonLineDefaults = {
		values: {
			AllowedUsd: waRange.low / unitsPerHour,
			PerVisit: 0,
			DenialRate: denialRate,
			DaysToPayment: delayRange.low,
			BillingCostShare: 0
		},
		origins: {
			AllowedUsd: benchOrigin(
				waAllowable,
				`no published fee schedule for this payer in the data: Washington health insurers' low hourly allowable ÷ ${unitsPerHour} units an hour, a starting point; enter what your payer allows`
			),
			PerVisit: assume('amounts are per 15-minute unit, as fee schedules for 97124 are'),
			DenialRate: benchOrigin(
				denial,
				'all US medical practices (no massage-specific figure found)'
			),
			DaysToPayment: benchOrigin(delay, 'low end of the published range (commercial payers)'),
			BillingCostShare: assume(
				'you bill yourself with the software below; enter a billing service’s rate if you use one'
			)
		},
		ranges: {
			AllowedUsd: {
				low: waRange.low / unitsPerHour,
				high: read('practice-norms clinic_insurance_rate_example', clinicRate.value).low
			},
			DenialRate: {
				low: percentText(String(read('denial band low', denialLow.value).low)),
				high: percentText(String(read('denial band high', denialHigh.value).high))
			},
			DaysToPayment: { low: delayRange.low, high: delayRange.high }
		},
		rangeOrigins: {
			AllowedUsd: {
				low: benchOrigin(
					waAllowable,
					`low end of the hourly range ÷ ${unitsPerHour} units an hour (8-minute rule)`
				),
				high: normOrigin(clinicRate, 'one clinic’s rate per 15-minute unit (illustrative)')
			},
			DenialRate: {
				low: benchOrigin(denialLow, 'low end of the physical-therapy band'),
				high: benchOrigin(denialHigh, 'high end of the chiropractic and physical-therapy band')
			},
			DaysToPayment: {
				low: benchOrigin(delay, 'low end of the published range'),
				high: benchOrigin(delay, 'high end of the published range')
			}
		}
	};
	const payers = buildStatePayers([], null, commonPayer);

	const inputs: IncomeInputs = {
		relaxationSessionsPerWeek: (handsOnHours * 60) / SESSION_MINUTES,
		relaxationPriceUsd: read('practice-norms avg_price_60min_massage', price.value).low,
		relaxationSessionMinutes: SESSION_MINUTES,
		weeksWorkedPerYear: 48,
		tipsShare: 0.15,
		currentMonthlyCostsUsd: 500,
		handsOnHoursPerWeekCap: read('practice-norms avg_massage_hours_per_week', capRow.value).low,
		medicalSessionsPerWeek: 4,
		medicalSessionMinutes: 60,
		rampUpMonths: DEFAULT_RAMP_UP_MONTHS,
		medicalCashPriceUsd: medRange.low,
		...payerInputs(payers),
		reworkShare: percentText(String(100 - never.low)),
		reworkCostUsdPerClaim: reworkRange.low,
		billingCostPerClaimUsd: 0,
		programCostUsd: 3000,
		equipmentUsd: 500,
		credentialingUsd: 300,
		launchMarketingUsd: 500,
		ceMonthlyUsd: 25,
		liabilityInsuranceChangeMonthlyUsd: 10,
		marketingMonthlyUsd: 100,
		billingSoftwareMonthlyUsd: 50,
		horizonMonths: DEFAULT_HORIZON_MONTHS,
		discountRateAnnual: 0.08,
		taxYear: taxYear.year,
		marriedJoint: 0,
		qbiDeduction: taxYear.qbi ? 1 : 0,
		otherTaxableIncomeUsd: 0,
		stateIncomeTaxRate: 0,
		adminHoursPerWeek: adminHours
	};

	const origins: Record<keyof IncomeInputs, DefaultOrigin> = {
		relaxationSessionsPerWeek: normOrigin(
			handsOn,
			`${handsOn.value} hands-on hours a week (ABMP members' average${handsOn.note ? `; ${handsOn.note}` : ''}) ÷ ${SESSION_MINUTES}-minute sessions`
		),
		relaxationPriceUsd: normOrigin(
			price,
			'average price of a 60-minute massage; old, so check your own price list',
			`${price.data_year} survey`
		),
		relaxationSessionMinutes: assume('the session length the average price refers to'),
		weeksWorkedPerYear: assume('four weeks a year off for holidays, illness and courses'),
		tipsShare: assume('relaxation clients often tip; medical clients are assumed not to'),
		currentMonthlyCostsUsd: assume(
			'room share, linens and supplies; paid in both cases, so it does not change the increment'
		),
		handsOnHoursPerWeekCap: normOrigin(
			capRow,
			`AMTA's average massage hours a week, used as a sustainable ceiling: it sits above today's ${handsOn.value} h (ABMP), leaving room for medical sessions; the most trusted of the AMTA figures in the data`,
			`${capRow.data_year} survey`
		),
		medicalSessionsPerWeek: assume(
			'what fits between today’s hands-on hours and the cap; set your expected caseload'
		),
		medicalSessionMinutes: assume('a common length for a medical session'),
		rampUpMonths: assume(
			'referral relationships with prescribers take months to build; no published figure found'
		),
		medicalCashPriceUsd: normOrigin(
			medPrice,
			'low end of the range quoted by a single clinic blog (no survey of medical-massage prices was found)'
		),
		...payerOrigins(payers),
		reworkShare: benchOrigin(
			neverReworked,
			`${neverReworked.value}% of denials are never reworked, so ${100 - never.low}% are`
		),
		reworkCostUsdPerClaim: benchOrigin(rework, 'low end of the published range'),
		billingCostPerClaimUsd: assume('no per-claim clearinghouse fee; enter yours if you pay one'),
		programCostUsd: assume(
			'a placeholder: pick a real program on the Programs page or type its total cost of attendance'
		),
		equipmentUsd: assume('e.g. a treatment table upgrade and hot/cold packs'),
		credentialingUsd: assume('insurer enrolment help; the NPI itself is free'),
		launchMarketingUsd: assume('website update and outreach to prescribers'),
		ceMonthlyUsd: assume('continuing education spread over the year'),
		liabilityInsuranceChangeMonthlyUsd: assume(
			'a higher premium for medical work; negative if yours falls'
		),
		marketingMonthlyUsd: assume('ongoing referral outreach'),
		billingSoftwareMonthlyUsd: assume('a billing or EHR subscription; enter your quote'),
		horizonMonths: assume('three years, long enough to see the ramp-up and payment lag settle'),
		discountRateAnnual: assume('what your money could earn elsewhere or costs to borrow'),
		taxYear: assume(`the newest tax year with published IRS figures in the data (${taxYear.year})`),
		marriedJoint: assume('single; choose married filing jointly if you file with a spouse'),
		qbiDeduction: assume(
			taxYear.qbi
				? 'sole proprietors can usually take the qualified business income deduction; treated as a health (specified service) business, the cautious reading'
				: 'no published QBI figures for this year in the data'
		),
		otherTaxableIncomeUsd: assume(
			'the practice is your household’s only income; add a spouse’s wages or other income to see the tax at your real bracket'
		),
		stateIncomeTaxRate: assume(
			'not included: enter your state’s income tax rate (0% where the state has none)'
		),
		adminHoursPerWeek: normOrigin(
			worked,
			`AMTA: ${worked.value} hours worked a week, ${paid.value} of them paid, so ${adminHours} hours of unpaid work (notes, laundry, marketing)`,
			`${worked.data_year} survey`
		)
	};

	const ranges = {
		rampUpMonths: { low: 3, high: 12 },
		medicalSessionsPerWeek: { low: 2, high: 6 },
		medicalCashPriceUsd: { low: medRange.low, high: medRange.high }
	} as RangeBounds;
	const rangeOrigins = {
		rampUpMonths: {
			low: assume('half the likely ramp-up'),
			high: assume('twice the likely ramp-up')
		},
		medicalSessionsPerWeek: {
			low: assume('half the likely caseload'),
			high: assume('one and a half times the likely caseload')
		},
		medicalCashPriceUsd: {
			low: normOrigin(medPrice, 'low end of the range quoted by a single clinic blog'),
			high: normOrigin(medPrice, 'high end of the range quoted by a single clinic blog')
		}
	} as IncomeDefaults['rangeOrigins'];
	Object.assign(ranges, payerRanges(payers));
	Object.assign(rangeOrigins, payerRangeOrigins(payers));
	for (const d of DRIVERS) {
		if (!(ranges[d].low <= inputs[d] && inputs[d] <= ranges[d].high)) {
			throw new Error(`income defaults: the ${d} range does not contain its default`);
		}
	}

	return {
		inputs,
		origins,
		ranges,
		rangeOrigins,
		payers,
		commonPayer,
		medicareReference: medicareReference(cptFees, data.conversionFactors, payable),
		taxYears: [...data.taxYears]
	};
}

/** a − b of two published decimals, exactly (25.3 − 19.7 = 5.6, not 5.600000000000001). */
function differenceOfDecimals(a: string, b: string): number {
	const places = Math.max(decimals(a), decimals(b));
	const diff = Number(shiftDecimal(a, places)) - Number(shiftDecimal(b, places));
	return Number(shiftDecimal(String(diff), -places));
}
const decimals = (text: string) => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);

/** The payer lines' uncertainty ranges, flat by driver name. */
export function payerRanges(p: StatePayers): Partial<RangeBounds> {
	const out: Partial<RangeBounds> = {};
	for (const line of PAYER_LINES)
		for (const suffix of PAYER_DRIVER_SUFFIXES)
			out[payerDriver(line, suffix)] = { ...p.lines[line].ranges[suffix] };
	return out;
}

export function payerRangeOrigins(p: StatePayers): Partial<IncomeDefaults['rangeOrigins']> {
	const out: Partial<IncomeDefaults['rangeOrigins']> = {};
	for (const line of PAYER_LINES)
		for (const suffix of PAYER_DRIVER_SUFFIXES)
			out[payerDriver(line, suffix)] = p.lines[line].rangeOrigins[suffix];
	return out;
}

/**
 * The defaults with a state's payer lines in place of the current ones: inputs, origins and
 * ranges of the payer fields change, everything else stays.
 */
export function withStatePayers(d: IncomeDefaults, payers: StatePayers): IncomeDefaults {
	return {
		...d,
		payers,
		inputs: { ...d.inputs, ...payerInputs(payers) },
		origins: { ...d.origins, ...payerOrigins(payers) },
		ranges: { ...d.ranges, ...payerRanges(payers) },
		rangeOrigins: { ...d.rangeOrigins, ...payerRangeOrigins(payers) }
	};
}

function medicareReference(
	cpt: readonly CptFeeRow[],
	cfs: readonly MedicareConversionFactorRow[],
	payable: CptFeeRow
): MedicareReference {
	const cf = cfs.reduce<MedicareConversionFactorRow | null>(
		(a, b) => (a === null || b.effective_from > a.effective_from ? b : a),
		null
	);
	if (!cf) throw new Error('medicare-conversion-factors: no rows');
	const rvus = cpt.filter((r) => r.cpt_code === '97124' && r.field === 'total_rvu_nonfacility');
	const rvu =
		rvus.find((r) => r.pfs_year === String(cf.pfs_year)) ??
		rvus.reduce<CptFeeRow | null>((a, b) => (a === null || b.pfs_year > a.pfs_year ? b : a), null);
	if (!rvu) throw new Error('cpt-fees: no total_rvu_nonfacility row for 97124');
	const totalRvu = Number(rvu.value);
	return {
		perUnitUsd: totalRvu * cf.conversion_factor_usd,
		totalRvu,
		rvuYear: rvu.pfs_year,
		conversionFactorUsd: cf.conversion_factor_usd,
		cfYear: cf.pfs_year,
		notPayable: payable.note ?? 'Original Medicare does not pay massage therapists.',
		rvuOrigin: cptOrigin(rvu, `total RVUs of CPT 97124, PFS ${rvu.pfs_year}`),
		cfOrigin: {
			kind: 'data',
			dataset: 'medicare-conversion-factors',
			metric: `PFS ${cf.pfs_year}`,
			published: String(cf.conversion_factor_usd),
			unit: 'USD per RVU',
			use: `the ${cf.pfs_year} conversion factor`,
			citation: cf.source,
			scope: `from ${cf.effective_from} to ${cf.effective_to}`,
			url: cf.source_url,
			quality: cf.source_quality
		},
		payableOrigin: cptOrigin(
			payable,
			'Medicare does not pay for 97124 when a massage therapist gives it'
		)
	};
}
