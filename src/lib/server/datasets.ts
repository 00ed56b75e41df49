/**
 * The one reader of `data/`. Every committed CSV is bundled as text at build time, validated
 * against its schema, and cached. A file that fails validation throws with every problem
 * listed (file, row, column, value, expectation), which fails the build.
 *
 * Routes call the typed getters below and trim the rows to what their page draws.
 */
import { DATASETS, datasetById } from '$lib/data/catalog';
import { parseOrThrow } from '$lib/data/csv';
import * as s from '$lib/data/schema';
import type { ColumnSpec, DatasetSchema, RowOf } from '$lib/data/types';

const files = import.meta.glob('/data/*/*.csv', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The CSV text of a dataset exactly as committed (for `/data/<id>.csv`). */
export function rawCsv(id: string): string {
	const info = datasetById(id);
	if (!info) throw new Error(`Unknown dataset "${id}"`);
	const path = `/data/${info.id}/${info.file}`;
	const text = files[path];
	if (text === undefined) throw new Error(`Dataset file missing: ${path}`);
	return text;
}

const cache = new Map<string, unknown[]>();

function load<Cols extends readonly ColumnSpec[]>(schema: DatasetSchema<Cols>): RowOf<Cols>[] {
	const hit = cache.get(schema.id);
	if (hit) return hit as RowOf<Cols>[];
	const info = datasetById(schema.id);
	if (!info) throw new Error(`Dataset "${schema.id}" is not in the catalog`);
	const rows = parseOrThrow(`data/${info.id}/${info.file}`, rawCsv(info.id), schema);
	cache.set(schema.id, rows);
	return rows;
}

/** Number of data rows in each dataset, validating all of them (used by `/data`). */
export function rowCounts(): Record<string, number> {
	return Object.fromEntries(DATASETS.map((d) => [d.id, load(d.schema).length]));
}

export const oewsNational = () => load(s.oewsNational);
export const oewsNationalAll = () => load(s.oewsNationalAll);
export const oewsState2025 = () => load(s.oewsState2025);
export const oewsState2024 = () => load(s.oewsState2024);
export const oewsState2023 = () => load(s.oewsState2023);
export const oewsNonmetro = () => load(s.oewsNonmetro);
export const oewsIndustry = () => load(s.oewsIndustry);
export const projectionsNational = () => load(s.projectionsNational);
export const projectionsState = () => load(s.projectionsState);
export const rppState = () => load(s.rppState);
export const stateFips = () => load(s.stateFips);
export const populationState = () => load(s.populationState);
export const householdIncome = () => load(s.householdIncome);
export const cbpEstablishments = () => load(s.cbpEstablishments);
export const certificationPrograms = () => load(s.certificationPrograms);
export const entryLevelPrograms = () => load(s.entryLevelPrograms);
export const stateLicensing = () => load(s.stateLicensing);
export const cptFees = () => load(s.cptFees);
export const eightMinuteRule = () => load(s.eightMinuteRule);
export const practiceNorms = () => load(s.practiceNorms);
export const billingBenchmarks = () => load(s.billingBenchmarks);
export const payerPaths = () => load(s.payerPaths);
export const medicareConversionFactors = () => load(s.medicareConversionFactors);
export const irsTaxParameters = () => load(s.irsTaxParameters);
export const icd10Codes = () => load(s.icd10Codes);
export const checklistSteps = () => load(s.checklistSteps);
export const marketingContext = () => load(s.marketingContext);
