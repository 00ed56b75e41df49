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
		const hours = certificationRows.map((r) => ({
			id: `${r.program_id} hours`,
			value: r.total_hours,
			url: r.hours_source_url,
			asOf: r.hours_as_of,
			quality: r.hours_quality
		}));
		const cost = certificationRows.map((r) => ({
			id: `${r.program_id} cost`,
			value: r.cost_usd,
			url: r.cost_source_url,
			asOf: r.cost_as_of,
			quality: r.cost_quality
		}));
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
		const hours = entryRows.map((r) => ({
			id: `${r.program_id} hours`,
			value: r.clock_hours,
			url: r.hours_source_url,
			asOf: r.hours_as_of,
			quality: r.hours_quality
		}));
		const tuition = entryRows.map((r) => ({
			id: `${r.program_id} tuition`,
			value: r.tuition_fees_usd,
			url: r.tuition_source_url,
			asOf: r.tuition_as_of,
			quality: r.tuition_quality
		}));
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
