import { describe, expect, it } from 'vitest';
import {
	customProgramsSpec,
	isCustomProgram,
	withFigure,
	yourFiguresSpec
} from '../../../src/lib/programs/store';
import type { Program } from '../../../src/lib/programs/types';

const p: Program = {
	id: 'mine',
	origin: 'custom',
	provider: 'P',
	credential: 'C',
	specialty: 'S',
	totalHours: 10,
	hoursBreakdown: null,
	costUsd: null,
	costNote: null,
	format: null,
	duration: null,
	prerequisites: null,
	ceCredits: null,
	renewal: null,
	verificationStatus: null,
	source: null,
	sourceUrl: 'https://example.org',
	note: null
};

describe('stored programs', () => {
	it('accepts a list of valid programs', () => {
		expect(customProgramsSpec.validate([p])).toEqual([p]);
		expect(customProgramsSpec.validate([])).toEqual([]);
	});

	it.each([
		['a bundled program', { ...p, origin: 'data' }],
		['a negative cost', { ...p, costUsd: -1 }],
		['a cost as text', { ...p, costUsd: '100' }],
		['a missing provider', { ...p, provider: '' }],
		['a script address', { ...p, sourceUrl: 'javascript:alert(1)' }],
		['a bad id', { ...p, id: 'Has Space' }]
	])('rejects %s', (_what, bad) => {
		expect(isCustomProgram(bad)).toBe(false);
		expect(customProgramsSpec.validate([bad])).toBeNull();
	});

	it('rejects two programs with one id', () => {
		expect(customProgramsSpec.validate([p, p])).toBeNull();
	});
});

describe('your figures', () => {
	it('accepts known keys with amounts ≥ 0 only', () => {
		expect(yourFiguresSpec.validate({ somi_cmmp: { costUsd: 2500 } })).toEqual({
			somi_cmmp: { costUsd: 2500 }
		});
		expect(yourFiguresSpec.validate({ somi_cmmp: { price: 2500 } })).toBeNull();
		expect(yourFiguresSpec.validate({ somi_cmmp: { costUsd: -1 } })).toBeNull();
		expect(yourFiguresSpec.validate([])).toBeNull();
	});

	it('sets and clears a figure without touching the others', () => {
		const a = withFigure({}, 'x', 'costUsd', 2500);
		expect(a).toEqual({ x: { costUsd: 2500 } });
		const b = withFigure(a, 'x', 'totalHours', 40);
		expect(b).toEqual({ x: { costUsd: 2500, totalHours: 40 } });
		expect(withFigure(b, 'x', 'costUsd', undefined)).toEqual({ x: { totalHours: 40 } });
		expect(withFigure(a, 'x', 'costUsd', undefined)).toEqual({});
		expect(a).toEqual({ x: { costUsd: 2500 } }); // unchanged
	});
});
