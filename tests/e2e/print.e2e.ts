/**
 * The calculators print as a report (DESIGN.md): a title and date, the inputs as a table with
 * their values, the headline results, a chart, and the sources, without navigation, footer or
 * any control. Checked with print media emulated, on inputs that are not the defaults, so the
 * inputs table has to show what was actually used.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { datasetById } from '../../src/lib/data/catalog';
import { projectIncome } from '../../src/lib/finance';
import { months, usd } from '../../src/lib/format';
import { metric, suiteSession } from './browser';
import { records } from './data-files';
import { INCOME_DEFAULTS } from './income-defaults';

const may2025 = records('data/bls-oews-state-2025/oews-state-2025-31-9011.csv');
const programs = records('data/certification-programs/certification-programs.csv');
const stateNames = records('data/state-fips/state-fips.csv').map((r) => r.state_name!);
const BLS = datasetById('bls-oews-state-2025')!.publisher;

const CONTROLS = 'button, input, select, textarea, summary';

/** Visible controls anywhere on the page, described for a failure message. */
function visibleControls(page: Page): Promise<string[]> {
	return page.locator(CONTROLS).evaluateAll((els) =>
		els
			.filter((e) => {
				const box = e.getBoundingClientRect();
				return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
			})
			.map((e) => `${e.tagName.toLowerCase()} ${(e.textContent ?? '').trim().slice(0, 40)}`)
	);
}

/** The cells of the first table row whose first cell starts with `label`, header cell included. */
function row(table: Locator, label: string): Promise<string[]> {
	return table
		.locator('tr')
		.evaluateAll(
			(trs, label) =>
				trs
					.map((tr) =>
						[...tr.querySelectorAll('th, td')].map(
							(c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? ''
						)
					)
					.find((cells) => cells[0]?.startsWith(label)) ?? [],
			label
		);
}

/** The printed "Sources" section is shown and credits the BLS, whose wages the page used. */
async function expectBlsSourcesPrinted(page: Page): Promise<void> {
	const sources = page.locator('section', {
		has: page.getByRole('heading', { name: 'Sources', exact: true })
	});
	expect(await sources.isVisible()).toBe(true);
	expect(await sources.textContent()).toContain(BLS);
}

/** The checks every printed report shares. */
async function expectReportFrame(page: Page): Promise<void> {
	expect(await page.locator('header nav').isVisible()).toBe(false);
	expect(await page.locator('footer').isVisible()).toBe(false);
	expect(await visibleControls(page)).toEqual([]);
	const h1 = page.locator('h1');
	expect(await h1.isVisible()).toBe(true);
	expect((await h1.textContent())!.trim().length).toBeGreaterThan(10);
	// At least one chart prints, with a drawn area.
	const canvas = page.locator('figure canvas:visible').first();
	const box = await canvas.boundingBox();
	expect(box!.width).toBeGreaterThan(100);
	expect(box!.height).toBeGreaterThan(100);
}

/** The page's first chart, drawn once the page has its figures. */
const FIRST_CHART = 'figure canvas >> nth=0';

describe('printed income report', () => {
	const s = suiteSession({
		at: '/income?medicalSessionsPerWeek=6&programCostUsd=5150&state=TX',
		waitFor: FIRST_CHART
	});
	const inputs = { ...INCOME_DEFAULTS, medicalSessionsPerWeek: 6, programCostUsd: 5150 };

	it('prints the title and date, the inputs used, the results, a chart and the sources', async () => {
		const p = projectIncome(inputs);
		const payback = metric(s.page, 'payback-months');
		await expect
			.poll(() => payback.textContent())
			.toBe(months(p.paybackMonths, 'not within 36 months'));
		await s.page.emulateMedia({ media: 'print' });

		await expectReportFrame(s.page);
		expect(await s.page.getByText(/^Report printed \w+ \d{1,2}, \d{4}\.$/).isVisible()).toBe(true);

		const table = s.page.getByRole('region', { name: 'Inputs used' }).locator('table');
		expect(await table.isVisible()).toBe(true);
		expect(await row(table, 'Medical sessions once established')).toEqual([
			'Medical sessions once established',
			'6 sessions/week',
			'yours'
		]);
		expect(await row(table, 'Training program, total cost of attendance')).toEqual([
			'Training program, total cost of attendance',
			'$5,150',
			'yours'
		]);
		expect(await row(table, 'Your state')).toEqual(['Your state', 'Texas']);

		expect(await payback.isVisible()).toBe(true);
		expect(await metric(s.page, 'npv').textContent()).toBe(usd(p.npvUsd));
		expect(await metric(s.page, 'npv').isVisible()).toBe(true);

		await expectBlsSourcesPrinted(s.page);
		await s.page.emulateMedia({ media: 'screen' });
	});
});

describe('printed clinic report', () => {
	const s = suiteSession({ at: '/clinic?state=TX&w_labour=10', waitFor: FIRST_CHART });
	const tx = may2025.find((r) => r.state_abbr === 'TX')!;

	it('prints the plan’s inputs and weights, the results, a chart and the sources', async () => {
		const wage = s.page.getByRole('textbox', { name: /^Therapist wage/ });
		await expect.poll(() => wage.inputValue()).toBe(tx.a_median);
		const metrics = ['break-even-utilisation', 'funding-needed', 'payback-months'];
		const onScreen = await Promise.all(metrics.map((m) => metric(s.page, m).textContent()));
		await s.page.emulateMedia({ media: 'print' });

		await expectReportFrame(s.page);
		const report = s.page.locator('section', {
			has: s.page.getByRole('heading', { name: /^Inputs of this plan, printed \w+ \d+, \d{4}$/ })
		});
		expect(await report.isVisible()).toBe(true);
		expect(await report.textContent()).toContain('State: Texas.');
		const table = report.locator('table');
		// The Texas BLS May 2025 median, as the data file has it, marked as data.
		const wageRow = await row(table, 'Therapist wage');
		expect(wageRow.slice(0, 3)).toEqual(['Therapist wage', tx.a_median, 'USD/yr, full-time']);
		expect(wageRow[3]).toMatch(/^data: /);

		// The weights print as text (the form's fields are hidden).
		const labour = s.page.getByRole('group', { name: 'Labour cost', exact: true });
		expect(await labour.getByText(/^Weight 10; better when (lower|higher)\.$/).isVisible()).toBe(
			true
		);
		const growth = s.page.getByRole('group', { name: 'Projected growth', exact: true });
		expect(await growth.getByText(/^Weight 1; better when/).isVisible()).toBe(true);
		// The ranked table still names each state without its button.
		const ranked = s.page.locator('table', {
			has: s.page.locator('caption', { hasText: 'States ranked' })
		});
		const names = await ranked
			.locator('tbody tr th')
			.evaluateAll((ths) => ths.map((th) => (th as HTMLElement).innerText.trim()));
		expect(names.toSorted()).toEqual(stateNames.toSorted());

		for (const [i, m] of metrics.entries()) {
			const el = metric(s.page, m);
			expect(await el.isVisible(), m).toBe(true);
			expect(await el.textContent()).toBe(onScreen[i]);
		}
		await expectBlsSourcesPrinted(s.page);
		await s.page.emulateMedia({ media: 'screen' });
	});
});

describe('printed programs report', () => {
	const s = suiteSession({
		at: '/programs?state=WA&compare=walton_onc_4day&program=walton_onc_4day',
		waitFor: FIRST_CHART
	});
	const walton = programs.find((p) => p.program_id === 'walton_onc_4day')!;
	const wa = may2025.find((r) => r.state_abbr === 'WA')!;

	it('prints the calculator’s inputs, its results, a chart and the sources', async () => {
		// Washington's median hourly wage is the default earnings: 32 h of training cost that much
		// each, plus 4 days away at $150 and the $797 price; 3 × $20 × 48 ÷ 12 = $240 a month,
		// built up over the 6-month ramp-up (840 by month 6), then 240 a month.
		const hours = Number(walton.total_hours);
		const hourly = Number(wa.h_median);
		const total = Number(walton.cost_usd) + Math.ceil(hours / 8) * 150 + hours * hourly;
		const total$ = usd(total);
		const payback = months(6 + (total - 840) / 240);
		const totalCost = metric(s.page, 'total-cost');
		await expect.poll(() => totalCost.textContent()).toBe(total$);
		await s.page.emulateMedia({ media: 'print' });

		await expectReportFrame(s.page);
		expect(await s.page.getByText(/^Printed \w+ \d{1,2}, \d{4}\.$/).isVisible()).toBe(true);
		expect(await s.page.getByText('Your state: Washington.').isVisible()).toBe(true);

		const table = s.page.getByRole('table', { name: 'Inputs used' });
		expect(await table.isVisible()).toBe(true);
		expect(await row(table, 'Program')).toEqual([
			'Program',
			`${walton.credential} (${walton.provider})`,
			'data'
		]);
		const earnings = await row(table, 'Your earnings per hour of work');
		expect(earnings[1]).toBe(`$${hourly.toFixed(2)}`);
		expect(earnings[2]).toContain('Washington');
		expect(await row(table, 'Medical sessions per week')).toEqual([
			'Medical sessions per week',
			'3 sessions/week',
			'assumption'
		]);
		expect(await row(table, 'Months to build the full medical caseload')).toEqual([
			'Months to build the full medical caseload',
			'6 months',
			'assumption'
		]);
		expect(await row(table, 'Days away from home')).toEqual([
			'Days away from home',
			`${Math.ceil(hours / 8)} days`,
			expect.any(String)
		]);

		expect(await totalCost.isVisible()).toBe(true);
		const paybackEl = metric(s.page, 'payback');
		expect(await paybackEl.isVisible()).toBe(true);
		expect(await paybackEl.textContent()).toBe(payback);
		// The comparison prints too, with the same payback.
		const compare = s.page.locator('table.compare');
		expect(await compare.isVisible()).toBe(true);
		expect((await row(compare, 'Pays back in'))[1]).toBe(payback);

		const sources = s.page.locator('[data-sources="calculator"]');
		expect(await sources.isVisible()).toBe(true);
		expect(await sources.textContent()).toContain(datasetById('certification-programs')!.publisher);
		expect(await sources.textContent()).toContain('Washington');
		await s.page.emulateMedia({ media: 'screen' });
		expect(await s.page.getByRole('table', { name: 'Inputs used' }).isVisible()).toBe(false);
	});
});
