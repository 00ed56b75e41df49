/**
 * The three journeys done with the keyboard alone, as a person who cannot use a mouse would:
 * Tab / Shift+Tab to move, Enter or Space to act, typing to fill a field. Nothing here clicks,
 * fills or focuses a control directly; the page is only read. Every element the keyboard
 * passes through must show a visible focus indicator (app.css `:focus-visible`: a 3px outline
 * in the focus colour; map states draw a thicker stroke in the same colour instead).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectIncome, type IncomeInputs } from '../../src/lib/finance';
import { months } from '../../src/lib/format';
import { itMadeNoForeignRequestsOrErrors, metric, suiteSession } from './browser';
import { records } from './data-files';
import { INCOME_DEFAULTS as DEFAULTS } from './income-defaults';

/** What the focused element looks like: enough to tell whether focus can be seen. */
interface Focused {
	/** A short description for failure messages. */
	what: string;
	tag: string;
	id: string;
	fips: string | null;
	program: string | null;
	type: string | null;
	focusVisible: boolean;
	outlineStyle: string;
	outlineWidth: number;
	outlineColor: string;
	stroke: string;
	strokeWidth: number;
	/** The --focus colour of the page's theme, as the browser computes colours (rgb()). */
	focusColour: string;
}

function focused(page: Page): Promise<Focused | null> {
	return page.evaluate(() => {
		const e = document.activeElement;
		if (!e || e === document.body || e === document.documentElement) return null;
		const cs = getComputedStyle(e);
		// Resolve the theme's focus colour the same way the browser resolves the outline's.
		const probe = document.createElement('span');
		probe.style.color = 'var(--focus)';
		document.body.append(probe);
		const focusColour = getComputedStyle(probe).color;
		probe.remove();
		const label = e.getAttribute('aria-label') ?? e.textContent ?? '';
		return {
			what: `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${label.trim().slice(0, 50)}"`,
			tag: e.tagName.toLowerCase(),
			id: e.id,
			fips: e.getAttribute('data-fips'),
			program: e.closest('tr[data-program]')?.getAttribute('data-program') ?? null,
			type: e.getAttribute('type'),
			focusVisible: e.matches(':focus-visible'),
			outlineStyle: cs.outlineStyle,
			outlineWidth: parseFloat(cs.outlineWidth),
			outlineColor: cs.outlineColor,
			stroke: cs.stroke,
			strokeWidth: parseFloat(cs.strokeWidth),
			focusColour
		};
	});
}

/** True when the focused element shows the focus colour as a 2px+ outline or stroke. */
function ringVisible(f: Focused): boolean {
	if (!f.focusVisible) return false;
	const outline =
		f.outlineStyle !== 'none' && f.outlineWidth >= 2 && f.outlineColor === f.focusColour;
	const stroke = f.tag === 'path' && f.stroke === f.focusColour && f.strokeWidth >= 2;
	return outline || stroke;
}

/**
 * Press `key` (Tab by default) until the focused element passes `want`, checking on the way
 * that every element reached shows its focus. Returns the element and how many presses it took.
 */
async function pressUntil(
	page: Page,
	want: (f: Focused) => boolean,
	{ key = 'Tab', max = 250 }: { key?: string; max?: number } = {}
): Promise<{ target: Focused; presses: number; passed: Focused[] }> {
	const passed: Focused[] = [];
	for (let presses = 1; presses <= max; presses++) {
		await page.keyboard.press(key);
		const f = await focused(page);
		if (!f) continue;
		passed.push(f);
		if (want(f)) {
			const unseen = passed.filter((p) => !ringVisible(p)).map((p) => p.what);
			expect(unseen, 'elements reached by keyboard without a visible focus indicator').toEqual([]);
			return { target: f, presses, passed };
		}
	}
	throw new Error(`no element matched after ${max} presses of ${key}`);
}

/** The first Tab on a fresh page reaches the skip link, which shows itself; Enter uses it. */
async function skipToContent(page: Page): Promise<void> {
	await page.keyboard.press('Tab');
	const f = await focused(page);
	expect(f?.what).toContain('Skip to content');
	expect(ringVisible(f!)).toBe(true);
	const box = await page.locator('a.skip').boundingBox();
	expect(box!.x).toBeGreaterThanOrEqual(0); // moved on screen while focused
	await page.keyboard.press('Enter');
	await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');
}

/** Select the field's text and type over it, with keys only. */
async function typeOver(page: Page, text: string): Promise<void> {
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type(text);
}

// ── /programs ─────────────────────────────────────────────────────────────────────────────
const programs = records('data/certification-programs/certification-programs.csv');
const nationalWage = records('data/bls-oews-national/oews-national-31-9011.csv').find(
	(r) => r.reference_year === '2025'
)!;

describe('keyboard: choose a program on /programs and read its payback', () => {
	const s = suiteSession({ at: '/programs', waitFor: 'tr[data-program="walton_onc_4day"]' });

	it('ticks "Compare" with Space and reads the payback in the comparison', async () => {
		const walton = programs.find((p) => p.program_id === 'walton_onc_4day')!;
		const hours = Number(walton.total_hours);
		// The calculator's labelled defaults: 1 travel day per 8 hours at $150, every hour taken
		// from paid work at the national median hourly wage, 3 sessions × $20 × 48 weeks ÷ 12 =
		// $240 a month, built up over the income page's 6-month ramp-up (40, 80 … 240: 840 by
		// month 6), then 240 a month.
		const total =
			Number(walton.cost_usd) + Math.ceil(hours / 8) * 150 + hours * Number(nationalWage.h_median);
		const payback = months(6 + (total - 840) / 240);
		expect(payback).toBe('12.1 months'); // 6 + (797 + 600 + 899.20 − 840) ÷ 240 = 12.07

		await skipToContent(s.page);
		const { passed } = await pressUntil(
			s.page,
			(f) => f.program === 'walton_onc_4day' && f.type === 'checkbox'
		);
		expect(passed.length).toBeGreaterThan(10); // filters, sort buttons and earlier rows first
		await s.page.keyboard.press('Space');
		const box = s.page.getByLabel(`Compare ${walton.credential}`);
		await expect.poll(() => box.isChecked()).toBe(true);

		const table = s.page.locator('table.compare');
		await expect
			.poll(() => table.locator('thead th').allTextContents())
			.toEqual(['Figure', expect.stringContaining(walton.credential!)]);
		const row = (name: string) =>
			table.locator('tbody tr', { has: s.page.locator('th', { hasText: name }) }).locator('td');
		expect(await row('Pays back in').allTextContents()).toEqual([payback]);
		expect(await row('Total cost of attendance').allTextContents()).toEqual([
			expect.stringContaining(`$${Math.round(total).toLocaleString('en-US')}`)
		]);
		expect(s.page.url()).toContain('compare=walton_onc_4day');

		// Space again takes it back out: the tick is a real toggle, not a one-way effect.
		await s.page.keyboard.press('Space');
		await expect.poll(() => table.count()).toBe(0);
		await s.page.keyboard.press('Space');
		await expect.poll(() => table.count()).toBe(1);
		// Shift+Tab goes back to the row before, and it shows its focus too.
		await s.page.keyboard.press('Shift+Tab');
		const back = await focused(s.page);
		expect(back?.what).toContain('Show');
		expect(ringVisible(back!)).toBe(true);
	});

	itMadeNoForeignRequestsOrErrors(s);
});

// ── /income ───────────────────────────────────────────────────────────────────────────────
const paybackText = (inputs: IncomeInputs) =>
	months(projectIncome(inputs).paybackMonths, `not within ${inputs.horizonMonths} months`);

describe('keyboard: set up an income projection on /income', () => {
	const s = suiteSession({ at: '/income' });

	it('tabs to two inputs, types new values and reads the payback they give', async () => {
		const payback = metric(s.page, 'payback-months');
		await expect.poll(() => payback.textContent()).toBe(paybackText(DEFAULTS));
		const mine = { ...DEFAULTS, medicalSessionsPerWeek: 2, medicalCashPriceUsd: 130 };
		// The two inputs change the answer, so a keyboard path that did nothing would fail.
		expect(paybackText(mine)).not.toBe(paybackText(DEFAULTS));
		expect(paybackText({ ...DEFAULTS, medicalSessionsPerWeek: 2 })).not.toBe(paybackText(mine));

		await skipToContent(s.page);
		await pressUntil(s.page, (f) => f.id === 'f-medicalSessionsPerWeek');
		await typeOver(s.page, '2');
		await pressUntil(s.page, (f) => f.id === 'f-medicalCashPriceUsd');
		await typeOver(s.page, '130');
		await s.page.keyboard.press('Tab');

		expect(await s.page.locator('#f-medicalSessionsPerWeek').inputValue()).toBe('2');
		expect(await s.page.locator('#f-medicalCashPriceUsd').inputValue()).toBe('130');
		await expect.poll(() => payback.textContent()).toBe(paybackText(mine));
		await expect.poll(() => s.page.url()).toContain('medicalSessionsPerWeek=2');
		expect(s.page.url()).toContain('medicalCashPriceUsd=130');
	});

	itMadeNoForeignRequestsOrErrors(s);
});

// ── /location ─────────────────────────────────────────────────────────────────────────────
const may2025 = records('data/bls-oews-state-2025/oews-state-2025-31-9011.csv');
const money = (v: string | undefined) => `$${Number(v).toLocaleString('en-US')}`;
const jobs = (v: string | undefined) => Number(v).toLocaleString('en-US');

describe('keyboard: compare two states on /location', () => {
	const s = suiteSession({ at: '/location', waitFor: 'path[data-fips="48"]' });

	it('selects Texas on the map, adds it, adds Florida from the list, and compares them', async () => {
		const tx = may2025.find((r) => r.state_abbr === 'TX')!;
		const fl = may2025.find((r) => r.state_abbr === 'FL')!;

		await skipToContent(s.page);
		const { passed } = await pressUntil(s.page, (f) => f.fips === tx.state_fips);
		// The map's states are reached one by one, each drawing its focus stroke.
		expect(passed.filter((p) => p.tag === 'path').length).toBeGreaterThan(40);
		expect(await s.page.locator('.tip').textContent()).toContain('Texas');
		await s.page.keyboard.press('Enter');
		const panel = s.page.getByRole('complementary', { name: 'Selected state' });
		await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Texas');

		await pressUntil(s.page, (f) => f.what.includes('Add to comparison'));
		await s.page.keyboard.press('Enter');
		await expect.poll(() => panel.getByRole('button', { name: 'In comparison' }).count()).toBe(1);

		// On to the comparison's list: type the state's name to choose it, then Tab to "Add".
		await pressUntil(s.page, (f) => f.tag === 'select' && f.what.includes('Choose a state'), {
			max: 400
		});
		await s.page.keyboard.type('Florida');
		const select = s.page.getByLabel('State to add');
		await expect.poll(() => select.inputValue()).toBe('FL');
		await pressUntil(s.page, (f) => f.tag === 'button' && f.what === 'button "Add"');
		await s.page.keyboard.press('Enter');

		const table = s.page.locator('table', {
			has: s.page.locator('caption', { hasText: 'Side by side' })
		});
		await expect
			.poll(() => table.locator('thead th').allTextContents())
			.toEqual(['Figure', expect.stringContaining('Texas'), expect.stringContaining('Florida')]);
		const cells = (label: RegExp) =>
			table
				.locator('tbody tr', { has: s.page.locator('th', { hasText: label }) })
				.locator('td')
				.allTextContents();
		expect(await cells(/^Median annual wage/)).toEqual([money(tx.a_median), money(fl.a_median)]);
		expect(await cells(/^Mean annual wage/)).toEqual([money(tx.a_mean), money(fl.a_mean)]);
		expect(await cells(/^Employment/)).toEqual([jobs(tx.tot_emp), jobs(fl.tot_emp)]);
		expect(await cells(/^10th percentile annual wage/)).toEqual([
			money(tx.a_pct10),
			money(fl.a_pct10)
		]);
		expect(await cells(/^90th percentile annual wage/)).toEqual([
			money(tx.a_pct90),
			money(fl.a_pct90)
		]);
		await expect.poll(() => s.page.url()).toContain('compare=TX,FL');
	});

	itMadeNoForeignRequestsOrErrors(s);
});
