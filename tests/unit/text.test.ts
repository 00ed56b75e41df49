import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/lib/text';

describe('compareText', () => {
	it('orders words ignoring case first', () => {
		expect(['Fresno', 'eBay', 'Dallas', 'dallas'].sort(compareText)).toEqual([
			'Dallas',
			'dallas',
			'eBay',
			'Fresno'
		]);
	});

	it('orders years as text, newest last', () => {
		expect(['2024', '2019', '2025'].sort(compareText)).toEqual(['2019', '2024', '2025']);
		expect(compareText('2025', '2025')).toBe(0);
	});

	it('agrees with an English collator on the 51 state names', () => {
		const names = ['West Virginia', 'District of Columbia', 'Washington', 'New York', 'Nebraska'];
		expect([...names].sort(compareText)).toEqual(
			[...names].sort(new Intl.Collator('en-US').compare)
		);
	});
});
