import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
	download,
	itMadeNoForeignRequestsOrErrors,
	metric,
	open,
	reload,
	seriousA11yViolations,
	suiteSession,
	visit
} from './browser';

const TRAINING = 'Choose and complete a medical massage program';
const NPI = 'Get an NPI with the massage therapist taxonomy code';
const WEBSITE = 'Publish a website about your medical massage';
const SCOPE = 'Learn where your scope of practice ends';

/** The checklist has read what this browser saved. */
const READY = '[data-ready="true"]';
async function ready(page: Page) {
	await page.locator(READY).waitFor();
}
const overall = (page: Page) => page.locator('[data-progress="overall"]').textContent();
const box = (page: Page, title: string) => page.getByRole('checkbox', { name: title, exact: true });
const stepItem = (page: Page, id: string) => page.locator(`li[data-step="${id}"]`);

/** Everything the user saved, read from the page as a person would see it. */
async function visibleState(page: Page) {
	// Notes and own cost are inside each step's "Why, how…" part, drawn when it is opened.
	const closed = page.locator('li[data-step] details:not([open]) > summary');
	while ((await closed.count()) > 0) await closed.first().click();
	// The part is drawn on the details' toggle event, a moment after it opens.
	await page.waitForFunction(() =>
		[...document.querySelectorAll('li[data-step]')].every((li) => li.querySelector('textarea'))
	);
	return page.locator('li[data-step]').evaluateAll((lis) =>
		lis.map((li) => ({
			id: li.getAttribute('data-step'),
			status: (li.querySelector('select') as HTMLSelectElement).value,
			due: (li.querySelector('input[type=date]') as HTMLInputElement).value,
			notes: (li.querySelector('textarea') as HTMLTextAreaElement).value,
			cost: (li.querySelector('input[inputmode=decimal]') as HTMLInputElement).value
		}))
	);
}

describe('practice-integration checklist', () => {
	const s = suiteSession({ at: '/checklist', waitFor: READY });

	it('draws 33 steps in 9 phases and is accessible', async () => {
		expect(await s.page.locator('li[data-step]').count()).toBe(33);
		expect(await overall(s.page)).toBe('0 of 33 done (0.0%)');
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('keeps ticked steps after a reload', async () => {
		await box(s.page, TRAINING).click();
		await box(s.page, NPI).check();
		await expect.poll(() => overall(s.page)).toBe('2 of 33 done (6.1%)'); // 2 ÷ 33 = 6.06%
		await reload(s.page);
		await ready(s.page);
		expect(await box(s.page, TRAINING).isChecked()).toBe(true);
		expect(await box(s.page, NPI).isChecked()).toBe(true);
		expect(await box(s.page, WEBSITE).isChecked()).toBe(false);
		expect(await s.page.locator('[data-progress="training"]').textContent()).toBe(
			'1 of 2 done (50.0%)'
		);
	});

	it('sets a status, a due date and notes, and updates progress and what comes next', async () => {
		const site = stepItem(s.page, 'marketing-website');
		await site.getByLabel('Status').selectOption({ label: 'not for me' });
		// 2 done of 32 that apply = 6.25% → "6.3%"
		await expect.poll(() => overall(s.page)).toBe('2 of 32 done (6.3%)');
		const scope = stepItem(s.page, 'licence-scope');
		await scope.getByLabel('Due date').fill('2020-01-15');
		await scope.getByText('Why, how, source and your notes').click();
		await scope.getByLabel('Your notes').fill('Ask the board about "assessment" wording');
		await scope.getByLabel('Your notes').press('Tab');
		const next = s.page.locator('ol.next');
		await expect.poll(() => next.textContent()).toContain('overdue');
		expect(await next.locator('li').first().textContent()).toContain(
			'Decide whether to sit a board certification'
		);
		await reload(s.page);
		await ready(s.page);
		expect(await scope.getByLabel('Due date').inputValue()).toBe('2020-01-15');
		await scope.getByText('Why, how, source and your notes').click();
		expect(await scope.getByLabel('Your notes').inputValue()).toBe(
			'Ask the board about "assessment" wording'
		);
	});

	it('rejects an impossible own cost at the field and saves nothing', async () => {
		const train = stepItem(s.page, 'training-program');
		await train.getByText('Why, how, source and your notes').click();
		const cost = train.getByLabel(/Your cost/);
		await cost.fill('about 3000');
		await cost.press('Tab');
		expect(await train.locator('.error').textContent()).toBe(
			'Enter an amount of 0 or more in US dollars, or leave it blank.'
		);
		expect(await cost.getAttribute('aria-invalid')).toBe('true');
		await cost.fill('2900');
		await cost.press('Tab');
		await expect.poll(() => train.locator('.error').count()).toBe(0);
		// the own figure replaces the published $1,500; board certification adds $250
		await expect.poll(() => metric(s.page, 'known-costs').textContent()).toBe('$3,150');
		expect(await s.page.getByTestId('income-link').getAttribute('href')).toBe(
			'/income?programCostUsd=3150'
		);
	});

	it('filters by phase and status', async () => {
		const filters = s.page.getByRole('group', { name: 'Filter the steps' });
		await filters.getByLabel('Phase').selectOption({ label: 'Insurance and billing' });
		expect(await s.page.locator('li[data-step]').count()).toBe(7);
		await filters.getByLabel('Status').selectOption({ label: 'done' });
		// NPI is the one done billing step
		expect(await s.page.locator('li[data-step]').count()).toBe(1);
		expect(await filters.textContent()).toContain('Showing 1 of 33 steps');
		await filters.getByLabel('Phase').selectOption({ label: 'All phases' });
		await filters.getByLabel('Status').selectOption({ label: 'All statuses' });
		expect(await s.page.locator('li[data-step]').count()).toBe(33);
	});

	it('exports, clears, imports the file back to the same state, and undoes the import', async () => {
		const before = await visibleState(s.page);
		const { path, text } = await download(s.page, () =>
			s.page.getByRole('button', { name: 'Export CSV' }).click()
		);
		expect(text.split('\n')[0]).toBe('step_id,phase,title,status,due_date,your_cost_usd,notes');

		await s.page.getByRole('button', { name: 'Clear progress…' }).click();
		await s.page.getByRole('button', { name: 'Yes, clear' }).click();
		await expect.poll(() => overall(s.page)).toBe('0 of 33 done (0.0%)');
		expect(await box(s.page, TRAINING).isChecked()).toBe(false);

		const [chooser] = await Promise.all([
			s.page.waitForEvent('filechooser'),
			s.page.getByText('Import CSV…').click()
		]);
		await chooser.setFiles(path);
		const panel = s.page.getByRole('region', { name: /^Import / });
		await expect.poll(() => panel.textContent()).toContain('Importing will change 4 steps');
		expect(await panel.textContent()).toContain('status: to do → not for me');
		// nothing is applied before confirming
		expect(await box(s.page, TRAINING).isChecked()).toBe(false);
		expect(await seriousA11yViolations(s.page)).toEqual([]);
		await panel.getByRole('button', { name: 'Apply 4 changes' }).click();
		await expect.poll(() => overall(s.page)).toBe('2 of 32 done (6.3%)');
		expect(await visibleState(s.page)).toEqual(before);

		await s.page.getByRole('button', { name: 'Undo import' }).click();
		await expect.poll(() => overall(s.page)).toBe('0 of 33 done (0.0%)');
		// the toolbar's undo then takes back the clear itself
		await s.page.getByRole('button', { name: 'Undo: Clear progress of 4 steps' }).click();
		await expect.poll(() => overall(s.page)).toBe('2 of 32 done (6.3%)');
		await reload(s.page);
		await ready(s.page);
		expect(await visibleState(s.page)).toEqual(before);
	});

	it('lists every problem of a bad file with its row and column, and imports nothing', async () => {
		const [chooser] = await Promise.all([
			s.page.waitForEvent('filechooser'),
			s.page.getByText('Import CSV…').click()
		]);
		await chooser.setFiles('tests/fixtures/checklist-bad-steps.csv');
		const panel = s.page.getByRole('region', { name: /^Import / });
		await expect.poll(() => panel.locator('.issues li').count()).toBe(4);
		const issues = await panel.locator('.issues li').allTextContents();
		expect(issues[0]).toContain('row 2, column "step_id": found "no-such-step"');
		expect(issues[2]).toContain('row 4, column "status": found "finished"');
		await panel.getByRole('button', { name: 'Close' }).click();
		expect(await overall(s.page)).toBe('2 of 32 done (6.3%)');
	});

	it('prints a clean checklist without navigation, footer or controls', async () => {
		await box(s.page, SCOPE).check();
		await s.page.emulateMedia({ media: 'print' });
		expect(await s.page.locator('header nav').isVisible()).toBe(false);
		expect(await s.page.locator('footer').isVisible()).toBe(false);
		expect(
			await s.page
				.locator('button:visible, select:visible, textarea:visible, input:visible')
				.count()
		).toBe(0);
		expect(await s.page.locator('#marketing').isVisible()).toBe(false);
		expect(await s.page.getByRole('heading', { name: 'The checklist' }).isVisible()).toBe(true);
		expect(await stepItem(s.page, 'licence-scope').locator('.box').textContent()).toBe('☑');
		await s.page.emulateMedia({ media: 'screen' });
		expect(await s.page.locator('header nav').isVisible()).toBe(true);
	});

	it('reports a corrupted saved step and keeps the rest', async () => {
		await s.page.evaluate(() => {
			const v = JSON.parse(localStorage.getItem('mmt:checklist:v2')!);
			v.steps['billing-npi'] = { status: 'finished', due: null, notes: '', costUsd: null };
			localStorage.setItem('mmt:checklist:v2', JSON.stringify(v));
		});
		await reload(s.page);
		await ready(s.page);
		const alert = s.page.getByRole('alert');
		expect(await alert.textContent()).toContain('billing-npi');
		expect(await alert.textContent()).toContain('status "finished"');
		expect(await box(s.page, SCOPE).isChecked()).toBe(true);
		expect(await seriousA11yViolations(s.page)).toEqual([]);
		await alert.getByRole('button', { name: 'Discard the unreadable entries' }).click();
		await expect.poll(() => s.page.getByRole('alert').count()).toBe(0);
	});

	it('picks up a change made in another tab', async () => {
		const other = await s.context.newPage();
		await visit(other, '/checklist');
		await ready(other);
		await box(other, WEBSITE).check();
		await expect.poll(() => box(s.page, WEBSITE).isChecked()).toBe(true);
		await other.close();
	});

	itMadeNoForeignRequestsOrErrors(s);
});

describe('marketing plan', () => {
	const s = suiteSession({ at: '/checklist#marketing', waitFor: READY });

	const budget = (page: Page) => metric(page, 'plan-budget').textContent();

	it('shows the default plan with its sources and assumptions', async () => {
		// 50 + 0 + 0 + 100 + 25 = $175 a month; 1 + 0.6 + 0.8 + 2 + 1 = 5.4 new clients
		expect(await budget(s.page)).toBe('$175/month');
		expect(await metric(s.page, 'plan-new-clients').textContent()).toBe('5.4/month');
		expect(await s.page.locator('#marketing').textContent()).toContain('assumption (a)');
		expect(await s.page.locator('#marketing').textContent()).toContain('90.0%');
	});

	it('explains a bad value at the field, then saves a good one across reloads', async () => {
		const field = s.page.getByLabel('Monthly budget (USD/month), Website');
		await field.fill('lots');
		await field.press('Tab');
		expect(await field.getAttribute('aria-invalid')).toBe('true');
		expect(await s.page.locator('#website-monthlyBudgetUsd-error').textContent()).toContain(
			'"lots" is not a number'
		);
		expect(await budget(s.page)).toBe('$175/month');
		await field.fill('200');
		await field.press('Tab');
		// 200 + 0 + 0 + 100 + 25 = $325
		await expect.poll(() => budget(s.page)).toBe('$325/month');
		const retention = s.page.getByLabel('Clients still coming the next month (%), Website');
		await retention.fill('100');
		await retention.press('Tab');
		expect(await s.page.locator('#website-monthlyRetentionPct-error').textContent()).toContain(
			'100% would mean clients never leave'
		);
		await reload(s.page);
		await ready(s.page);
		expect(await budget(s.page)).toBe('$325/month');
		expect(await s.page.getByLabel('Monthly budget (USD/month), Website').inputValue()).toBe('200');
		const saved = await s.page.evaluate(() => localStorage.getItem('mmt:marketing-plan:v1'));
		expect(JSON.parse(saved!).channels[0].monthlyBudgetUsd).toBe(200);
	});

	it('adds a custom channel and undoes it', async () => {
		await s.page.getByLabel('New channel name').fill('Flyers');
		await s.page.getByRole('button', { name: 'Add a channel' }).click();
		const row = s.page.locator('tr[data-channel="custom-1"]');
		await row.getByLabel('Monthly budget (USD/month), Flyers').fill('30');
		await row.getByLabel('Monthly budget (USD/month), Flyers').press('Tab');
		await expect.poll(() => budget(s.page)).toBe('$355/month');
		await s.page.getByRole('button', { name: 'Undo last plan change' }).click();
		await expect.poll(() => budget(s.page)).toBe('$325/month');
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('shows the 12-month chart as a table too', async () => {
		const fig = s.page.locator('figure', { has: s.page.locator('#plan-path-title') });
		await fig.getByRole('button', { name: 'Show table' }).click();
		expect(await fig.locator('tbody tr').count()).toBe(12);
	});

	itMadeNoForeignRequestsOrErrors(s);
});

describe('a link into a part drawn after start-up', () => {
	it('opens /checklist#marketing at the marketing plan', async () => {
		const s = await open();
		try {
			await visit(s.page, '/checklist#marketing');
			// The marketing plan is not in the first HTML; the page scrolls to it once drawn.
			const heading = s.page.locator('#marketing-title');
			// (the section is scrolled to the top edge; its heading may sit a fraction of a pixel
			// above it with fractional layout, so "in view" is y > −1)
			await expect.poll(async () => (await heading.boundingBox())?.y ?? -2).toBeGreaterThan(-1);
			const box = (await heading.boundingBox())!;
			expect(box.y).toBeLessThan(900); // inside the 900 px high window
			expect(await s.page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
		} finally {
			await s.close();
		}
	});
});
