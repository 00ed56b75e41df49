/**
 * The finance engine: pure, framework-free TypeScript. Money in USD, never rounded here;
 * rates and shares are fractions.
 *
 * @module
 */

export {
	npv,
	irr,
	paybackPeriod,
	loanPayment,
	monthlyRateFromAnnual,
	annualRateFromMonthly,
	IRR_MIN_RATE,
	IRR_MAX_RATE
} from './cashflow';
export { billableUnits } from './billing';
export {
	projectIncome,
	rampFactor,
	rampedGainFlows,
	perHour,
	validateIncomeInputs,
	assertFieldInRange,
	DEFAULT_HORIZON_MONTHS,
	DAYS_PER_MONTH,
	INCOME_INPUT_LIMITS,
	INCOME_INPUT_FIELDS,
	type IncomeInputs,
	type MonthRow,
	type Projection
} from './income';
export {
	mulberry32,
	sampleTriangular,
	validateDriverRanges,
	withLikelyValues,
	createSimulation,
	simulatePaths,
	summarizeSimulation,
	simulateIncome,
	tornado,
	DRIVERS,
	type Driver,
	type DriverRange,
	type DriverRanges,
	type SimulationOptions,
	type SimulationAccumulator,
	type SimulationResult,
	type TornadoBar
} from './simulate';
export {
	percentileRank,
	percentileRankDetail,
	type PercentilePoint,
	type PercentilePosition,
	type PercentileRankDetail
} from './percentile';
export * from './limits';
export * from './payers';
export * from './tax';
export * from './after-tax';
export { PAYER_DRIVER_SUFFIXES, payerDriver } from './simulate';
export * from './marketing';
export * from './clinic';
export * from './opportunity';
