/**
 * Dataset checks for the per-fact provenance columns of the two program datasets: a figure that
 * is published carries its own date and quality tier (and, unless it is a seed figure, an
 * address); a figure that is missing carries none, so nothing is sourced that is not there.
 */
import { describe, expect, it } from 'vitest';
import { certificationRows, entryRows } from './data';

const TIERS = [
	'official',
	'official-quoted',
	'secondary-reputable',
	'secondary-aggregator',
	'seed-only'
];

type Fact = {
	id: string;
	value: unknown;
	url: string | null;
	asOf: string | null;
	quality: string | null;
};

type Provenance<F extends string> = Record<
	`${F}_${'source_url' | 'as_of' | 'quality'}`,
	string | null
>;

/** One fact of each row with its own provenance columns (`hours_source_url`, `hours_as_of`…). */
function factsOf<F extends string, R extends { program_id: string } & Provenance<F>>(
	rows: readonly R[],
	fact: F,
	value: (r: R) => unknown
): Fact[] {
	return rows.map((r) => {
		const p: Provenance<F> = r;
		return {
			id: `${r.program_id} ${fact}`,
			value: value(r),
			url: p[`${fact}_source_url`],
			asOf: p[`${fact}_as_of`],
			quality: p[`${fact}_quality`]
		};
	});
}

function problems(facts: Fact[]): string[] {
	const out: string[] = [];
	for (const f of facts) {
		const has = f.value !== null && f.value !== '';
		if (has) {
			if (!f.asOf) out.push(`${f.id}: no date`);
			if (!f.quality || !TIERS.includes(f.quality)) out.push(`${f.id}: tier "${f.quality}"`);
			if (!f.url && f.quality !== 'seed-only') out.push(`${f.id}: no address`);
		} else if (f.url || f.asOf || f.quality) out.push(`${f.id}: provenance for a missing figure`);
	}
	return out;
}

describe('certification-programs provenance', () => {
	it('gives every row a known tier', () => {
		expect(certificationRows.filter((r) => !TIERS.includes(r.source_quality))).toEqual([]);
	});

	it('sources each published hours and cost figure, and nothing that is missing', () => {
		const hours = factsOf(certificationRows, 'hours', (r) => r.total_hours);
		const cost = factsOf(certificationRows, 'cost', (r) => r.cost_usd);
		expect(problems([...hours, ...cost])).toEqual([]);
	});

	it('has 14 programs with both hours and a cost, as its README says', () => {
		const both = certificationRows.filter((r) => r.total_hours !== null && r.cost_usd !== null);
		expect(both.map((r) => r.program_id)).toEqual([
			'somi_cmmp',
			'anhs_mm',
			'ncbtmb_bctmb',
			'norton_clt',
			'walton_onc_4day',
			'mayo_hbmt',
			'norton_cst',
			'threed_mfnr',
			'wcofcc_nmt_online',
			'casley_smith_clt',
			'ucsf_osher_hbmt',
			'wcofcc_ortho_online',
			'norton_clt_recert',
			'wcofcc_geriatric_online'
		]);
	});
});

describe('entry-level-programs provenance', () => {
	it('gives every row a known tier', () => {
		expect(entryRows.filter((r) => !TIERS.includes(r.source_quality))).toEqual([]);
	});

	it('sources each published clock-hours and tuition figure, and nothing that is missing', () => {
		const hours = factsOf(entryRows, 'hours', (r) => r.clock_hours);
		const tuition = factsOf(entryRows, 'tuition', (r) => r.tuition_fees_usd);
		expect(problems([...hours, ...tuition])).toEqual([]);
	});

	it('has 22 schools with clock hours and tuition, 21 of them in 14 states, as its README says', () => {
		const both = entryRows.filter((r) => r.clock_hours !== null && r.tuition_fees_usd !== null);
		expect(both).toHaveLength(22);
		// nova_training_center names no state ("n/a"), so it cannot be set against a state minimum
		const inState = both.filter(
			(r) => /^[A-Z]{2}$/.test(r.location_state) && r.location_state !== 'US'
		);
		expect(both.filter((r) => !inState.includes(r)).map((r) => r.program_id)).toEqual([
			'nova_training_center'
		]);
		expect([...new Set(inState.map((r) => r.location_state))].sort()).toEqual([
			'CO',
			'FL',
			'ID',
			'MA',
			'MI',
			'MN',
			'NC',
			'NY',
			'OR',
			'PA',
			'TN',
			'TX',
			'VA',
			'WI'
		]);
	});
});
