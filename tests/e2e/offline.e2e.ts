import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAV } from '../../src/lib/site';
import { BASE, reload, suiteSession } from './browser';

/** A route's h1 as prerendered into build/, read from the file rather than from the app. */
function prerenderedHeading(href: string): string {
	const html = readFileSync(href === '/' ? 'build/index.html' : `build${href}.html`, 'utf8');
	const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
	if (h1 === undefined) throw new Error(`no <h1> in the prerendered ${href}`);
	return h1
		.replace(/<[^>]*>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

describe('offline', () => {
	const s = suiteSession({ at: '/' });
	beforeAll(async () => {
		// Wait until the service worker has installed the cache and controls the page.
		await s.page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await reload(s.page);
		await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	});

	it('serves every page and dataset with the network blocked after the first load', async () => {
		await s.context.setOffline(true);
		expect(NAV.length).toBeGreaterThanOrEqual(7);
		for (const { href } of NAV) {
			const heading = prerenderedHeading(href);
			expect(heading.length, href).toBeGreaterThan(10);
			await s.page.goto(`${BASE}${href}`, { waitUntil: 'load' });
			// The route's own page, not the offline fallback (the home page).
			await expect
				.poll(async () => (await s.page.locator('h1').textContent())?.replace(/\s+/g, ' ').trim(), {
					message: href
				})
				.toBe(heading);
		}
		const csv = await s.page.evaluate(async () => (await fetch('/data/state-fips.csv')).text());
		expect(csv.split(/\r?\n/)[0]).toBe(
			'state_fips,state_abbr,state_name,reference_year,source,source_url'
		);
		const shapes = await s.page.evaluate(
			async () => (await (await fetch('/geo/states.json')).json()).length
		);
		expect(shapes).toBe(51);
		await s.context.setOffline(false);
	});

	it('made no request to another origin and logged no error', () => {
		expect(s.foreignRequests).toEqual([]);
		expect(s.consoleErrors).toEqual([]);
	});
});
