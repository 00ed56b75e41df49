import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, open, type Session } from './browser';

describe('offline', () => {
	let s: Session;
	beforeAll(async () => {
		s = await open();
		await s.page.goto(`${BASE}/`, { waitUntil: 'networkidle' });
		// Wait until the service worker has installed the cache and controls the page.
		await s.page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await s.page.reload({ waitUntil: 'networkidle' });
		await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	});
	afterAll(() => s.close());

	it('serves every page and dataset with the network blocked after the first load', async () => {
		await s.context.setOffline(true);
		for (const [path, heading] of [
			['/location', 'Where to practise'],
			['/data', 'Data behind every figure'],
			['/', 'Plan a medical massage career']
		] as const) {
			await s.page.goto(`${BASE}${path}`, { waitUntil: 'load' });
			expect(await s.page.locator('h1').textContent()).toContain(heading);
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

	it('made no request to another origin', () => {
		expect(s.foreignRequests).toEqual([]);
	});
});
