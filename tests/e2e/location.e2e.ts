import { describe, expect, it } from 'vitest';
import {
	downloadCsv,
	itMadeNoForeignRequestsOrErrors,
	reload,
	seriousA11yViolations,
	suiteSession
} from './browser';
import { records } from './data-files';

const may2025 = records('data/bls-oews-state-2025/oews-state-2025-31-9011.csv');
const tx = may2025.find((r) => r.state_abbr === 'TX')!;
const usd = (v: string | undefined) => `$${Number(v).toLocaleString('en-US')}`;

describe('location explorer', () => {
	const s = suiteSession({ at: '/location', waitFor: 'path[data-fips="48"]' });

	it('draws 51 states, Vermont hatched as not published for the May 2025 median', async () => {
		expect(await s.page.locator('path[data-fips]').count()).toBe(51);
		expect(await s.page.locator('path[data-fips="50"]').getAttribute('fill')).toBe('url(#hatch)');
		expect(await s.page.locator('path[data-fips="50"]').getAttribute('aria-label')).toContain(
			'Vermont: not published'
		);
	});

	it('is accessible in its initial state', async () => {
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('recolours the map and the legend when the metric changes', async () => {
		const before = await s.page.locator('path[data-fips="06"]').getAttribute('fill');
		const legendBefore = await s.page.locator('.legend').textContent();
		await s.page.getByLabel('Map metric').selectOption('employment');
		await expect.poll(() => s.page.locator('.legend').textContent()).not.toBe(legendBefore);
		expect(await s.page.locator('.legend').textContent()).toContain('jobs');
		// California has the most massage therapists: top class, darkest blue.
		expect(await s.page.locator('path[data-fips="06"]').getAttribute('fill')).toBe('#08519c');
		expect(before).not.toBe('#08519c');
		expect(s.page.url()).toContain('metric=employment');
		expect(await seriousA11yViolations(s.page)).toEqual([]);
		await s.page.getByLabel('Map metric').selectOption('aMedian');
	});

	it("shows Texas's figures, equal to the data file, when Texas is clicked", async () => {
		await s.page.locator('path[data-fips="48"]').click();
		const panel = s.page.getByRole('complementary', { name: 'Selected state' });
		await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Texas');
		const median = panel.locator('[data-figure="Median annual wage (May 2025)"]');
		expect(await median.textContent()).toBe(usd(tx.a_median));
		const emp = panel.locator('[data-figure="Employment (May 2025)"]');
		expect(await emp.textContent()).toBe(Number(tx.tot_emp).toLocaleString('en-US'));
		// Texas's licensing facts arrive from the state's own file, not the page's HTML:
		// data/state-licensing row TX min_training_hours 500 hours (16 Tex. Admin. Code ch. 117).
		const lic = panel.getByRole('region', { name: 'Licensing in Texas' });
		await expect.poll(() => lic.textContent()).toContain('500 hours');
		expect(await lic.textContent()).toContain('16 Tex. Admin. Code ch. 117');
		expect(await seriousA11yViolations(s.page)).toEqual([]);
		await panel.getByRole('button', { name: 'Close Texas' }).click();
	});

	it('selects Texas with the keyboard alone', async () => {
		await s.page.getByLabel('Map metric').focus();
		let fips: string | null = null;
		for (let i = 0; i < 80 && fips !== '48'; i++) {
			await s.page.keyboard.press('Tab');
			fips = await s.page.evaluate(() => document.activeElement?.getAttribute('data-fips') ?? null);
		}
		expect(fips).toBe('48');
		expect(await s.page.locator('.tip').textContent()).toContain('Texas');
		await s.page.keyboard.press('Enter');
		const panel = s.page.getByRole('complementary', { name: 'Selected state' });
		await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Texas');
		expect(s.page.url()).toContain('state=TX');
	});

	it('downloads the table as CSV with exactly the rows and values shown', async () => {
		const table = s.page.locator('table', {
			has: s.page.locator('caption', { hasText: 'the map as a table' })
		});
		await table.getByRole('button', { name: /Median annual wage/ }).click(); // sort ascending
		const shown = await table
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
			);
		const csv = await downloadCsv(s.page, () =>
			s.page
				.locator('section', { has: table })
				.getByRole('button', { name: 'Download CSV' })
				.click()
		);
		expect(csv.records).toHaveLength(51);
		expect(csv.records.map((r) => r.state)).toEqual(shown.map((r) => r[0]));
		const valueCol = csv.header[1]!;
		for (const [i, r] of csv.records.entries()) {
			const cell = shown[i]![1];
			if (r[valueCol] === '') expect(cell).toBe('not published');
			else expect(cell).toBe(usd(r[valueCol]));
		}
		// Sorted ascending, missing last: Vermont is the last row.
		expect(shown.at(-1)?.[0]).toBe('Vermont');
	});
});

describe('compare link', () => {
	const s = suiteSession({ at: '/location?compare=TX,FL,CO' });

	it('reproduces the comparison from the URL and keeps the URL in step', async () => {
		const table = s.page.locator('table', {
			has: s.page.locator('caption', { hasText: 'Side by side' })
		});
		await expect
			.poll(() => table.locator('thead th').allTextContents())
			.toEqual([
				'Figure',
				expect.stringContaining('Texas'),
				expect.stringContaining('Florida'),
				expect.stringContaining('Colorado')
			]);
		await s.page.getByRole('button', { name: 'Remove Florida from comparison' }).click();
		await expect.poll(() => s.page.url()).toContain('compare=TX,CO');
		await reload(s.page);
		await expect.poll(() => table.locator('thead th').count()).toBe(3);
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	itMadeNoForeignRequestsOrErrors(s);
});
