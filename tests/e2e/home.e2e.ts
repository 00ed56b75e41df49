import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRecords } from '../../src/lib/data/csv';
import { BASE, open, seriousA11yViolations, type Session } from './browser';

// The figures the page must show, read from the committed file (not from the app).
const national = parseRecords(
	readFileSync('data/bls-oews-national/oews-national-31-9011.csv', 'utf8')
).records;
const may2025 = national.find((r) => r.reference_year === '2025')!;
const money = (v: string) => `$${Number(v).toLocaleString('en-US')}`;

describe('overview page', () => {
	let s: Session;
	beforeAll(async () => {
		s = await open();
		await s.page.goto(`${BASE}/`, { waitUntil: 'networkidle' });
	});
	afterAll(() => s.close());

	it('shows the national median exactly as the data file has it', async () => {
		expect(may2025.a_median).toBe('58450');
		await expect
			.poll(() => s.page.locator('[data-metric="national-median-annual"]').textContent())
			.toBe(`${money(may2025.a_median!)}/yr`);
		const hourly = await s.page.locator('[data-metric="national-median-hourly"]').textContent();
		expect(hourly).toBe(`$${Number(may2025.h_median).toFixed(2)}/hr`);
		const emp = await s.page.locator('[data-metric="national-employment"]').textContent();
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
		expect(await s.page.locator('[data-metric="projected-growth"]').textContent()).toBe('15.4%');
	});

	it('has no serious or critical accessibility violations', async () => {
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('made no request to another origin and logged no errors', () => {
		expect(s.foreignRequests).toEqual([]);
		expect(s.consoleErrors).toEqual([]);
	});
});
