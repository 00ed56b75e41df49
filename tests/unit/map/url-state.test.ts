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
		expect(s.problems).toEqual([
			'compare: ZZ is not a state',
			'compare: NY is not used (4 at most)'
		]);
	});

	it('falls back to defaults for unknown values, and says which and why', () => {
		const s = readExplorerState(
			new URLSearchParams('metric=nope&vintage=1999&method=x&state=QQ'),
			known,
			defaults
		);
		expect(s).toEqual({
			...defaults,
			problems: [
				'metric: nope is not a map metric',
				'vintage: 1999 is not a year with data (2024 or 2025)',
				'method: x is not a classing method (quantile or equal)',
				'state: QQ is not a state'
			]
		});
	});

	it('ignores parameters it does not know and a compare list that names no state', () => {
		const s = readExplorerState(new URLSearchParams('compare=ZZ&x=<script>'), known, defaults);
		expect(s).toEqual({
			...defaults,
			problems: [
				'compare: ZZ is not a state',
				'x is not a setting of this page, so x=<script> was ignored'
			]
		});
		expect(writeExplorerState(s, defaults)).toBe('');
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
		expect(readExplorerState(new URLSearchParams(q.slice(1)), known, defaults)).toEqual({
			...s,
			problems: []
		});
	});

	it('writes nothing for the defaults', () => {
		expect(writeExplorerState(defaults, defaults)).toBe('');
	});
});
