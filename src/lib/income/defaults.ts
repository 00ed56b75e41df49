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
	type Driver,
	type IncomeInputs
} from '$lib/finance';
import type { BillingBenchmarkRow, CptFeeRow, PracticeNormRow } from '$lib/data/schema';
import { parseRange, shiftDecimal } from '$lib/numbers';
import type { RangeBounds } from './ranges';
import { compareText } from '$lib/text';

/** A default read from a dataset row. Published values are kept as printed. */
export interface DataOrigin {
	kind: 'data';
	/** Dataset id (folder under `data/`). */
	dataset: string;
	/** The row's metric or field name. */
	metric: string;
	/** The value exactly as published, e.g. "25-117". */
	published: string;
	/** Unit as published, e.g. "USD per claim". */
	unit: string;
	/** How the published value becomes the default, e.g. "low end of the published range". */
	use: string;
	/** The source column: publisher and report. */
	citation: string;
	/** Who or what the figure describes, and its year. */
	scope: string;
	url: string | null;
	quality: string;
	/** Set when the figure is old enough to need a warning badge, e.g. "2009 survey". */
	dated?: string;
}

/** A default that no dataset gives: the app's assumption and why. */
export interface AssumptionOrigin {
	kind: 'assumption';
	reason: string;
}

export type DefaultOrigin = DataOrigin | AssumptionOrigin;

export interface IncomeDefaults {
	inputs: IncomeInputs;
	origins: Record<keyof IncomeInputs, DefaultOrigin>;
	ranges: RangeBounds;
	rangeOrigins: Record<Driver, { low: DefaultOrigin; high: DefaultOrigin }>;
	/** Why the Medicare amount is a reference only (cpt-fees: not payable when an LMT renders it). */
	medicareWarning: { text: string; origin: DataOrigin };
}

export interface DefaultsData {
	cptFees: readonly CptFeeRow[];
	billingBenchmarks: readonly BillingBenchmarkRow[];
	practiceNorms: readonly PracticeNormRow[];
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

function pickCpt(rows: readonly CptFeeRow[], code: string, field: string, year: string): CptFeeRow {
	const row = rows.find((r) => r.cpt_code === code && r.field === field && r.pfs_year === year);
	if (!row) throw new Error(`cpt-fees: no row for CPT ${code}, field "${field}", PFS ${year}`);
	return row;
}

const normOrigin = (r: PracticeNormRow, use: string, dated?: string): DataOrigin => ({
	kind: 'data',
	dataset: 'practice-norms',
	metric: r.metric,
	published: r.value,
	unit: r.unit ?? '',
	use,
	citation: r.source,
	scope: `${r.population}, ${r.data_year}`,
	url: r.source_url,
	quality: r.source_quality,
	...(dated ? { dated } : {})
});

const benchOrigin = (r: BillingBenchmarkRow, use: string): DataOrigin => ({
	kind: 'data',
	dataset: 'billing-benchmarks',
	metric: r.metric,
	published: r.value,
	unit: r.unit ?? '',
	use,
	citation: r.source,
	scope: `${r.scope}, ${r.year}`,
	url: r.source_url,
	quality: r.source_quality
});

const cptOrigin = (r: CptFeeRow, use: string): DataOrigin => ({
	kind: 'data',
	dataset: 'cpt-fees',
	metric: `${r.cpt_code} ${r.field}`,
	published: r.value,
	unit: r.unit ?? '',
	use,
	citation: r.source,
	scope: `CPT ${r.cpt_code} (${r.short_descriptor}), PFS ${r.pfs_year}`,
	url: r.source_url,
	quality: r.source_quality
});

/** A published percent (text, e.g. "11.8") as an exact fraction (0.118). */
const percentText = (text: string): number => Number(shiftDecimal(text, -2));

/** Minutes per 60-minute session, the length the AMTA price refers to (an assumption for the user's own). */
const SESSION_MINUTES = 60;

/**
 * Builds every default of the income page from the data rows.
 *
 * Formulas: denial rate = published % ÷ 100 (exact decimal shift); rework share = (100 − % never
 * reworked) ÷ 100; current sessions/week = ABMP hands-on hours × 60 ÷ session minutes; the low
 * allowable of the uncertainty range = Washington insurers' low hourly allowable ÷
 * billableUnits(60) (4 units in an hour).
 *
 * Worked example (committed data): 29.76 $/unit, 11.8 % → 0.118, 65 % never reworked → 0.35,
 * $25 rework (low end of 25-117), 42 days (low end of 42-137), cap 19.4 h, 15 h ÷ 1 h = 15
 * sessions/week, $63 relaxation price, $100 medical cash price (low end of 100-150).
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

	const allowed = pickCpt(cptFees, '97124', 'national_payment_nonfacility', '2025');
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
		rampUpMonths: 6,
		medicalCashPriceUsd: medRange.low,
		insuranceShare: 0.5,
		allowedPerUnitUsd: read('cpt-fees 97124 national_payment_nonfacility', allowed.value).low,
		denialRate: percentText(
			String(read('billing-benchmarks initial_claim_denial_rate', denial.value).low)
		),
		reworkShare: percentText(String(100 - never.low)),
		reworkCostUsdPerClaim: reworkRange.low,
		daysToPayment: delayRange.low,
		billingCostShare: 0,
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
		discountRateAnnual: 0.08
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
		insuranceShare: assume('half your medical clients bill insurance; set your own mix'),
		allowedPerUnitUsd: cptOrigin(
			allowed,
			"Medicare's 2025 national amount, as a reference: set your payer's allowable"
		),
		denialRate: benchOrigin(denial, 'all US medical practices (no massage-specific figure found)'),
		reworkShare: benchOrigin(
			neverReworked,
			`${neverReworked.value}% of denials are never reworked, so ${100 - never.low}% are`
		),
		reworkCostUsdPerClaim: benchOrigin(rework, 'low end of the published range'),
		daysToPayment: benchOrigin(delay, 'low end of the published range'),
		billingCostShare: assume(
			'you bill yourself with the software below; enter a billing service’s rate if you use one'
		),
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
		discountRateAnnual: assume('what your money could earn elsewhere or costs to borrow')
	};

	const ranges: RangeBounds = {
		rampUpMonths: { low: 3, high: 12 },
		medicalSessionsPerWeek: { low: 2, high: 6 },
		allowedPerUnitUsd: {
			low: waRange.low / unitsPerHour,
			high: read('practice-norms clinic_insurance_rate_example', clinicRate.value).low
		},
		denialRate: {
			low: percentText(String(read('denial band low', denialLow.value).low)),
			high: percentText(String(read('denial band high', denialHigh.value).high))
		},
		daysToPayment: { low: delayRange.low, high: delayRange.high },
		medicalCashPriceUsd: { low: medRange.low, high: medRange.high }
	};
	const rangeOrigins: IncomeDefaults['rangeOrigins'] = {
		rampUpMonths: {
			low: assume('half the likely ramp-up'),
			high: assume('twice the likely ramp-up')
		},
		medicalSessionsPerWeek: {
			low: assume('half the likely caseload'),
			high: assume('one and a half times the likely caseload')
		},
		allowedPerUnitUsd: {
			low: benchOrigin(
				waAllowable,
				`low end of the hourly range ÷ ${unitsPerHour} units an hour (8-minute rule)`
			),
			high: normOrigin(clinicRate, 'one clinic’s rate per 15-minute unit (illustrative)')
		},
		denialRate: {
			low: benchOrigin(denialLow, 'low end of the physical-therapy band'),
			high: benchOrigin(denialHigh, 'high end of the chiropractic and physical-therapy band')
		},
		daysToPayment: {
			low: benchOrigin(delay, 'low end of the published range'),
			high: benchOrigin(delay, 'high end of the published range')
		},
		medicalCashPriceUsd: {
			low: normOrigin(medPrice, 'low end of the range quoted by a single clinic blog'),
			high: normOrigin(medPrice, 'high end of the range quoted by a single clinic blog')
		}
	};
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
		medicareWarning: {
			text: payable.note ?? 'Original Medicare does not pay massage therapists.',
			origin: cptOrigin(
				payable,
				'Medicare does not pay for 97124 when a massage therapist gives it'
			)
		}
	};
}
