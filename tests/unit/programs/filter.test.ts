import { describe, expect, it } from 'vitest';
import { programView } from '../../../src/lib/programs/cost';
import {
	NO_FILTER,
	filterPrograms,
	sortPrograms,
	specialties
} from '../../../src/lib/programs/filter';
import { dataPrograms } from './data';

const views = dataPrograms.map((p) => programView(p, undefined));

describe('filterPrograms', () => {
	it('keeps all 29 with no filter', () => {
		expect(filterPrograms(views, NO_FILTER).shown).toHaveLength(29);
	});

	it('keeps programs at or under a cost limit and counts those without a cost', () => {
		const r = filterPrograms(views, { ...NO_FILTER, maxCostUsd: 1000 });
		// published costs ≤ $1,000: NMT exam fee $90, Walton $797, MFNR $965, BCTMB $250, wcofcc $100
		expect(r.shown.map((p) => p.cost).sort((a, b) => a! - b!)).toEqual([90, 100, 250, 797, 965]);
		expect(r.hiddenUnknownCost).toBe(19); // 29 − 10 programs with a cost
	});

	it('combines specialty, format and hours limits', () => {
		const r = filterPrograms(views, {
			formats: ['hybrid'],
			specialty: 'manual lymph drainage / CDT',
			maxCostUsd: null,
			maxHours: 200
		});
		expect(r.shown.map((p) => p.id)).toEqual(['norton_clt']);
	});

	it('uses your figure in place of the published one', () => {
		const mine = dataPrograms.map((p) =>
			programView(p, p.id === 'klose_clt' ? { costUsd: 500 } : undefined)
		);
		const r = filterPrograms(mine, { ...NO_FILTER, maxCostUsd: 500 });
		expect(r.shown.map((p) => p.id).sort()).toEqual([
			'klose_clt',
			'ncbtmb_bctmb',
			'nmt_center_cnmt',
			'wcofcc_nmt_online'
		]);
	});
});

describe('sortPrograms', () => {
	it('sorts by cost per hour with unpublished last in both directions', () => {
		const asc = sortPrograms(views, 'costPerHour', 'asc');
		expect(asc[0]?.id).toBe('ncbtmb_bctmb'); // $250 ÷ 750 h = $0.33/h
		expect(asc[8]?.costPerHour).not.toBeNull();
		expect(asc[9]?.costPerHour).toBeNull();
		const desc = sortPrograms(views, 'costPerHour', 'desc');
		expect(desc[0]?.id).toBe('norton_cst'); // $2,900 ÷ 48 h = $60.42/h
		expect(desc.at(-1)?.costPerHour).toBeNull();
	});
});

describe('specialties', () => {
	it('lists each specialty once, alphabetically', () => {
		const s = specialties(views);
		expect(s[0]).toBe('clinical / orthopedic massage');
		expect(new Set(s).size).toBe(s.length);
	});
});
