/**
 * An imported OEWS file (from /data) on the clinic page: states in the file take its wage
 * percentiles, median (labour cost), location quotient and employment (residents per
 * therapist); states absent from it have none ("not in your file"). National wages come from
 * the file's national row when it has one. Pure.
 */
import { nationalRow, stateRows, type ImportedSet } from '$lib/import/set';
import { populationPerTherapist } from '$lib/map/geo';
import type { ClinicStateFactors } from './factors';
import type { Wages } from './scenario';

export interface ClinicImportView<S extends ClinicStateFactors> {
	states: S[];
	national: Wages;
	/** Source line for wages, or null when the bundled May 2025 figures are in use. */
	wageSource: string | null;
}

export function applyImportToClinic<S extends ClinicStateFactors>(
	states: readonly S[],
	national: Wages,
	set: ImportedSet | null
): ClinicImportView<S> {
	const rows = set ? stateRows(set) : new Map();
	const nat = set ? nationalRow(set) : null;
	if (!set || (rows.size === 0 && !nat)) return { states: [...states], national, wageSource: null };
	const wageSource = `your data: ${set.fileName}, ${set.period}`;
	const outStates =
		rows.size === 0
			? [...states]
			: states.map((s) => {
					const r = rows.get(s.abbr);
					const why = r ? 'not published in your file' : 'not in your file';
					const wages: Wages = {
						p10: r?.a_pct10 ?? null,
						p25: r?.a_pct25 ?? null,
						median: r?.a_median ?? null,
						p75: r?.a_pct75 ?? null,
						p90: r?.a_pct90 ?? null
					};
					const values = {
						...s.values,
						labour: wages.median,
						lq: r?.loc_quotient ?? null,
						popPerTherapist: populationPerTherapist(s.population, r?.tot_emp ?? null)
					};
					const missing = {
						...s.missing,
						labour: values.labour === null ? why : null,
						lq: values.lq === null ? why : null,
						popPerTherapist: values.popPerTherapist === null ? why : null
					};
					return {
						...s,
						wages,
						wageMissing: Object.values(wages).some((v) => v === null) ? why : null,
						values,
						missing
					};
				});
	const outNational: Wages = nat
		? {
				p10: nat.a_pct10,
				p25: nat.a_pct25,
				median: nat.a_median,
				p75: nat.a_pct75,
				p90: nat.a_pct90
			}
		: national;
	return { states: outStates, national: outNational, wageSource };
}
