import { describe, expect, it } from 'vitest';
import { hoursCostScatter } from '../../../src/lib/charts/configs';

describe('hoursCostScatter', () => {
	const config = hoursCostScatter([
		{ label: 'Published figures', points: [{ x: 104, y: 3000, name: 'CMMP' }] },
		{ label: 'Your figures', points: [{ x: 40, y: 2400, name: 'Local MLD' }] }
	]);

	it('gives each series its own shape and keeps the raw numbers', () => {
		const ds = config.data.datasets;
		expect(ds.map((d) => d.pointStyle)).toEqual(['circle', 'triangle']);
		expect(ds[0]?.data[0]).toEqual({ x: 104, y: 3000, name: 'CMMP' });
	});

	it('names the program in the tooltip', () => {
		const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (ctx: {
			raw: unknown;
		}) => string;
		expect(label({ raw: { x: 104, y: 3000, name: 'CMMP' } })).toBe('CMMP: 104 h, $3,000');
	});
});
