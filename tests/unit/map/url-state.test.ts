import { describe, expect, it } from 'vitest';
import {
	readExplorerState,
	writeExplorerState,
	type ExplorerState
} from '../../../src/lib/map/url-state';

const defaults: ExplorerState = {
	metric: 'aMedian',
	vintage: '2025',
	method: 'quantile',
	state: null,
	compare: []
};
const known = { metrics: ['aMedian', 'employment'], states: ['TX', 'FL', 'CO', 'CA', 'NY', 'VT'] };

describe('explorer URL state', () => {
	it('reads a compare link, upper-casing, de-duplicating and keeping at most four known states', () => {
		const s = readExplorerState(
			new URLSearchParams('compare=tx,FL,CO,fl,ZZ,CA,NY'),
			known,
			defaults
		);
		expect(s.compare).toEqual(['TX', 'FL', 'CO', 'CA']);
	});

	it('falls back to defaults for unknown values', () => {
		const s = readExplorerState(
			new URLSearchParams('metric=nope&vintage=1999&method=x&state=QQ'),
			known,
			defaults
		);
		expect(s).toEqual(defaults);
	});

	it('round-trips through the query string', () => {
		const s: ExplorerState = {
			metric: 'employment',
			vintage: '2024',
			method: 'equal',
			state: 'TX',
			compare: ['TX', 'FL', 'CO']
		};
		const q = writeExplorerState(s, defaults);
		expect(q).toBe('?metric=employment&vintage=2024&method=equal&state=TX&compare=TX,FL,CO');
		expect(readExplorerState(new URLSearchParams(q.slice(1)), known, defaults)).toEqual(s);
	});

	it('writes nothing for the defaults', () => {
		expect(writeExplorerState(defaults, defaults)).toBe('');
	});
});
