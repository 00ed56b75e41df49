import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IncomeInputs } from '../../src/lib/finance';
import {
	downloadCsv,
	itMadeNoForeignRequestsOrErrors,
	metric,
	reload,
	seriousA11yViolations,
	suiteSession,
	typeIntoLabelled,
	visit
} from './browser';
import { records } from './data-files';
import { INCOME_DEFAULTS } from './income-defaults';

// ── The defaults the page must start from, rebuilt from the committed files ──
const states2025 = records('data/bls-oews-state-2025/oews-state-2025-31-9011.csv');
const DEFAULTS: IncomeInputs = INCOME_DEFAULTS;

// ── The headline figures, worked by hand ──
// With no state chosen no payer takes a session, so everything is cash in the month of service.
// A month has 48 weeks ÷ 12 = 4 worked weeks. A relaxation hour earns $63 + 15 % tips = $72.45,
// a medical hour the $100 cash price (the low end of the published $100–150). The medical
// caseload ramps up over 6 months (m/6 of it in month m); once 15 relaxation hours + the medical
// hours pass the 19.4-hour weekly cap, relaxation hours give way. The medical work costs $25 CE
// + $10 liability + $100 marketing + $50 billing software = $185 a month, and once: the program
// + $500 equipment + $300 credentialing + $500 launch marketing.
// Month m's extra cash = 4 × ($100 × medical sessions − $72.45 × relaxation sessions given up) − $185.

/** NPV by the textbook sum: −one-time + Σ gain_m / (1 + r)^m, r = 1.08^(1/12) − 1 a month. */
function textbookNpv(oneTime: number, gains: readonly number[], annual = 0.08): number {
	const r = (1 + annual) ** (1 / 12) - 1;
	return gains.reduce((sum, g, i) => sum + g / (1 + r) ** (i + 1), -oneTime);
}
/** Months 1–36 from the first months written out, then the settled month repeated. */
const thirtySix = (first: number[]) => [...first, ...Array(36 - first.length).fill(first.at(-1))];

/** 4 medical sessions a week (15 + 4 = 19 hours, under the cap): 1,600 × m/6 − 185. */
const GAINS_4 = thirtySix([81.666_666_7, 348.333_333_3, 615, 881.666_666_7, 1148.333_333_3, 1415]);
/** 6 a week: the cap binds from month 5 (5 medical + 14.4 relaxation hours; then 6 + 13.4). */
const GAINS_6 = thirtySix([
	215,
	615,
	1015,
	1415,
	4 * (500 - 72.45 * 0.6) - 185,
	4 * (600 - 72.45 * 1.6) - 185
]);
/** 5 a week: the cap binds in month 6 (5 medical + 14.4 relaxation hours). */
const GAINS_5 = thirtySix([
	148.333_333_3, 481.666_666_7, 815, 1148.333_333_3, 1481.666_666_7, 1641.12
]);
/** 9 a week: the cap binds from month 3 (4.5 + 14.9 hours), then 6 + 13.4, 7.5 + 11.9, 9 + 10.4. */
const GAINS_9 = thirtySix([415, 1015, 1586.02, 1751.32, 1916.62, 2081.92]);

const HAND = {
	// cumulative −4,300 → −1,225 after month 5; month 6 brings 1,415: 5 + 1,225/1,415 = 5.87
	// months. Settled: 1,415 × 12 = 16,980 a year. NPV $37,100.60. NPV at 100 %/yr still > 0.
	defaults: {
		'payback-months': '5.9 months',
		npv: '$37,101',
		'irr-annual': 'over 100.0%',
		'steady-state-annual-increment': '$16,980'
	},
	// 6 a week, $5,150 program (one-time 6,450): −1,548.88 after month 5, month 6 brings
	// 1,751.32: 5.88 months. Settled 1,751.32 × 12 = 21,015.84. NPV $45,862.98.
	six: {
		'payback-months': '5.9 months',
		npv: '$45,863',
		'irr-annual': 'over 100.0%',
		'steady-state-annual-increment': '$21,016'
	},
	// 9 a week, $5,150 program: −1,682.66 after month 4, month 5 brings 1,916.62: 4.88 months.
	// Settled 2,081.92 × 12 = 24,983.04. NPV $56,583.31.
	nine: {
		'payback-months': '4.9 months',
		npv: '$56,583',
		'irr-annual': 'over 100.0%',
		'steady-state-annual-increment': '$24,983'
	},
	// the defaults with a $4,875 program (one-time 6,175): −270 after month 7, month 8 brings
	// 1,415: 7.19 months. NPV 37,100.60 − 1,875 = $35,225.60.
	cost4875: {
		'payback-months': '7.2 months',
		npv: '$35,226',
		'irr-annual': 'over 100.0%',
		'steady-state-annual-increment': '$16,980'
	}
};

describe('the hand-worked headline figures', () => {
	it('agree with the textbook NPV of the monthly gains written out above', () => {
		expect(Math.round(textbookNpv(4300, GAINS_4))).toBe(37_101);
		expect(Math.round(textbookNpv(6450, GAINS_6))).toBe(45_863);
		expect(Math.round(textbookNpv(6450, GAINS_9))).toBe(56_583);
		expect(Math.round(textbookNpv(6175, GAINS_4))).toBe(35_226);
		expect(Math.round(textbookNpv(6450, GAINS_5))).toBe(42_064);
		// an IRR over 100 %/yr: discounting at 100 % a year still leaves the NPV above zero
		for (const [cost, gains] of [
			[4300, GAINS_4],
			[6450, GAINS_6],
			[6450, GAINS_9],
			[6175, GAINS_4]
		] as const)
			expect(textbookNpv(cost, gains, 1)).toBeGreaterThan(0);
	});
});

async function shown(page: Page) {
	const text = (m: string) => metric(page, m).textContent();
	return {
		'payback-months': await text('payback-months'),
		npv: await text('npv'),
		'irr-annual': await text('irr-annual'),
		'steady-state-annual-increment': await text('steady-state-annual-increment')
	};
}

/** Open a payer line's folded fields (rate, denials, days to payment) as a person would. */
async function openPayerDetails(page: Page, legend: string) {
	const summary = page.locator('summary', { hasText: `${legend}: Rate, denials` });
	if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
}

const SESSIONS = 'Medical sessions once established (sessions/week)';
const PROGRAM = 'Training program, total cost of attendance (USD)';
const PRICE = 'Relaxation price (USD/session)';
const SHARE = 'Private health plans: Medical sessions this payer pays for (% of medical sessions)';

describe('income projection', () => {
	const s = suiteSession({ at: '/income' });

	it('starts from the data defaults and shows their headline results', async () => {
		// Washington insurers' low allowable $57 an hour ÷ 4 units = $14.25 per unit
		expect(DEFAULTS.privateAllowedUsd).toBe(14.25);
		expect(DEFAULTS.reworkCostUsdPerClaim).toBe(25);
		expect(DEFAULTS.privateDaysToPayment).toBe(42);
		await expect.poll(() => shown(s.page)).toEqual(HAND.defaults);
		await openPayerDetails(s.page, 'Private health plans');
		expect(await s.page.locator('#f-privateAllowedUsd').inputValue()).toBe('14.25');
		expect(await s.page.locator('#f-privateDenialRate').inputValue()).toBe('11.8');
		// with no state chosen, no payer takes any session: 100 % self-pay
		expect(await s.page.locator('#f-privateShare').inputValue()).toBe('0');
		expect(await metric(s.page, 'self-pay-share').textContent()).toContain('100.0%');
		const medicare = metric(s.page, 'medicare-reference');
		expect(await medicare.textContent()).toContain('Medicare: not payable to massage therapists');
		// 0.89 RVU (2026) × the 2026 conversion factor $33.4009 = $29.726801 → $29.73
		expect(await medicare.textContent()).toContain('$29.73 per 15-minute unit');
		expect(await medicare.textContent()).toContain('Original Medicare does not reimburse');
	});

	it('runs 5,000 Monte Carlo paths off the main thread and draws the band', async () => {
		const sim = s.page.locator('.sim');
		await expect
			.poll(() => sim.textContent(), { timeout: 20_000 })
			.toMatch(/5,000 paths in [\d,]+ ms \(worker\)/);
		console.log(`Monte Carlo in the browser: ${(await sim.textContent())?.trim().split('.')[0]}`);
		const probability = await metric(s.page, 'payback-probability').textContent();
		expect(probability).toMatch(/^\d{1,3}\.\d%$/);
		const figure = s.page.locator('figure', { has: s.page.locator('#cash-body') });
		await figure.getByRole('button', { name: 'Show table' }).click();
		const rows = s.page.locator('#cash-body tbody tr');
		await expect.poll(() => rows.count()).toBe(37);
		expect(await rows.nth(36).locator('td').nth(2).textContent()).toMatch(/^-?\$[\d,]+$/);
		await figure.getByRole('button', { name: 'Show chart' }).click();
	});

	it('is accessible in its initial state', async () => {
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('updates the headline to the exact values of the new inputs when a person types', async () => {
		await typeIntoLabelled(s.page, SESSIONS, '6');
		await typeIntoLabelled(s.page, PROGRAM, '5150');
		await expect.poll(() => shown(s.page)).toEqual(HAND.six);
		// 15 relaxation hours + 6 medical hours = 21 > the 19.4-hour cap: it binds once ramped up
		await expect
			.poll(() => s.page.getByText(/cap binds from month \d+/).count())
			.toBeGreaterThan(0);
		await expect.poll(() => s.page.url()).toContain('medicalSessionsPerWeek=6');
		expect(s.page.url()).toContain('programCostUsd=5150');
	});

	it('is accessible after a change', async () => {
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('reproduces the same results from the copied link in a new page', async () => {
		const link = s.page.url();
		const before = await shown(s.page);
		const other = await s.context.newPage();
		await visit(other, link);
		await expect.poll(() => shown(other)).toEqual(before);
		expect(await other.getByLabel(SESSIONS, { exact: true }).inputValue()).toBe('6');
		await other.close();
	});

	it('shows a specific error at the field and keeps the last valid result', async () => {
		const before = await shown(s.page);
		await typeIntoLabelled(s.page, PRICE, 'abc');
		const field = s.page.getByLabel(PRICE, { exact: true });
		await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
		const error = s.page.locator('#f-relaxationPriceUsd-error');
		expect(await error.textContent()).toContain('“abc” is not a number: use digits, e.g. 12.5.');
		expect(await field.getAttribute('aria-describedby')).toContain('f-relaxationPriceUsd-error');
		await typeIntoLabelled(s.page, SHARE, '120');
		await expect
			.poll(() => s.page.locator('#f-privateShare-error').textContent())
			.toContain('Must be from 0% to 100%.');
		// (that nothing moves later, once the debounce has passed, is shown on a fake clock below)
		expect(await shown(s.page)).toEqual(before);
		expect(await s.page.getByText('2 fields need attention.').count()).toBe(1);
		expect(await s.page.locator('body').textContent()).not.toContain('NaN');
		await typeIntoLabelled(s.page, PRICE, '63');
		await typeIntoLabelled(s.page, SHARE, '0');
		await expect.poll(() => field.getAttribute('aria-invalid')).toBe(null);
	});

	it('flags a range that no longer holds the likely value, and still updates the projection', async () => {
		await typeIntoLabelled(s.page, SESSIONS, '9');
		const high = s.page.getByLabel('High: medical sessions once established (sessions/week)', {
			exact: true
		});
		await expect.poll(() => high.getAttribute('aria-invalid')).toBe('true');
		expect(await s.page.locator('#r-medicalSessionsPerWeek-high-error').textContent()).toContain(
			'High must not be below the likely value, 9 sessions/week (set above).'
		);
		await expect.poll(() => shown(s.page)).toEqual(HAND.nine);
		expect(await metric(s.page, 'payback-probability').textContent()).toContain(
			'waiting for valid ranges'
		);
		expect(await seriousA11yViolations(s.page)).toEqual([]);
		await typeIntoLabelled(s.page, SESSIONS, '6');
		await expect.poll(() => high.getAttribute('aria-invalid')).toBe(null);
		await expect
			.poll(() => metric(s.page, 'payback-probability').textContent(), {
				timeout: 20_000
			})
			.toMatch(/\d%/);
	});

	it('downloads a monthly CSV whose cumulative cash gives the payback shown', async () => {
		const section = s.page.locator('section', {
			has: s.page.getByRole('heading', { name: 'Month by month' })
		});
		const { records } = await downloadCsv(s.page, () =>
			section.getByRole('button', { name: 'Download CSV' }).click()
		);
		expect(records).toHaveLength(37); // month 0 + 36 months
		const cumulative = records.map((r) => Number(r['cumulative extra cash (usd)']));
		// 6 a week with the $5,150 program (worked above): −6,450 at the start, −1,548.88 after
		// month 5 and +202.44 after month 6, so the cash turns positive 1,548.88/1,751.32 of the
		// way through month 6.
		expect(cumulative[0]).toBe(-6450);
		expect(cumulative[5]).toBeCloseTo(-1548.88, 6);
		expect(cumulative[6]).toBeCloseTo(202.44, 6);
		expect(5 + 1548.88 / 1751.32).toBeCloseTo(5.884, 3);
		expect(await metric(s.page, 'payback-months').textContent()).toBe(HAND.six['payback-months']);
	});

	it('keeps a saved scenario across a reload, asks before replacing it, and undoes a delete', async () => {
		await s.page.getByLabel('Scenario name').fill('Clinic plan');
		await s.page.getByRole('button', { name: 'Save current inputs' }).click();
		const list = s.page.locator('.scenarios .list');
		await expect.poll(() => list.textContent()).toContain('Clinic plan');
		await reload(s.page);
		await expect.poll(() => list.textContent()).toContain('Clinic plan');
		expect(await seriousA11yViolations(s.page)).toEqual([]);

		await s.page.getByLabel('Scenario name').fill('clinic plan');
		await s.page.getByRole('button', { name: 'Save current inputs' }).click();
		await expect
			.poll(() => s.page.getByText('A scenario called “Clinic plan” already exists.').count())
			.toBe(1);
		await s.page.getByRole('button', { name: 'Keep both: choose another name' }).click();

		await s.page.getByRole('button', { name: 'Delete Clinic plan' }).click();
		await expect.poll(() => list.count()).toBe(0);
		await s.page.getByRole('button', { name: 'Undo' }).click();
		await expect.poll(() => list.textContent()).toContain('Clinic plan');
	});

	it('renames a scenario and compares it with the current inputs, listing what differs', async () => {
		await s.page.getByRole('button', { name: 'Rename Clinic plan' }).click();
		await s.page.getByLabel('New name for “Clinic plan”').fill('Six a week');
		await s.page.getByRole('button', { name: 'Save name' }).click();
		const list = s.page.locator('.scenarios .list');
		await expect.poll(() => list.textContent()).toContain('Six a week');
		await typeIntoLabelled(s.page, SESSIONS, '5');
		await s.page.getByRole('checkbox', { name: 'Compare Six a week' }).check();
		const table = s.page.locator('table', {
			has: s.page.locator('caption', { hasText: 'compared with' })
		});
		const cells = (row: string) =>
			table
				.locator('tbody tr', { hasText: row })
				.locator('td')
				.evaluateAll((tds) => tds.map((td) => td.textContent?.trim()));
		await expect
			.poll(() => cells('Medical sessions once established'))
			.toEqual([
				'Medical sessions once established (sessions/week)',
				'5 sessions/week',
				'6 sessions/week'
			]);
		const npvRow = (await cells('Net present value')).slice(1);
		// 5 a week now against the saved 6 a week, both with the $5,150 program
		expect(npvRow).toEqual(['$42,064', HAND.six.npv]);
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	itMadeNoForeignRequestsOrErrors(s);
});

describe('links from other pages', () => {
	const s = suiteSession();

	it('preselects the state from ?state=TX and compares at hourly × 2,080', async () => {
		await visit(s.page, '/income?state=TX');
		expect(await s.page.getByLabel('State where you practise').inputValue()).toBe('TX');
		const tx = states2025.find((r) => r.state_abbr === 'TX')!;
		// Texas has no payer open in the data, so the defaults stand: a settled month nets
		// 60 × $63 + 15 % tips + 16 × $100 − $685 = $5,262 over 76 hands-on + 22.4 unpaid hours
		// (5.6 a week × 4) = $53.4756…/hr; × 2,080 = $111,229, above Texas's 90th percentile
		const hourly = 5262 / (76 + 22.4);
		expect(hourly * 2080).toBeGreaterThan(Number(tx.a_pct90));
		expect(Number(tx.a_pct90)).toBe(109_970);
		await expect
			.poll(() => metric(s.page, 'state-percentile').textContent())
			.toBe('above the 90th percentile');
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('takes the program cost from /programs (?programCostUsd=…) and marks it as from the link', async () => {
		await visit(s.page, '/income?programCostUsd=4875');
		expect(await s.page.getByLabel(PROGRAM, { exact: true }).inputValue()).toBe('4875');
		await expect.poll(() => shown(s.page)).toEqual(HAND.cost4875);
		const hint = s.page.locator('#f-programCostUsd-hint');
		expect(await hint.textContent()).toContain('set by the link that opened this page');
	});

	it('says which link values it could not use', async () => {
		await visit(s.page, '/income?privateDenialRate=lots');
		await expect
			.poll(() => s.page.getByRole('alert').textContent())
			.toContain('privateDenialRate: lots is not a number');
		await expect.poll(() => shown(s.page)).toEqual(HAND.defaults);
	});

	it('prints a two-page report without navigation: results, then the inputs used', async () => {
		await visit(s.page, '/income?state=TX&programCostUsd=5150');
		await s.page.emulateMedia({ media: 'print' });
		expect(await s.page.locator('header nav').isVisible()).toBe(false);
		expect(await s.page.locator('.inputs-col').isVisible()).toBe(false);
		expect(await s.page.getByRole('region', { name: 'Inputs used' }).isVisible()).toBe(true);
		expect(await metric(s.page, 'npv').isVisible()).toBe(true);
		expect(await s.page.getByRole('heading', { name: 'Sources', exact: true }).isVisible()).toBe(
			true
		);
		const pdf = await s.page.pdf({
			format: 'Letter',
			printBackground: true,
			margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' }
		});
		// the results, take-home and charts fill the first page; the inputs table (kept whole)
		// and the sources the second
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages).toHaveLength(2);
		await s.page.emulateMedia({ media: 'screen' });
	});

	itMadeNoForeignRequestsOrErrors(s);
});

describe('payer paths by state and take-home pay', () => {
	const s = suiteSession();

	it('shows PIP as closed in Florida (the 2013 law) and starts its share at 0%', async () => {
		await visit(s.page, '/income?state=FL');
		const pip = s.page.locator('[data-path="auto-no-fault"]');
		await expect.poll(() => pip.getAttribute('data-status')).toBe('closed');
		expect(await pip.textContent()).toContain('since 2013-01-01');
		expect(await pip.textContent()).toContain('HB 119');
		expect(await s.page.locator('#f-pipShare').inputValue()).toBe('0');
		expect(await s.page.locator('#f-pipShare-hint').textContent()).toContain('closed in Florida');
		// Original Medicare does not pay massage therapists anywhere: a reference rate only
		expect(await metric(s.page, 'medicare-reference').textContent()).toContain(
			'not payable to massage therapists'
		);
	});

	it('shows the take-home pay of the default Florida scenario, worked by hand', async () => {
		// Florida: no payer path is open in the data, so every medical session is self-pay.
		// A settled month: 15 relaxation sessions a week × 4 weeks (48 ÷ 12) = 60 × $63 = $3,780,
		// tips 15 % = $567; 4 medical sessions × 4 = 16 × $100 = $1,600; costs $500 + $25 CE +
		// $10 liability + $100 marketing + $50 software = $685 → $5,262 a month, $63,144 a year.
		const profit = (60 * 63 + 60 * 63 * 0.15 + 16 * 100 - 685) * 12;
		expect(profit).toBeCloseTo(63_144, 9);
		// 2026, single: SE tax 63,144 × 0.9235 × 0.153 = 8,921.963052 (below the $184,500 base)
		const se = 63_144 * 0.9235 * 0.153;
		// AGI 63,144 − half the SE tax = 58,683.018474; − the $16,100 standard deduction
		const agi = profit - se / 2;
		const beforeQbi = agi - 16_100;
		// QBI deduction: 20 % × min(58,683.018474, 42,583.018474) = 8,516.6036948
		const taxable = beforeQbi - 0.2 * Math.min(agi, beforeQbi);
		// 10 % × 12,400 + 12 % × (34,066.4147792 − 12,400) = 3,839.96977
		const income = 0.1 * 12_400 + 0.12 * (taxable - 12_400);
		const takeHome = profit - se - income;
		expect(takeHome).toBeCloseTo(50_382.067178, 5);
		await expect.poll(() => metric(s.page, 'take-home').textContent()).toBe('$50,382');
		const figure = s.page.locator('.take-home');
		expect(await figure.textContent()).toContain('less $8,922 self-employment tax');
		expect(await figure.textContent()).toContain('$3,840 federal income tax (2026, single)');
	});

	it('flags a tax input out of range at its field and changes nothing else', async () => {
		const before = await metric(s.page, 'take-home').textContent();
		const headline = await shown(s.page);
		await typeIntoLabelled(s.page, 'State and local income tax (% of your practice income)', '120');
		await expect
			.poll(() => s.page.locator('#f-stateIncomeTaxRate-error').textContent())
			.toContain('Must be from 0% to 100%.');
		await typeIntoLabelled(s.page, 'Other taxable income of your household (USD/year)', '-5000');
		await expect
			.poll(() => s.page.locator('#f-otherTaxableIncomeUsd-error').textContent())
			.toContain('Must be from $0 to $100,000,000.');
		expect(await metric(s.page, 'take-home').textContent()).toBe(before);
		expect(await shown(s.page)).toEqual(headline);
		// a real rate: 5 % of the practice income after half the SE tax, 0.05 × 58,683.018474
		await typeIntoLabelled(s.page, 'State and local income tax (% of your practice income)', '5');
		await typeIntoLabelled(s.page, 'Other taxable income of your household (USD/year)', '0');
		await expect.poll(() => metric(s.page, 'take-home').textContent()).toBe('$47,448'); // 50,382.067178 − 2,934.1509237 = 47,447.916…
	});

	it('defaults workers’ comp to a state’s published fee schedule, with its source', async () => {
		await visit(s.page, '/income?state=AZ');
		// data/payer-paths: Arizona's ICA fee schedule prints 97124 at $61.88 per unit (2024)
		await openPayerDetails(s.page, 'Workers’ compensation');
		await expect.poll(() => s.page.locator('#f-wcAllowedUsd').inputValue()).toBe('61.88');
		const hint = await s.page.locator('#f-wcAllowedUsd-hint').textContent();
		expect(hint).toContain('Arizona');
		expect(hint).toContain('published fee schedule for CPT 97124');
		expect(hint).toContain('data · secondary-aggregator');
	});

	it('maps a link from before the payer lines onto the private-plan line and says so once', async () => {
		await visit(
			s.page,
			'/income?insuranceShare=0.5&allowedPerUnitUsd=29.76&denialRate=0.118&daysToPayment=42'
		);
		const notice = s.page.getByText('This link was made before the payer lines');
		await expect.poll(() => notice.count()).toBe(1);
		expect(await notice.textContent()).toContain(
			'50.0% of medical sessions billed to insurance at $29.76 per unit'
		);
		expect(await s.page.locator('#f-privateShare').inputValue()).toBe('50');
		await openPayerDetails(s.page, 'Private health plans');
		expect(await s.page.locator('#f-privateAllowedUsd').inputValue()).toBe('29.76');
		expect(await s.page.locator('#f-privatePerVisit').inputValue()).toBe('0');
	});

	it('is accessible with the payer lines and take-home shown', async () => {
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	itMadeNoForeignRequestsOrErrors(s);
});

describe('while a field is wrong', () => {
	const s = suiteSession({
		// The page's timers run on Playwright's clock, so the test can move time past the
		// debounce instead of sleeping.
		beforeVisit: (s) => s.context.clock.install(),
		at: '/income'
	});

	it('keeps the last valid results however long one waits, and moves on once fixed', async () => {
		await expect.poll(() => shown(s.page)).toEqual(HAND.defaults);
		await s.page.clock.pauseAt(Date.now() + 60_000);
		await typeIntoLabelled(s.page, PRICE, 'abc');
		await typeIntoLabelled(s.page, PROGRAM, '4875');
		await s.page.clock.runFor(5_000); // far past the 150 ms commit delay
		expect(await s.page.getByText('1 field needs attention.').count()).toBe(1);
		expect(await shown(s.page)).toEqual(HAND.defaults);
		// Fixed: the same wait now brings the new program cost into the results.
		await typeIntoLabelled(s.page, PRICE, '63');
		await s.page.clock.runFor(5_000);
		await expect.poll(() => shown(s.page)).toEqual(HAND.cost4875);
	});

	itMadeNoForeignRequestsOrErrors(s);
});
