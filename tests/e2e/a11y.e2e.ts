/**
 * axe after each page's main interactions, not only as first drawn (site.e2e.ts covers that):
 * panels opened, tables shown, forms edited and saved, a file imported. Zero serious or
 * critical violations on every route in the navigation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { NAV } from '../../src/lib/site';
import {
	itMadeNoForeignRequestsOrErrors,
	metric,
	seriousA11yViolations,
	suiteSession,
	typeInto
} from './browser';
import { records } from './data-files';

/** Type over what a field holds, then leave it (some fields save on change). */
async function typeAndLeave(field: Locator, text: string): Promise<void> {
	await typeInto(field, text);
	await field.press('Tab');
}

const walton = records('data/certification-programs/certification-programs.csv').find(
	(r) => r.program_id === 'walton_onc_4day'
)!;

/** The interactions for each route; each ends by checking that they took effect. */
const JOURNEYS: Record<string, (page: Page) => Promise<void>> = {
	'/': async (page) => {
		await page.getByRole('button', { name: 'Show table' }).first().click();
		await expect.poll(() => page.locator('#percentiles-body tbody tr').count()).toBe(5);
	},

	'/location': async (page) => {
		await page.locator('path[data-fips="48"]').waitFor();
		await page.getByLabel('Map metric').selectOption('employment');
		await expect.poll(() => page.locator('.legend').textContent()).toContain('jobs');
		await page.locator('path[data-fips="48"]').click();
		const panel = page.getByRole('complementary', { name: 'Selected state' });
		await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Texas');
		await panel.getByRole('button', { name: 'Add to comparison' }).click();
		await expect
			.poll(() =>
				page.locator('table', { has: page.locator('caption', { hasText: 'Side by side' }) }).count()
			)
			.toBe(1);
	},

	'/income': async (page) => {
		await typeAndLeave(
			page.getByLabel('Medical sessions once established (sessions/week)', { exact: true }),
			'6'
		);
		await page.getByLabel('Scenario name').fill('Six a week');
		await page.getByRole('button', { name: 'Save current inputs' }).click();
		await expect.poll(() => page.locator('.scenarios .list').textContent()).toContain('Six a week');
	},

	'/programs': async (page) => {
		await page.getByLabel(`Compare ${walton.credential}`).check();
		await expect.poll(() => page.locator('table.compare').count()).toBe(1);
		await page.getByLabel('Your state').selectOption('NJ');
		await expect
			.poll(() => page.locator('#path-title').textContent())
			.toBe('Licence path in New Jersey');
	},

	'/checklist': async (page) => {
		await page.locator('[data-ready="true"]').waitFor();
		const box = page.getByRole('checkbox', {
			name: 'Choose and complete a medical massage program',
			exact: true
		});
		await box.check();
		await expect.poll(() => box.isChecked()).toBe(true);
		await typeAndLeave(page.getByLabel('Monthly budget (USD/month), Website'), '200');
		// 200 + 0 + 0 + 100 + 25 = $325 a month (the default plan's other channels)
		await expect.poll(() => metric(page, 'plan-budget').textContent()).toBe('$325/month');
	},

	'/clinic': async (page) => {
		await page.locator('path[data-fips="48"]').waitFor();
		const state = page.getByLabel('State', { exact: true });
		await state.selectOption('TX');
		await expect.poll(() => state.inputValue()).toBe('TX');
		const labour = page
			.getByRole('group', { name: 'Labour cost', exact: true })
			.getByLabel('Weight (0 to 10)');
		await typeAndLeave(labour, '10');
		await expect.poll(() => page.url()).toContain('w_labour=10');
	},

	'/data': async (page) => {
		await page.getByLabel('OEWS file (CSV or tab-separated)').setInputFiles({
			name: 'state_M2026_dl.csv',
			mimeType: 'text/csv',
			buffer: readFileSync('tests/fixtures/oews-synthetic-small.csv')
		});
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect.poll(() => page.locator('.summary').textContent()).toContain('25 rows read');
		// The summary is shown but not applied: the bundled data stays in use.
		expect(await page.locator('.import-banner').count()).toBe(0);
	}
};

describe('every route has a journey here', () => {
	it('covers each page in the navigation', () => {
		expect(Object.keys(JOURNEYS).sort()).toEqual(NAV.map((n) => n.href).sort());
	});
});

describe.each(NAV.map((n) => [n.href] as const))('route %s after its main interactions', (href) => {
	const s = suiteSession({ at: href });

	it('has no serious or critical accessibility violations', async () => {
		await JOURNEYS[href]!(s.page);
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	itMadeNoForeignRequestsOrErrors(s);
});
