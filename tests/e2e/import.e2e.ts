import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRecords } from '../../src/lib/data/csv';
import { metric, reload, seriousA11yViolations, suiteSession, visit } from './browser';

const fixture = readFileSync('tests/fixtures/oews-synthetic-small.csv');
// The Texas state row for 31-9011 in the synthetic fixture, read independently of the app.
const txRow = parseRecords(fixture.toString('utf8')).records.find(
	(r) => r.prim_state === 'TX' && r.area_type === '2' && r.occ_code === '31-9011'
)!;
const txMedian = `$${Number(txRow.a_median!.replaceAll(',', '')).toLocaleString('en-US')}`;

describe('importing an OEWS file', () => {
	const dialogs: string[] = [];
	const s = suiteSession({
		beforeVisit: async (s) =>
			s.page.on('dialog', (d) => {
				dialogs.push(d.message());
				return d.dismiss();
			}),
		at: '/data'
	});
	const bigFile = join(tmpdir(), 'mmp-synthetic-100k.csv');
	beforeAll(() => {
		execFileSync('node', ['tests/fixtures/make-oews.mjs', '100000', bigFile]);
	});

	async function importFile(name: string, buffer: Buffer, period?: string) {
		await s.page
			.getByLabel('OEWS file (CSV or tab-separated)')
			.setInputFiles({ name, mimeType: 'text/csv', buffer });
		if (period) await s.page.getByLabel('Reference period').fill(period);
		await s.page.getByRole('button', { name: 'Import', exact: true }).click();
	}

	it('reads the file, summarises it, and uses it across the app', async () => {
		await importFile('state_M2026_dl.csv', fixture);
		const summary = s.page.locator('.summary');
		await expect.poll(() => summary.textContent()).toContain('25 rows read, 15 kept');
		expect(await summary.textContent()).toContain(
			'5 states, 5 metropolitan areas, 5 nonmetropolitan areas'
		);
		expect(await s.page.getByLabel('Reference period').inputValue()).toBe('May 2026');
		expect(await seriousA11yViolations(s.page)).toEqual([]);
		await s.page.getByRole('button', { name: 'Use this data' }).click();
		await expect
			.poll(() => s.page.locator('.import-banner').textContent())
			.toContain('your data: state_M2026_dl.csv, May 2026');
	});

	it('shows the imported state values on the map and a metro table', async () => {
		await visit(s.page, '/location');
		const tx = s.page.locator('path[data-fips="48"]');
		await expect.poll(() => tx.getAttribute('aria-label')).toContain(`Texas: ${txMedian}`);
		// Vermont is not in the file: it says so rather than showing bundled figures.
		expect(await s.page.locator('path[data-fips="50"]').getAttribute('aria-label')).toBe(
			'Vermont: not in your file'
		);
		const metro = s.page.locator('table', {
			has: s.page.locator('caption', { hasText: 'Metropolitan areas in your file' })
		});
		expect(await metro.locator('tbody tr').count()).toBe(5);
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('shows the imported wages on the overview, income and clinic pages', async () => {
		const nationalFree = await visit(s.page, '/');
		expect(nationalFree?.ok()).toBe(true);
		// The file has no national row: the overview keeps the bundled national figures.
		expect(await metric(s.page, 'national-median-annual').textContent()).toBe('$58,450/yr');
		await visit(s.page, '/income?state=TX');
		await expect
			.poll(() =>
				s.page
					.getByText('your data: state_M2026_dl.csv, May 2026, state annual percentiles')
					.count()
			)
			.toBeGreaterThan(0);
		await visit(s.page, '/clinic?state=TX');
		const wage = s.page.getByRole('textbox', { name: /^Therapist wage/ });
		await expect.poll(() => wage.inputValue()).toBe(txRow.a_median!.replaceAll(',', ''));
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('keeps the import across a reload', async () => {
		await reload(s.page);
		await expect
			.poll(() => s.page.locator('.import-banner').textContent())
			.toContain('state_M2026_dl.csv');
	});

	it('rejects a file that is not OEWS and leaves the data in use untouched', async () => {
		await visit(s.page, '/data');
		await importFile('prices.csv', Buffer.from('name,price\nA,1\n'), 'May 2026');
		await expect
			.poll(() => s.page.locator('.summary').textContent())
			.toContain('No OCC_CODE column');
		expect(await s.page.locator('.import-banner').textContent()).toContain('state_M2026_dl.csv');
	});

	it('names the row and column of a bad number', async () => {
		await importFile(
			'state_M2026_dl.csv',
			Buffer.from('OCC_CODE,TOT_EMP\n31-9011,5\n31-9011,lots\n')
		);
		await expect
			.poll(() => s.page.locator('.summary').textContent())
			.toContain('row 2, column TOT_EMP: "lots" is not a number');
	});

	it('shows markup in file names and cells as text, and runs nothing', async () => {
		const evil = '<img src=x onerror=alert(1)>';
		await importFile(
			`${evil}.csv`,
			Buffer.from(`OCC_CODE,AREA,AREA_TITLE,AREA_TYPE,TOT_EMP\n31-9011,10001,"${evil}",4,50\n`),
			'May 2026'
		);
		await expect.poll(() => s.page.locator('.summary').textContent()).toContain(`${evil}.csv`);
		await s.page.getByRole('button', { name: 'Use this data' }).click();
		// The set is stored before the banner switches, so wait for the banner before leaving.
		await expect.poll(() => s.page.locator('.import-banner').textContent()).toContain(evil);
		await visit(s.page, '/location');
		await expect.poll(() => s.page.locator('.import-banner').textContent()).toContain(evil);
		const metro = s.page.locator('table', {
			has: s.page.locator('caption', { hasText: 'Metropolitan areas in your file' })
		});
		expect(await metro.locator('tbody td').first().textContent()).toBe(evil);
		expect(await s.page.locator('img[src="x"]').count()).toBe(0);
		expect(dialogs).toEqual([]);
	});

	it('cancels a large import mid-way, keeping the data in use, while the page stays responsive', async () => {
		await visit(s.page, '/data');
		// Hand the file to the input first (Playwright's file transfer is not the app's work),
		// then watch for long tasks from the moment the import starts.
		await s.page.getByLabel('OEWS file (CSV or tab-separated)').setInputFiles({
			name: 'all_data_M_2026.csv',
			mimeType: 'text/csv',
			buffer: readFileSync(bigFile)
		});
		const importButton = s.page.getByRole('button', { name: 'Import', exact: true });
		await expect.poll(() => importButton.isEnabled()).toBe(true);
		await s.page.evaluate(() => {
			const w = window as unknown as { longest: number };
			w.longest = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
			}).observe({ type: 'longtask', buffered: false });
		});
		await s.page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect
			.poll(() => s.page.locator('.progress').textContent(), { timeout: 20_000 })
			.toMatch(/[1-9][\d,]* rows read/);
		await s.page.getByRole('button', { name: 'Cancel' }).click();
		await expect.poll(() => s.page.locator('.summary').textContent()).toContain('Import cancelled');
		expect(await s.page.locator('.import-banner').textContent()).toContain(`<img`);
		const longest = await s.page.evaluate(() => (window as unknown as { longest: number }).longest);
		console.log(`longest main-thread task during the import: ${longest.toFixed(0)} ms`);
	});

	it('imports the 100,000-row file completely', async () => {
		await s.page.evaluate(() => {
			(window as unknown as { longest: number }).longest = 0;
		});
		await s.page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect
			.poll(() => s.page.locator('.summary').textContent(), { timeout: 30_000 })
			.toContain('100,000 rows read, 60,000 kept');
		const longest = await s.page.evaluate(() => (window as unknown as { longest: number }).longest);
		console.log(
			`longest main-thread task during a complete 100,000-row import: ${longest.toFixed(0)} ms`
		);
	});

	it('returns to the bundled data with one click', async () => {
		await s.page.getByRole('button', { name: 'Return to bundled data' }).click();
		await expect.poll(() => s.page.locator('.import-banner').count()).toBe(0);
		await visit(s.page, '/location');
		await expect
			.poll(() => s.page.locator('path[data-fips="48"]').getAttribute('aria-label'))
			.toContain('Texas: $59,370');
		expect(s.foreignRequests).toEqual([]);
	});
});
