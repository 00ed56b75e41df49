import { describe, expect, it } from 'vitest';
import {
	itMadeNoForeignRequestsOrErrors,
	metric,
	seriousA11yViolations,
	suiteSession
} from './browser';
import { records } from './data-files';

// The figures the page must show, read from the committed file (not from the app).
const national = records('data/bls-oews-national/oews-national-31-9011.csv');
const may2025 = national.find((r) => r.reference_year === '2025')!;
const money = (v: string) => `$${Number(v).toLocaleString('en-US')}`;

describe('overview page', () => {
	const s = suiteSession({ at: '/' });

	it('shows the national median exactly as the data file has it', async () => {
		expect(may2025.a_median).toBe('58450');
		await expect
			.poll(() => metric(s.page, 'national-median-annual').textContent())
			.toBe(`${money(may2025.a_median!)}/yr`);
		const hourly = await metric(s.page, 'national-median-hourly').textContent();
		expect(hourly).toBe(`$${Number(may2025.h_median).toFixed(2)}/hr`);
		const emp = await metric(s.page, 'national-employment').textContent();
		expect(emp?.replace(/\s+/g, ' ')).toBe(
			`${Number(may2025.tot_emp).toLocaleString('en-US')} jobs`
		);
	});

	it('draws the charts on canvases', async () => {
		await expect.poll(() => s.page.locator('figure canvas').count()).toBe(2);
		const box = await s.page.locator('#percentiles-body canvas').boundingBox();
		expect(box?.width).toBeGreaterThan(200);
	});

	it("lists the chart's numbers in its table view", async () => {
		await s.page.getByRole('button', { name: 'Show table' }).first().click();
		const rows = s.page.locator('#percentiles-body tbody tr');
		await expect.poll(() => rows.count()).toBe(5);
		const cells = await rows.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()))
		);
		const keys = ['pct10', 'pct25', 'median', 'pct75', 'pct90'] as const;
		expect(cells.map((c) => c[1])).toEqual(keys.map((k) => money(may2025[`a_${k}`]!)));
		expect(cells.map((c) => c[2])).toEqual(
			keys.map((k) => `$${Number(may2025[`h_${k}`]).toFixed(2)}`)
		);
	});

	it('shows the 2024–34 projection of +15.4%', async () => {
		expect(await metric(s.page, 'projected-growth').textContent()).toBe('15.4%');
	});

	it('has no serious or critical accessibility violations', async () => {
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	itMadeNoForeignRequestsOrErrors(s);
});
