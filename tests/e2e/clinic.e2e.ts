import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	downloadCsv,
	itMadeNoForeignRequestsOrErrors,
	metric,
	reload,
	seriousA11yViolations,
	suiteSession,
	typeInto,
	visit
} from './browser';
import { records } from './data-files';

// The figures the page must show, read from the committed files (not from the app).
const may2025 = records('data/bls-oews-state-2025/oews-state-2025-31-9011.csv');
const tx = may2025.find((r) => r.state_abbr === 'TX')!;
const withMedian = may2025.filter((r) => r.a_median !== '');
const cheapest = withMedian.reduce((a, b) => (Number(b.a_median) < Number(a.a_median) ? b : a));
const DARKEST = '#08519c';

const weight = (page: Page, factor: string) =>
	page.getByRole('group', { name: factor, exact: true }).getByLabel('Weight (0 to 10)');
const firstRanked = (page: Page) =>
	page
		.locator('table', { has: page.locator('caption', { hasText: 'States ranked' }) })
		.locator('tbody tr')
		.first()
		.locator('th')
		.textContent();

// ── The headline worked by hand for the national defaults ──
// Capacity: 3 therapists × 27 h × 60 ÷ (60 + 15 min) = 64.8 sessions a week (3 rooms × 50 h
// would allow 120), × 50 weeks ÷ 12 = 270 a month. No payer is open nationally, so a session
// earns 40 % × $90 relaxation + 60 % × $100 self-pay medical = $96, less $5 supplies = $91.
// Fixed a month: therapists 3 × 27 h × 50/12 × wage ÷ 2,080, front desk 25 h × 50/12 × $38,010
// ÷ 2,080 = $1,903.55, both + 10 % payroll overhead, + $5,050 rent, utilities, software,
// insurance, marketing and other. Start-up $44,000 (fit-out, equipment, deposits, launch).
// Utilisation climbs 20 % → 75 % by 5 points a month over 12 months (Σ months 1–11 = 4.95).
/** Fixed costs a month for a therapist wage (USD/yr). */
const fixedMonthly = (wage: number) =>
	(3 * 27 * (50 / 12) * (wage / 2080) + 25 * (50 / 12) * (38_010 / 2080)) * 1.1 + 5050;
const pct1 = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
/** US median $58,450: fixed $17,576.38; break-even 17,576.38 ÷ 91 = 193.15 sessions ÷ 270. */
const US_FIXED = fixedMonthly(58_450);
// Losses until utilisation passes 71.5 % (month 12), so the low point is month 11:
// −44,000 + 270 × 91 × 4.95 − 11 × 17,576.38 = −115,718.70; once full, 270 × 91 × 75 % −
// 17,576.38 = $851.12 a month, far too little to pay that back within 36 months.
const US_DEFAULTS = {
	be: '71.5%',
	fund: '$115,719',
	pay: 'not within 36 months'
};

describe('clinic planner', () => {
	const s = suiteSession({ at: '/clinic', waitFor: 'path[data-fips="48"]' });

	it('shows the headline results worked by hand, and is accessible', async () => {
		expect(pct1(US_FIXED / 91 / 270)).toBe(US_DEFAULTS.be);
		expect(Math.round(-44_000 + 270 * 91 * 4.95 - 11 * US_FIXED)).toBe(-115_719);
		expect(await metric(s.page, 'break-even-utilisation').textContent()).toBe(US_DEFAULTS.be);
		expect(await metric(s.page, 'funding-needed').textContent()).toBe(US_DEFAULTS.fund);
		expect(await metric(s.page, 'payback-months').textContent()).toBe(US_DEFAULTS.pay);
		expect(await s.page.locator('path[data-fips]').count()).toBe(51);
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('re-ranks the states and recolours the map when the weights change', async () => {
		const path = s.page.locator(`path[data-fips="${cheapest.state_fips}"]`);
		const fillBefore = await path.getAttribute('fill');
		const topBefore = await firstRanked(s.page);
		expect(fillBefore).not.toBe(DARKEST);
		// Weight only labour cost: every other weight to 0, labour to 10.
		for (const f of [
			'Cost of living',
			'Residents per therapist',
			'Household income',
			'Households with $100k+',
			'Related establishments',
			'Supply concentration',
			'Projected growth'
		]) {
			await typeInto(weight(s.page, f), '0');
		}
		await typeInto(weight(s.page, 'Labour cost'), '10');
		// The lowest May 2025 median in the data file now ranks first and is darkest.
		await expect.poll(() => firstRanked(s.page)).toContain(cheapest.state_name);
		expect(topBefore).not.toContain(cheapest.state_name);
		expect(await path.getAttribute('fill')).toBe(DARKEST);
		// Vermont has no May 2025 wage: no score, hatched, never scored as 0.
		expect(await s.page.locator('path[data-fips="50"]').getAttribute('fill')).toBe('url(#hatch)');
		expect(s.page.url()).toContain('w_labour=10');
	});

	it('says which weight it cannot use and keeps the ranking', async () => {
		await typeInto(weight(s.page, 'Labour cost'), '12');
		await expect
			.poll(() => s.page.getByText('Weight must be a number from 0 to 10.').count())
			.toBe(1);
		expect(await firstRanked(s.page)).toContain(cheapest.state_name);
		await typeInto(weight(s.page, 'Labour cost'), '10');
		await expect
			.poll(() => s.page.getByText('Weight must be a number from 0 to 10.').count())
			.toBe(0);
	});

	it('explains a rank with a chart and table, and plans a clinic there', async () => {
		await s.page.locator('path[data-fips="48"]').click();
		const why = s.page.getByRole('complementary', { name: 'Why this rank' });
		await expect
			.poll(() => why.getByRole('heading', { level: 3 }).first().textContent())
			.toContain('Texas');
		await why.getByRole('button', { name: 'Show table' }).click();
		const rows = why.locator('#why-rank-body tbody tr');
		await expect.poll(() => rows.count()).toBe(8);
		expect(await rows.first().locator('td').first().textContent()).toBe('Labour cost');
		expect(await seriousA11yViolations(s.page)).toEqual([]);
		await why.getByRole('button', { name: 'Plan a clinic in Texas' }).click();
		await expect.poll(() => s.page.getByLabel('State', { exact: true }).inputValue()).toBe('TX');
	});

	it("sets the therapist wage to the chosen state's BLS figure", async () => {
		const wage = s.page.getByRole('textbox', { name: /^Therapist wage/ });
		await s.page.getByLabel('State', { exact: true }).selectOption('FL');
		const fl = may2025.find((r) => r.state_abbr === 'FL')!;
		await expect.poll(() => wage.inputValue()).toBe(fl.a_median);
		await s.page.getByLabel('State', { exact: true }).selectOption('TX');
		await expect.poll(() => wage.inputValue()).toBe(tx.a_median);
		await s.page.getByLabel('Wage level (BLS OEWS percentile)').selectOption('p75');
		await expect.poll(() => wage.inputValue()).toBe(tx.a_pct75);
		const hourly = `$${(Number(tx.a_pct75) / 2080).toFixed(2)}/hr`;
		expect(await s.page.locator('#f-therapistAnnualWageUsd-hint').textContent()).toContain(hourly);
		expect(await s.page.locator('#f-therapistAnnualWageUsd-hint').textContent()).toContain('Texas');
		// Texas's 75th percentile: fixed $20,335.77 ÷ 91 ÷ 270 = 82.8 % to break even
		expect(Number(tx.a_pct75)).toBe(73_910);
		expect(pct1(fixedMonthly(73_910) / 91 / 270)).toBe('82.8%');
		await expect.poll(() => metric(s.page, 'break-even-utilisation').textContent()).toBe('82.8%');
	});

	it('keeps the last valid results and says what is wrong with a bad input', async () => {
		const before = await metric(s.page, 'funding-needed').textContent();
		const rent = s.page.getByRole('textbox', { name: /^Rent/ });
		await typeInto(rent, 'abc');
		await expect
			.poll(() => s.page.locator('#f-rentMonthlyUsd-error').textContent())
			.toBe('✕ “abc” is not a number: use digits, e.g. 12.5.');
		expect(await rent.getAttribute('aria-invalid')).toBe('true');
		expect(await metric(s.page, 'funding-needed').textContent()).toBe(before);
		expect(await seriousA11yViolations(s.page)).toEqual([]);
		await typeInto(rent, '3500');
		await expect.poll(() => s.page.locator('#f-rentMonthlyUsd-error').count()).toBe(0);
	});

	it('moves the results to the hand-worked figures when an input changes', async () => {
		await typeInto(s.page.getByRole('textbox', { name: /^Relaxation price/ }), '120');
		// a session now earns 40 % × 120 + 60 % × 100 − 5 = $103: 20,335.77 ÷ 103 ÷ 270 = 73.1 %;
		// low point still month 11: −44,000 + 270 × 103 × 4.95 − 11 × 20,335.77 = −130,033.96
		expect(pct1(fixedMonthly(73_910) / 103 / 270)).toBe('73.1%');
		expect(Math.round(-44_000 + 270 * 103 * 4.95 - 11 * fixedMonthly(73_910))).toBe(-130_034);
		await expect.poll(() => metric(s.page, 'break-even-utilisation').textContent()).toBe('73.1%');
		expect(await metric(s.page, 'funding-needed').textContent()).toBe('$130,034');
	});

	it('reproduces the whole plan from its link', async () => {
		await typeInto(s.page.getByRole('textbox', { name: /^Treatment rooms/ }), '4');
		await expect.poll(() => s.page.url()).toContain('treatmentRooms=4');
		const url = s.page.url();
		const results = {
			be: await metric(s.page, 'break-even-utilisation').textContent(),
			fund: await metric(s.page, 'funding-needed').textContent(),
			pay: await metric(s.page, 'payback-months').textContent()
		};
		const other = await s.context.newPage();
		await visit(other, url);
		await expect.poll(() => other.getByLabel('State', { exact: true }).inputValue()).toBe('TX');
		expect(await other.getByRole('textbox', { name: /^Treatment rooms/ }).inputValue()).toBe('4');
		expect(await other.getByRole('textbox', { name: /^Relaxation price/ }).inputValue()).toBe(
			'120'
		);
		expect(await other.getByRole('textbox', { name: /^Therapist wage/ }).inputValue()).toBe(
			tx.a_pct75
		);
		expect(await weight(other, 'Labour cost').inputValue()).toBe('10');
		expect(await weight(other, 'Projected growth').inputValue()).toBe('0');
		expect({
			be: await metric(other, 'break-even-utilisation').textContent(),
			fund: await metric(other, 'funding-needed').textContent(),
			pay: await metric(other, 'payback-months').textContent()
		}).toEqual(results);
		await other.close();
	});

	it('saves scenarios, asks before replacing one, compares, and undoes a delete', async () => {
		const name = s.page.getByLabel('Scenario name');
		const save = s.page.getByRole('button', { name: 'Save current inputs' });
		await typeInto(name, 'Texas, 4 rooms');
		await save.click();
		await expect.poll(() => s.page.getByText('Saved “Texas, 4 rooms”.').count()).toBe(1);
		await typeInto(name, 'texas, 4 ROOMS');
		await save.click();
		await expect
			.poll(() => s.page.getByText('A scenario called “Texas, 4 rooms” already exists.').count())
			.toBe(1);
		await s.page.getByRole('button', { name: 'Keep both: choose another name' }).click();
		const list = s.page.locator('.scenarios .list');
		expect(await list.locator('li').count()).toBe(1);
		// Compare with the current inputs after one more room.
		await typeInto(s.page.getByRole('textbox', { name: /^Treatment rooms/ }), '5');
		await s.page.getByRole('checkbox', { name: 'Compare Texas, 4 rooms' }).check();
		const table = s.page.locator('table', {
			has: s.page.locator('caption', { hasText: 'Current inputs compared with Texas, 4 rooms' })
		});
		await expect
			.poll(() => table.locator('thead th').allTextContents())
			.toEqual(['', 'Current inputs', 'Texas, 4 rooms']);
		const rooms = table.locator('tbody tr', { hasText: 'Treatment rooms (rooms)' }).locator('td');
		expect((await rooms.allTextContents()).map((t) => t.trim())).toEqual([
			'Treatment rooms (rooms)',
			'5 rooms',
			'4 rooms'
		]);
		// Delete, then undo.
		await s.page.getByRole('button', { name: 'Delete Texas, 4 rooms' }).click();
		await expect.poll(() => list.count()).toBe(0);
		await s.page.getByRole('button', { name: 'Undo' }).click();
		await expect.poll(() => list.locator('li').count()).toBe(1);
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('downloads the ranking as CSV with all 51 states', async () => {
		const section = s.page.locator('section', { has: s.page.locator('#rank-title') });
		const csv = await downloadCsv(s.page, () =>
			section.getByRole('button', { name: 'Download CSV' }).last().click()
		);
		expect(csv.records).toHaveLength(51);
		expect(csv.records[0]!.state).toBe(cheapest.state_name);
		expect(csv.records[0]!['labour cost (usd/yr)']).toBe(cheapest.a_median);
		const dc = csv.records.find((r) => r.state === 'District of Columbia')!;
		expect(dc['related establishments (per 100,000 residents)']).toBe('');
	});

	itMadeNoForeignRequestsOrErrors(s);
});

describe('clinic planner with a marketing plan from the checklist', () => {
	const s = suiteSession({ at: '/clinic' });

	it('offers the saved plan’s monthly budget as the marketing cost', async () => {
		await expect
			.poll(() => s.page.getByText('No marketing plan saved in this browser yet').count())
			.toBe(1);
		// Two channels, $300 + $150 = $450 a month, saved as /checklist saves it.
		const channel = (id: string, budget: number) => ({
			id,
			kind: 'custom',
			name: id,
			monthlyBudgetUsd: budget,
			leadsPerMonth: 10,
			conversionPct: 20,
			visitsPerClientPerYear: 6,
			monthlyRetentionPct: 80,
			pricePerVisitUsd: 90
		});
		await s.page.evaluate(
			(plan) => localStorage.setItem('mmt:marketing-plan:v1', JSON.stringify(plan)),
			{ channels: [channel('custom-1', 300), channel('custom-2', 150)] }
		);
		await reload(s.page);
		await s.page.getByRole('button', { name: 'Use my marketing plan ($450/month)' }).click();
		await expect
			.poll(() => s.page.getByRole('textbox', { name: /^Marketing/ }).inputValue())
			.toBe('450');
		expect(await s.page.getByText('Marketing is your plan from the').textContent()).toContain(
			'$450/month over 2 channels'
		);
		expect(s.page.url()).toContain('marketingMonthlyUsd=450');
	});

	itMadeNoForeignRequestsOrErrors(s);
});
