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
	it('keeps every bundled program with no filter', () => {
		expect(filterPrograms(views, NO_FILTER).shown).toHaveLength(dataPrograms.length);
	});

	it('keeps programs at or under a cost limit and counts those without a cost', () => {
		const r = filterPrograms(views, { ...NO_FILTER, maxCostUsd: 1000 });
		// published costs ≤ $1,000: NMT exam fee $90, the three wcofcc online courses $100 each,
		// BCTMB $250, Norton CLT recertification $495, Walton $797, MFNR $965
		expect(r.shown.map((p) => p.cost).sort((a, b) => a! - b!)).toEqual([
			90, 100, 100, 100, 250, 495, 797, 965
		]);
		// every program without a published cost, counted from the data file
		expect(r.hiddenUnknownCost).toBe(views.filter((v) => v.cost === null).length);
	});

	it('combines specialty, format and hours limits', () => {
		const r = filterPrograms(views, {
			formats: ['hybrid'],
			specialty: 'manual lymph drainage / CDT',
			maxCostUsd: null,
			maxHours: 200
		});
		// hybrid lymphedema courses of ≤ 200 h: Norton's and Casley-Smith's 135-hour CLT courses
		expect(r.shown.map((p) => p.id).sort()).toEqual(['casley_smith_clt', 'norton_clt']);
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
			'norton_clt_recert', // $495
			'wcofcc_geriatric_online',
			'wcofcc_nmt_online',
			'wcofcc_ortho_online'
		]);
	});
});

describe('sortPrograms', () => {
	it('sorts by cost per hour with unpublished last in both directions', () => {
		const asc = sortPrograms(views, 'costPerHour', 'asc');
		expect(asc[0]?.id).toBe('ncbtmb_bctmb'); // $250 ÷ 750 h = $0.33/h
		// the programs that publish both hours and a cost come first, counted from the data file
		const both = views.filter((v) => v.cost !== null && v.hours !== null).length;
		expect(asc[both - 1]?.costPerHour).not.toBeNull();
		expect(asc[both]?.costPerHour).toBeNull();
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
