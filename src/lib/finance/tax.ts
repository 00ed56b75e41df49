/**
 * Federal taxes of a self-employed therapist: self-employment tax (Schedule SE), the additional
 * Medicare tax (Form 8959), the qualified business income deduction (Form 8995) and the federal
 * income tax from the rate schedules, and take-home pay after all of them plus a state rate.
 *
 * Every rate, threshold and bracket is a parameter: {@link TaxYearParameters} is built from the
 * `irs-tax-parameters` dataset (IRS revenue procedures, SSA fact sheets), never typed in here.
 * Estimates for planning, not tax advice: one earner, the practice as the only income, the
 * standard deduction, no credits.
 *
 * Pure; USD, unrounded.
 *
 * @module
 */

export type FilingStatus = 'single' | 'married-joint';
export const FILING_STATUSES: readonly FilingStatus[] = ['single', 'married-joint'];

/** One bracket of the rate schedule: `rate` applies to taxable income above `floorUsd`. */
export interface TaxBracket {
	floorUsd: number;
	/** Fraction, e.g. 0.12. */
	rate: number;
}

/** Qualified business income deduction parameters (IRC §199A). */
export interface QbiParameters {
	/** Fraction of qualified business income, 0.2. */
	rate: number;
	/** Taxable income (before the deduction) up to which no limit applies, per filing status. */
	thresholdUsd: Record<FilingStatus, number>;
	/** Width of the phase-in range above the threshold, per filing status. */
	phaseInRangeUsd: Record<FilingStatus, number>;
}

/** The published figures of one tax year. Rates are fractions. */
export interface TaxYearParameters {
	year: number;
	/** Social Security part of the SE tax rate (0.124). */
	seSocialSecurityRate: number;
	/** Medicare part of the SE tax rate (0.029). */
	seMedicareRate: number;
	/** Share of net earnings subject to SE tax (0.9235). */
	seNetEarningsFactor: number;
	/** No SE tax is due when net earnings × factor are below this (400 USD). */
	seMinimumUsd: number;
	/** Social Security wage base: the SE earnings that pay the 12.4%. */
	socialSecurityWageBaseUsd: number;
	/** Share of the SE tax deductible in figuring income (0.5). */
	seDeductionShare: number;
	/** Additional Medicare tax rate (0.009) over the threshold. */
	additionalMedicareRate: number;
	additionalMedicareThresholdUsd: Record<FilingStatus, number>;
	standardDeductionUsd: Record<FilingStatus, number>;
	/** Rate schedule per filing status, floors ascending, the first at 0. */
	brackets: Record<FilingStatus, readonly TaxBracket[]>;
	/** null when the dataset has no QBI figures for the year. */
	qbi: QbiParameters | null;
}

function finite(name: string, value: number): void {
	if (typeof value !== 'number' || Number.isNaN(value) || !Number.isFinite(value)) {
		throw new RangeError(`${name} must be a finite number`);
	}
}

/** The SE earnings: net earnings × factor, or 0 below the $400 floor (Schedule SE line 4). */
function seEarnings(netEarningsUsd: number, y: TaxYearParameters): number {
	const base = netEarningsUsd * y.seNetEarningsFactor;
	return base < y.seMinimumUsd ? 0 : base;
}

/**
 * Self-employment tax (Schedule SE): with E = net earnings × seNetEarningsFactor (0 when E is
 * below seMinimumUsd), SE tax = seSocialSecurityRate × min(E, wage base) + seMedicareRate × E.
 * The additional Medicare tax is separate ({@link additionalMedicareTax}).
 *
 * Worked example (2026: 12.4%, 2.9%, 92.35%, wage base $184,500): net earnings $60,000 →
 * E = 55,410; 0.124 × 55,410 + 0.029 × 55,410 = 6,870.84 + 1,606.89 = $8,477.73.
 *
 * @param netEarningsUsd net profit of the practice for the year (may be negative: no tax).
 * @param year the published parameters of the tax year.
 * @throws RangeError `netEarningsUsd must be a finite number`.
 */
export function selfEmploymentTax(netEarningsUsd: number, year: TaxYearParameters): number {
	finite('netEarningsUsd', netEarningsUsd);
	const e = seEarnings(netEarningsUsd, year);
	return (
		year.seSocialSecurityRate * Math.min(e, year.socialSecurityWageBaseUsd) +
		year.seMedicareRate * e
	);
}

/**
 * Additional Medicare tax on self-employment income (Form 8959): rate × max(0, E − threshold),
 * E as in {@link selfEmploymentTax}, threshold by filing status. Not part of the deductible
 * half of SE tax.
 *
 * Worked example (0.9%, single threshold $200,000): net earnings $250,000 → E = 230,875;
 * 0.009 × 30,875 = $277.875.
 */
export function additionalMedicareTax(
	netEarningsUsd: number,
	filingStatus: FilingStatus,
	year: TaxYearParameters
): number {
	finite('netEarningsUsd', netEarningsUsd);
	const e = seEarnings(netEarningsUsd, year);
	return (
		year.additionalMedicareRate * Math.max(0, e - year.additionalMedicareThresholdUsd[filingStatus])
	);
}

/**
 * Federal income tax from the rate schedule: the sum over brackets of rate × the part of
 * taxable income between the bracket's floor and the next floor. 0 for taxable income ≤ 0.
 *
 * Worked example (2026 single: 10% from 0, 12% from 12,400, 22% from 50,400): taxable income
 * $40,000 → 0.10 × 12,400 + 0.12 × 27,600 = 1,240 + 3,312 = $4,552.
 *
 * @throws RangeError `taxableIncomeUsd must be a finite number`.
 */
export function federalIncomeTax(
	taxableIncomeUsd: number,
	filingStatus: FilingStatus,
	year: TaxYearParameters
): number {
	finite('taxableIncomeUsd', taxableIncomeUsd);
	const brackets = year.brackets[filingStatus];
	let tax = 0;
	for (let i = 0; i < brackets.length; i++) {
		const b = brackets[i] as TaxBracket;
		if (taxableIncomeUsd <= b.floorUsd) break;
		const next = brackets[i + 1];
		const top = next === undefined ? taxableIncomeUsd : Math.min(taxableIncomeUsd, next.floorUsd);
		tax += b.rate * (top - b.floorUsd);
	}
	return tax;
}

/**
 * Qualified business income deduction of a sole proprietor with no employees' wages, treating
 * the practice as a specified service (health) business, the cautious reading for massage:
 * with r = clamp((income before QBI − threshold) ÷ phase-in range, 0, 1), deduction =
 * rate × QBI × (1 − r)², capped at rate × income before QBI. (Inside the phase-in range the
 * applicable share (1 − r) of QBI counts, and the wage limit of 0 cuts the rest by r.)
 *
 * Worked example (20%, threshold $201,750 single): QBI $55,000, income before QBI $40,000 →
 * r = 0; min(0.2 × 55,000, 0.2 × 40,000) = $8,000.
 */
export function qbiDeduction(
	qualifiedBusinessIncomeUsd: number,
	taxableIncomeBeforeQbiUsd: number,
	filingStatus: FilingStatus,
	year: TaxYearParameters
): number {
	finite('qualifiedBusinessIncomeUsd', qualifiedBusinessIncomeUsd);
	finite('taxableIncomeBeforeQbiUsd', taxableIncomeBeforeQbiUsd);
	const q = year.qbi;
	if (q === null || qualifiedBusinessIncomeUsd <= 0 || taxableIncomeBeforeQbiUsd <= 0) return 0;
	const over = taxableIncomeBeforeQbiUsd - q.thresholdUsd[filingStatus];
	const r = Math.min(1, Math.max(0, over / q.phaseInRangeUsd[filingStatus]));
	const share = 1 - r;
	return Math.min(
		q.rate * qualifiedBusinessIncomeUsd * share * share,
		q.rate * taxableIncomeBeforeQbiUsd
	);
}

/** Inputs of {@link takeHomePay}. */
export interface TakeHomeInputs {
	/** Net profit of the practice for a year, before any tax. USD/year. */
	netEarningsUsd: number;
	filingStatus: FilingStatus;
	/** State (and local) income tax as a flat fraction of the income after half the SE tax. 0–1. */
	stateTaxRate: number;
	/** Take the QBI deduction (when the year has its figures). */
	qbi: boolean;
	/**
	 * Other taxable income of the household for the year (a spouse's wages, interest…), ≥ 0. It
	 * shares the standard deduction and the brackets; the practice is taxed on top of it.
	 */
	otherTaxableIncomeUsd: number;
}

/** Take-home pay and every step to it. USD/year, unrounded. */
export interface TakeHome {
	netEarningsUsd: number;
	selfEmploymentTaxUsd: number;
	additionalMedicareTaxUsd: number;
	/** seDeductionShare × SE tax (the additional Medicare tax is not deductible). */
	seTaxDeductionUsd: number;
	/** Net earnings − the SE tax deduction (the practice's part of adjusted gross income). */
	adjustedGrossIncomeUsd: number;
	standardDeductionUsd: number;
	qbiDeductionUsd: number;
	/** Household: max(0, practice AGI + other income − standard deduction − QBI deduction). */
	taxableIncomeUsd: number;
	/** Federal income tax of the household without the practice: on max(0, other − standard deduction). */
	federalIncomeTaxWithoutPracticeUsd: number;
	/** Federal income tax the practice adds: household tax with it − without it, at least 0 (a loss is not offset). */
	federalIncomeTaxUsd: number;
	/** stateTaxRate × max(0, practice AGI). */
	stateIncomeTaxUsd: number;
	totalTaxUsd: number;
	/** Net earnings − all taxes the practice adds. */
	takeHomeUsd: number;
	/** totalTax ÷ net earnings, or null when net earnings ≤ 0. */
	effectiveRate: number | null;
}

/**
 * Take-home pay of a year of practice profit: what is left of it after the taxes it adds.
 *
 * Steps: SE tax ({@link selfEmploymentTax}); additional Medicare tax; practice AGI = net
 * earnings − seDeductionShare × SE tax; household income before QBI = practice AGI + other
 * income − standard deduction; QBI deduction on QBI = practice AGI ({@link qbiDeduction});
 * taxable income = max(0, income before QBI − QBI deduction); the practice's federal income tax
 * = max(0, {@link federalIncomeTax}(taxable) − federalIncomeTax(max(0, other − standard
 * deduction))), so a loss is not offset against other income;
 * state tax = stateTaxRate × max(0, practice AGI); take-home = net earnings − all of them.
 *
 * Worked example (2026, single, no other income, no state tax, QBI off): $60,000 → SE tax
 * 8,477.73; AGI 60,000 − 4,238.865 = 55,761.135; taxable 55,761.135 − 16,100 = 39,661.135;
 * income tax 1,240 + 0.12 × 27,261.135 = 4,511.3362; take-home 60,000 − 8,477.73 − 4,511.3362
 * = 47,010.9338.
 *
 * @throws RangeError for a non-finite income, negative other income or a state rate outside 0–1.
 */
export function takeHomePay(i: TakeHomeInputs, year: TaxYearParameters): TakeHome {
	finite('netEarningsUsd', i.netEarningsUsd);
	if (!(i.stateTaxRate >= 0 && i.stateTaxRate <= 1)) {
		throw new RangeError('stateTaxRate must be 0–1');
	}
	finite('otherTaxableIncomeUsd', i.otherTaxableIncomeUsd);
	if (i.otherTaxableIncomeUsd < 0) throw new RangeError('otherTaxableIncomeUsd must be ≥ 0');
	const net = i.netEarningsUsd;
	const other = i.otherTaxableIncomeUsd;
	const se = selfEmploymentTax(net, year);
	const addl = additionalMedicareTax(net, i.filingStatus, year);
	const seDeduction = year.seDeductionShare * se;
	const agi = net - seDeduction;
	const standard = year.standardDeductionUsd[i.filingStatus];
	const beforeQbi = agi + other - standard;
	const qbi = i.qbi ? qbiDeduction(agi, beforeQbi, i.filingStatus, year) : 0;
	const taxable = Math.max(0, beforeQbi - qbi);
	const without = federalIncomeTax(Math.max(0, other - standard), i.filingStatus, year);
	// A practice loss would lower the tax on other income; this estimate does not count that
	// offset (the practice adds no income tax), so take-home never exceeds the pre-tax profit.
	const federal = Math.max(0, federalIncomeTax(taxable, i.filingStatus, year) - without);
	const state = i.stateTaxRate * Math.max(0, agi);
	const total = se + addl + federal + state;
	return {
		netEarningsUsd: net,
		selfEmploymentTaxUsd: se,
		additionalMedicareTaxUsd: addl,
		seTaxDeductionUsd: seDeduction,
		adjustedGrossIncomeUsd: agi,
		standardDeductionUsd: standard,
		qbiDeductionUsd: qbi,
		taxableIncomeUsd: taxable,
		federalIncomeTaxWithoutPracticeUsd: without,
		federalIncomeTaxUsd: federal,
		stateIncomeTaxUsd: state,
		totalTaxUsd: total,
		takeHomeUsd: net - total,
		effectiveRate: net > 0 ? total / net : null
	};
}
