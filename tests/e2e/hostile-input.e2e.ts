/**
 * Links that were mistyped, cut short or edited by hand, and saved values that cannot be used
 * (issue #19): no uncaught error, a clear word on the page, and nothing the user saved lost.
 * The generated cases are in properties.e2e.ts; these are the named ones.
 */
import { describe, expect, it } from 'vitest';
import {
	BASE,
	download,
	metric,
	reload,
	seriousA11yViolations,
	suiteSession,
	visit
} from './browser';

const s = suiteSession();

/**
 * Opens `path` fresh and waits until the page is live and has put its own address back
 * (`address`, or with null any address without the parameter `x`).
 */
async function openLink(path: string, address: string | null): Promise<void> {
	s.consoleErrors.length = 0;
	await visit(s.page, path);
	if (address !== null) await expect.poll(() => s.page.url()).toBe(`${BASE}${address}`);
	else await expect.poll(() => new URL(s.page.url()).searchParams.has('x')).toBe(false);
}

const notice = () => s.page.locator('[data-notice]').first().innerText();

describe('a link with values the page cannot use', () => {
	it.each([
		['/location?compare=ZZ', '/location', 'compare: ZZ is not a state'],
		[
			'/location?x=%3Cscript%3E',
			'/location',
			'x is not a setting of this page, so x=<script> was ignored'
		],
		['/programs?program=foo', '/programs', 'program: foo is not a program on this page'],
		['/programs?x=a/b', '/programs', 'x is not a setting of this page, so x=a/b was ignored'],
		['/?x=1', '/', 'x is not a setting of this page, so x=1 was ignored'],
		['/checklist?x=1', '/checklist', 'x is not a setting of this page, so x=1 was ignored'],
		['/data?x=1', '/data', 'x is not a setting of this page, so x=1 was ignored'],
		['/income?x=1', '/income', 'x is not a setting of this page, so x=1 was ignored'],
		[
			'/location?state=tx&compare=TX,FL,ZZ&vintage=1999',
			'/location?state=TX&compare=TX,FL',
			'vintage: 1999 is not a year with data (2024 or 2025)'
		]
	])(
		'opens %s without an error, says what it ignored and shows %s',
		async (link, address, text) => {
			await openLink(link, address);
			expect(await notice()).toContain(text);
			expect(s.consoleErrors).toEqual([]);
		}
	);

	it('says so on /clinic too and writes the plan it shows into the address', async () => {
		await openLink('/clinic?state=TX&x=1&treatmentRooms=abc', null);
		// the address is rewritten to the full plan shown: Texas, the default rooms, no x
		const shown = new URL(s.page.url()).searchParams;
		expect(shown.get('state')).toBe('TX');
		expect(shown.get('treatmentRooms')).toBe(
			await s.page.getByRole('textbox', { name: /^Treatment rooms/ }).inputValue()
		);
		expect(await notice()).toContain('treatmentRooms: abc is not a number');
		expect(await notice()).toContain('x is not a setting of this page, so x=1 was ignored');
		expect(s.consoleErrors).toEqual([]);
	}, 30_000);

	it('leaves a link it can use as it is, and says nothing', async () => {
		await openLink('/location?compare=TX,FL', '/location?compare=TX,FL');
		expect(await s.page.locator('[data-notice]').count()).toBe(0);
		expect(await s.page.getByRole('status').filter({ hasText: 'link' }).count()).toBe(0);
	});

	it('is accessible with the notice shown', async () => {
		await openLink('/programs?program=foo&hours=lots', '/programs');
		expect(await notice()).toContain('hours: lots is not a number');
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});
});

describe('saved values this page cannot use', () => {
	it('keeps damaged saved scenarios aside once, says so, and downloads them exactly', async () => {
		const damaged = '{"scenarios": [{"name": "Plan A", "inputs": {"programCostUsd": "lots"}}]}';
		await visit(s.page, '/data');
		await s.page.evaluate((text) => {
			localStorage.clear();
			localStorage.setItem('mmt:income-scenarios:v1', text);
		}, damaged);
		await visit(s.page, '/income');
		const problem = s.page.locator('.scenarios [data-notice]');
		await expect.poll(() => problem.innerText()).toContain('could not be read (unexpected shape)');
		const keptAside = await download(s.page, () =>
			problem.getByRole('button', { name: 'Download what was kept aside' }).click()
		);
		expect(keptAside.name).toMatch(/^mmt-income-scenarios-corrupt-\d+\.json$/);
		expect(keptAside.text).toBe(damaged);
		// a second visit reuses the copy: one kept-aside key, the original still in place
		await reload(s.page);
		await expect.poll(() => problem.count()).toBe(1);
		const keys = await s.page.evaluate(() => Object.keys(localStorage).sort());
		expect(keys).toEqual([
			expect.stringMatching(/^mmt:income-scenarios:corrupt:\d+$/),
			'mmt:income-scenarios:v1'
		]);
		expect(await s.page.evaluate(() => localStorage.getItem('mmt:income-scenarios:v1'))).toBe(
			damaged
		);
		expect(s.consoleErrors).toEqual([]);
	}, 30_000);

	it('leaves a checklist saved by a newer version alone and offers it for download', async () => {
		const newer = '{"steps":{},"tasks":[{"id":"x"}]}';
		await s.page.evaluate((text) => {
			localStorage.clear();
			localStorage.setItem('mmt:checklist:v3', text);
		}, newer);
		await visit(s.page, '/checklist');
		const problem = s.page.locator('[data-notice]').filter({ hasText: 'newer version' });
		await expect.poll(() => problem.count()).toBe(1);
		const keptAside = await download(s.page, () =>
			problem.getByRole('button', { name: 'Download what was kept aside' }).click()
		);
		expect(keptAside.text).toBe(newer);
		expect(await s.page.evaluate(() => localStorage.getItem('mmt:checklist:v3'))).toBe(newer);
	}, 30_000);

	it('moves an imported data set of the wrong shape aside and uses the bundled data', async () => {
		const bundled = await (async () => {
			await s.page.evaluate(() => indexedDB.deleteDatabase('mmp-imports'));
			await visit(s.page, '/');
			return metric(s.page, 'national-median-annual').innerText();
		})();
		const broken = { fileName: 'state_M2026_dl.csv', period: 'May 2026', rows: 'lost' };
		await s.page.evaluate(
			(v) =>
				new Promise<void>((resolve, reject) => {
					const req = indexedDB.open('mmp-imports', 1);
					req.onupgradeneeded = () => req.result.createObjectStore('sets');
					req.onsuccess = () => {
						const tx = req.result.transaction('sets', 'readwrite');
						tx.objectStore('sets').put(v, 'current');
						tx.oncomplete = () => (req.result.close(), resolve());
						tx.onerror = () => reject(tx.error);
					};
				}),
			broken
		);
		s.consoleErrors.length = 0;
		await visit(s.page, '/');
		const problem = s.page.locator('.import-problem');
		await expect.poll(() => problem.innerText()).toContain('kept aside in this browser');
		expect(await metric(s.page, 'national-median-annual').innerText()).toBe(bundled);
		const keptAside = await download(s.page, () =>
			problem.getByRole('button', { name: 'Download what was kept aside' }).click()
		);
		expect(JSON.parse(keptAside.text)).toEqual(broken);
		const kept = await s.page.evaluate(
			() =>
				new Promise<unknown[]>((resolve) => {
					const req = indexedDB.open('mmp-imports', 1);
					req.onsuccess = () => {
						const r = req.result.transaction('sets').objectStore('sets').getAllKeys();
						r.onsuccess = () => (req.result.close(), resolve(r.result as unknown[]));
					};
				})
		);
		expect(kept).toEqual([expect.stringMatching(/^corrupt:\d+$/)]);
		expect(s.consoleErrors).toEqual([]);
		await s.page.evaluate(() => indexedDB.deleteDatabase('mmp-imports'));
	}, 30_000);
});
