import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecords } from '../../src/lib/data/csv';
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
import { records } from './data-files';

// Figures the page must show, read from the committed files (not from the app).
const programs = records('data/certification-programs/certification-programs.csv');
const entry = records('data/entry-level-programs/entry-level-programs.csv');
const licensing = records('data/state-licensing/state-licensing-facts.csv');
const national = records('data/bls-oews-national/oews-national-31-9011.csv').find(
	(r) => r.reference_year === '2025'
)!;
const money = (v: string | number) => `$${Number(v).toLocaleString('en-US')}`;

describe('programs page', () => {
	const s = suiteSession({ at: '/programs', waitFor: 'path[data-fips="48"]' });
	const row = (id: string) => s.page.locator(`tr[data-program="${id}"]`);

	it('lists every bundled program, unknown figures as "not published"', async () => {
		expect(await s.page.locator('tr[data-program]').count()).toBe(programs.length);
		expect(await row('klose_clt').locator('[data-col="cost"]').textContent()).toContain(
			'not published'
		);
		const norton = programs.find((p) => p.program_id === 'norton_clt')!;
		const cost = row('norton_clt').locator('[data-col="cost"]');
		expect(await cost.textContent()).toContain(money(norton.cost_usd!));
		expect(await cost.locator('[data-badge="group"]').textContent()).toContain('group rate');
	});

	it('flags the CMMP hours that do not add up (16 + 8 + 72 = 96, not 104)', async () => {
		const flag = row('somi_cmmp').locator('[data-flag="breakdown"]');
		expect(await flag.isVisible()).toBe(true);
		expect(await flag.textContent()).toContain('16 + 8 + 72 = 96 h, not 104 h');
		expect(await s.page.locator('[data-flag="breakdown"]').count()).toBe(1);
	});

	it('is accessible as first drawn', async () => {
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('filters by cost, then compares two programs side by side', async () => {
		await s.page.getByLabel('Maximum cost (USD)').fill('1000');
		// Published costs of $1,000 or less, counted from the data file.
		const cheap = programs.filter((p) => p.cost_usd !== '' && Number(p.cost_usd) <= 1000);
		await expect.poll(() => s.page.locator('tr[data-program]').count()).toBe(cheap.length);
		const unknown = programs.filter((p) => p.cost_usd === '').length;
		expect(await s.page.getByRole('status').first().textContent()).toContain(
			`${unknown} with no published cost are hidden`
		);

		const walton = programs.find((p) => p.program_id === 'walton_onc_4day')!;
		const mfnr = programs.find((p) => p.program_id === 'threed_mfnr')!;
		await s.page.getByLabel(`Compare ${walton.credential}`).check();
		await s.page.getByLabel(`Compare ${mfnr.credential}`).check();
		const table = s.page.locator('table.compare');
		await expect
			.poll(() => table.locator('thead th').allTextContents())
			.toEqual([
				'Figure',
				expect.stringContaining(walton.credential!),
				expect.stringContaining(mfnr.credential!)
			]);
		const costRow = table.locator('tr', { has: s.page.locator('th', { hasText: /^Cost$/ }) });
		expect(await costRow.locator('td').allTextContents()).toEqual([
			money(walton.cost_usd!),
			money(mfnr.cost_usd!)
		]);
		// Walton: $797 + 4 days × $150 + 32 h × national median $28.10 = 797 + 600 + 899.20 = $2,296
		expect(national.h_median).toBe('28.1');
		const total = table.locator('tr', { hasText: 'Total cost of attendance' }).locator('td');
		expect(await total.first().textContent()).toContain('$2,296');
		expect(s.page.url()).toContain('compare=walton_onc_4day,threed_mfnr');
		expect(await seriousA11yViolations(s.page)).toEqual([]);

		await s.page.getByRole('button', { name: `Remove ${mfnr.credential} from comparison` }).click();
		await expect.poll(() => table.locator('thead th').count()).toBe(2);
		await s.page.getByLabel('Maximum cost (USD)').fill('');
		await expect.poll(() => s.page.locator('tr[data-program]').count()).toBe(programs.length);
	});

	it('works out cost of attendance, a loan and payback for the chosen program', async () => {
		await s.page.getByLabel('Program', { exact: true }).selectOption('walton_onc_4day');
		const total = s.page.locator('[data-result="total"]');
		await expect.poll(() => total.textContent()).toBe('$2,296');
		// 3 sessions × $20 × 48 weeks ÷ 12 = $240 a month, built up over 6 months (the income
		// page's ramp-up): 40 + 80 + 120 + 160 + 200 + 240 = 840 by month 6, then $240 a month:
		// 6 + (2296.20 − 840) ÷ 240 = 12.0675 months
		expect(await metric(s.page, 'payback').textContent()).toBe('12.1 months');
		// with no ramp-up the whole $240 comes from month 1: 2296.20 ÷ 240 = 9.5675
		await s.page.getByLabel('Months to build the full medical caseload (months)').fill('0');
		await expect.poll(() => metric(s.page, 'payback').textContent()).toBe('9.6 months');
		await s.page.getByLabel('Months to build the full medical caseload (months)').fill('6');
		await expect.poll(() => metric(s.page, 'payback').textContent()).toBe('12.1 months');
		await s.page.getByLabel('Amount borrowed (USD)').fill('1000');
		await s.page.getByLabel('Interest rate (APR) (%)').fill('12');
		await s.page.getByLabel('Loan term (months)').fill('12');
		// 1000 × 0.01 ÷ (1 − 1.01^−12) = $88.85 a month
		await expect
			.poll(() => s.page.locator('[data-result="loan-payment"]').textContent())
			.toBe('$88.85');
		await s.page.getByLabel('Amount borrowed (USD)').fill('9000');
		expect(await s.page.locator('#loan-amount-error').textContent()).toContain(
			"can't be more than the total cost"
		);
		expect(await s.page.getByLabel('Amount borrowed (USD)').inputValue()).toBe('9000');
		await s.page.getByLabel('Amount borrowed (USD)').fill('');
		const link = s.page.getByRole('link', { name: /in the income projection/ });
		expect(await link.getAttribute('href')).toBe('/income?programCostUsd=2296.2');
	});

	it('shows the licence path and which states 600 hours reach', async () => {
		await s.page.getByLabel('Your state').selectOption('NJ');
		await expect
			.poll(() => s.page.locator('#path-title').textContent())
			.toBe('Licence path in New Jersey');
		const proposed = s.page.locator('[data-fee-kind="proposed"]');
		expect(await proposed.count()).toBe(2); // initial and renewal fees: PROPOSED in the note
		expect(await s.page.getByText('proposed, not confirmed as adopted').count()).toBe(2);
		await s.page.getByLabel('Training hours you have or plan (hours)').fill('600');
		await expect
			.poll(() => s.page.locator('[data-list="above"] [data-state="WV"]').textContent())
			.toContain('625 h');
		expect(await s.page.locator('[data-list="meets"] [data-state="TX"]').count()).toBe(1);
		expect(await s.page.locator('[data-list="unknown"] [data-state="KS"]').textContent()).toContain(
			'no statewide licence'
		);
		expect(await s.page.locator('path[data-fips="48"]').getAttribute('fill')).toBe('#3182bd');
		expect(await s.page.locator('path[data-fips="20"]').getAttribute('fill')).toBe('url(#hatch)');
		await s.page.locator('path[data-fips="48"]').click();
		await expect
			.poll(() => s.page.locator('#path-title').textContent())
			.toBe('Licence path in Texas');
		expect(s.page.url()).toContain('state=TX');
		expect(s.page.url()).toContain('hours=600');
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('shows related careers with wages from the OEWS file and entry education', async () => {
		const table = s.page.locator('table', {
			has: s.page.locator('caption', { hasText: 'Employment, annual wages and entry education' })
		});
		const mt = table.locator('tr', { hasText: 'Massage Therapists' });
		expect(await mt.textContent()).toContain(money(national.a_median!));
		expect(await mt.textContent()).toContain('Postsecondary nondegree award');
		const chiro = table.locator('tr', { hasText: 'Chiropractors' });
		expect(await chiro.textContent()).toContain('not in the bundled data');
		expect(await table.locator('tbody tr').count()).toBe(6);
	});

	it('adds any other occupation from the OEWS file', async () => {
		const table = s.page.locator('table', {
			has: s.page.locator('caption', { hasText: 'Employment, annual wages and entry education' })
		});
		const picker = s.page.getByLabel('Add an occupation');
		await picker.focus(); // the list of 830 occupations is drawn when the control is reached
		await picker.selectOption('29-1141');
		await s.page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect.poll(() => table.locator('tbody tr').count()).toBe(7);
		const rn = records('data/bls-oews-national-all/national_M2025_dl.csv').find(
			(r) => r.occ_code === '29-1141'
		)!;
		expect(await table.locator('tr', { hasText: 'Registered Nurses' }).textContent()).toContain(
			`$${rn.a_median}`
		);
	});

	it('says how many programs have a cost and hours, and lists those missing one last', async () => {
		const has = (v: string | undefined) => v !== undefined && v !== '';
		const n = programs.length;
		const cost = programs.filter((p) => has(p.cost_usd)).length;
		const hours = programs.filter((p) => has(p.total_hours)).length;
		const both = programs.filter((p) => has(p.cost_usd) && has(p.total_hours)).length;
		const line = s.page.locator('[data-completeness="programs"]');
		expect(await line.textContent()).toContain(
			`Cost known for ${cost} of ${n} programs, hours for ${hours} of ${n}, both for ${both} of ${n}.`
		);
		expect(await line.textContent()).toContain('Sorted with programs missing hours or cost last.');
		// The file's order, with programs missing one figure after those with both, then none.
		const missing = (p: (typeof programs)[number]) =>
			Number(!has(p.cost_usd)) + Number(!has(p.total_hours));
		const expected = [0, 1, 2].flatMap((m) =>
			programs.filter((p) => missing(p) === m).map((p) => p.program_id)
		);
		const shown = () =>
			s.page
				.locator('tr[data-program]')
				.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-program')));
		expect(await shown()).toEqual(expected);

		await s.page.getByRole('button', { name: /^Cost per hour/ }).click();
		await expect
			.poll(() => line.locator('[data-order-note]').textContent())
			.toBe('Sorted by Cost per hour (USD/hr); programs without it are listed last.');
		const order = await shown();
		expect(new Set(order.slice(0, both))).toEqual(
			new Set(programs.filter((p) => missing(p) === 0).map((p) => p.program_id))
		);
	});

	it('marks a school whose hours fall short of its own state’s minimum', async () => {
		const line = s.page.locator('[data-completeness="entry"]');
		await line.waitFor();
		const has = (v: string | undefined) => v !== undefined && v !== '';
		const n = entry.length;
		const hours = entry.filter((r) => has(r.clock_hours)).length;
		const tuition = entry.filter((r) => has(r.tuition_fees_usd)).length;
		const both = entry.filter((r) => has(r.clock_hours) && has(r.tuition_fees_usd)).length;
		expect(await line.textContent()).toContain(
			`Clock hours known for ${hours} of ${n} programs, tuition for ${tuition} of ${n}, both for ${both} of ${n}.`
		);
		expect(await line.textContent()).toContain(
			'Sorted with schools missing clock hours or tuition last.'
		);

		// CIMT's 550-hour program (2018 catalog) against Colorado's highest published minimum.
		const cimt = entry.find((r) => r.program_id === 'cimt_essential_co')!;
		const coMin = Math.max(
			...licensing
				.filter((r) => r.state_code === 'CO' && r.field === 'min_training_hours')
				.map((r) => Number(r.value))
		);
		expect([Number(cimt.clock_hours), coMin]).toEqual([550, 650]);
		const table = s.page.locator('table', {
			has: s.page.locator('caption', { hasText: 'Entry-level massage therapy programs' })
		});
		const row = table.locator('tbody tr', { hasText: cimt.credential! });
		expect(await row.textContent()).toContain("⚠ below its state's minimum: 550 h < 650 h");
		const wsa = entry.find((r) => r.program_id === 'wa_spa_academy_wa')!;
		expect(await table.locator('tbody tr', { hasText: wsa.school! }).textContent()).toContain(
			'meets it (660 h ≥ 625 h)'
		);
		expect(await table.getByText("⚠ below its state's minimum").count()).toBe(1);

		// Choosing Colorado adds a column saying the same for the chosen state.
		await s.page.getByLabel('Your state').selectOption('CO');
		await expect.poll(() => row.textContent()).toContain('no (650 h needed)');
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	itMadeNoForeignRequestsOrErrors(s);
});

describe('your figures and your programs', () => {
	const s = suiteSession({ at: '/programs' });

	it('uses a quoted price in place of "not published", keeps it after reload, and resets', async () => {
		const klose = s.page.locator('tr[data-program="klose_clt"]');
		await klose.getByRole('button', { name: /Show/ }).click();
		const form = s.page.getByRole('form', { name: /Your figures for Certified Lymphedema/ });
		await form.getByLabel('Price you were quoted (USD)').fill('27OO');
		await form.getByRole('button', { name: 'Save your figures' }).click();
		expect(await form.locator('.error').textContent()).toContain('"27OO" is not a number');
		await form.getByLabel('Price you were quoted (USD)').fill('2700');
		await form.getByRole('button', { name: 'Save your figures' }).click();
		const cost = klose.locator('[data-col="cost"]');
		await expect.poll(() => cost.textContent()).toContain('$2,700');
		expect(await cost.locator('[data-badge="yours"]').count()).toBe(1);
		// $2,700 ÷ 135 h = $20.00 an hour
		expect(await klose.locator('[data-col="cost-per-hour"]').textContent()).toBe('$20.00');
		await reload(s.page);
		await expect.poll(() => cost.textContent()).toContain('$2,700');
		await klose.getByRole('button', { name: /Show/ }).click();
		await s.page.getByRole('button', { name: 'Reset to published' }).click();
		await expect.poll(() => cost.textContent()).toContain('not published');
	});

	it('adds a program that survives a reload', async () => {
		await s.page.getByRole('button', { name: 'Add a program' }).click();
		await s.page.getByLabel('Credential or course name (required)').fill('Local MLD course');
		await s.page.getByLabel('Provider (required)').fill('Riverside Lymph School');
		await s.page.getByLabel('Specialty (required)').fill('manual lymph drainage');
		await s.page.getByLabel('Total hours (hours)').fill('forty');
		await s.page.getByLabel('Cost (USD)', { exact: true }).fill('2,400');
		await s.page.getByRole('button', { name: 'Add program' }).click();
		expect(await s.page.locator('#pf-hours-error').textContent()).toContain(
			'"forty" is not a number'
		);
		await s.page.getByLabel('Total hours (hours)').fill('40');
		await s.page.getByRole('button', { name: 'Add program' }).click();
		await expect.poll(() => s.page.locator('tr[data-custom="local_mld_course"]').count()).toBe(1);
		await reload(s.page);
		await expect.poll(() => s.page.locator('tr[data-custom="local_mld_course"]').count()).toBe(1);
		const mine = s.page.locator('tr[data-program="local_mld_course"]');
		expect(await mine.locator('[data-col="cost-per-hour"]').textContent()).toBe('$60.00'); // 2400 ÷ 40
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('exports, and imports the file back after a delete, with a preview and undo', async () => {
		const { path, text } = await download(s.page, () =>
			s.page.getByRole('button', { name: 'Export your programs (CSV)' }).click()
		);
		const exported = parseRecords(text).records;
		expect(exported).toEqual([
			expect.objectContaining({
				program_id: 'local_mld_course',
				cost_usd: '2400',
				total_hours: '40'
			})
		]);

		await s.page.getByRole('button', { name: 'Delete Local MLD course' }).click();
		await expect.poll(() => s.page.locator('tr[data-custom]').count()).toBe(0);

		await s.page
			.getByLabel('Import programs from a CSV file')
			.setInputFiles('tests/fixtures/programs-bad-number.csv');
		const alert = s.page.locator('.issues');
		await expect
			.poll(() => alert.textContent())
			.toContain('row 2, column "cost_usd": found "four hundred"');

		await s.page.getByLabel('Import programs from a CSV file').setInputFiles(path);
		await expect
			.poll(() => s.page.locator('[data-preview="added"]').textContent())
			.toContain('1 to add: Local MLD course');
		expect(await s.page.locator('tr[data-custom]').count()).toBe(0); // nothing saved before confirming
		await s.page.getByRole('button', { name: 'Apply import' }).click();
		await expect.poll(() => s.page.locator('tr[data-custom="local_mld_course"]').count()).toBe(1);
		await s.page.getByRole('button', { name: 'Undo import' }).click();
		await expect.poll(() => s.page.locator('tr[data-custom]').count()).toBe(0);
	});

	itMadeNoForeignRequestsOrErrors(s);
});

describe('data the page fetches when it needs it', () => {
	const licensing = records('data/state-licensing/state-licensing-facts.csv');
	const occupations = records('data/bls-oews-national-all/national_M2025_dl.csv');

	it('keeps the licence facts and the 830 occupations out of the page itself', () => {
		const html = readFileSync('build/programs.html', 'utf8');
		expect(html).not.toContain('29-1141'); // Registered Nurses: only in the occupation list
		expect(html).not.toContain('legalclarity.org'); // a licensing source address
		const careers = JSON.parse(readFileSync('build/programs/careers.json', 'utf8')) as unknown[][];
		expect(careers).toHaveLength(occupations.filter((r) => r.o_group === 'detailed').length);
		expect(careers).toHaveLength(830);
		const nj = JSON.parse(readFileSync('build/programs/licensing/NJ.json', 'utf8')) as {
			facts: { field: string }[];
			national: { field: string }[];
		};
		const njRows = licensing.filter((r) => r.state_code === 'NJ' && r.field !== 'exam_fee_usd');
		expect(nj.facts.map((f) => f.field).sort()).toEqual(njRows.map((r) => r.field).sort());
		expect(nj.national.map((f) => f.field)).toContain('exam_fee_usd');
	});

	it('says when a licence path cannot be loaded, and loads it on "Try again"', async () => {
		// Without the service worker, which would answer from the copy it cached at install.
		const s = await open({ serviceWorkers: 'block' });
		try {
			await visit(s.page, '/programs');
			await s.page.route('**/programs/licensing/NJ.json', (r) => r.abort('internetdisconnected'));
			await s.page.locator('#licence-title').waitFor();
			await s.page.getByLabel('Your state').selectOption('NJ');
			const alert = s.page.getByRole('alert').filter({ hasText: 'licence facts' });
			await alert.waitFor({ timeout: 10_000 });
			expect(await alert.textContent()).toContain(
				'Could not load the licence facts for New Jersey'
			);
			await s.page.unroute('**/programs/licensing/NJ.json');
			await alert.getByRole('button', { name: 'Try again' }).click();
			await expect
				.poll(() => s.page.locator('#path-title').textContent())
				.toBe('Licence path in New Jersey');
			expect(s.foreignRequests).toEqual([]);
		} finally {
			await s.close();
		}
	});
});

describe('a part whose code cannot be fetched', () => {
	it('says which part failed and draws it on "Try again"', async () => {
		// Let through only the scripts the page loads up front; the calculator's is fetched later.
		const upFront = new Set(
			[
				...readFileSync('build/programs.html', 'utf8').matchAll(/href="\.\/(_app\/[^"]+\.js)"/g)
			].map((m) => m[1])
		);
		const s = await open({ serviceWorkers: 'block' });
		try {
			let blocking = true;
			await s.page.route('**/_app/immutable/**/*.js', (r) => {
				const path = new URL(r.request().url()).pathname.slice(1);
				return blocking && !upFront.has(path) ? r.abort('internetdisconnected') : r.continue();
			});
			await visit(s.page, '/programs');
			const alert = s.page
				.getByRole('alert')
				.filter({ hasText: 'Could not load the comparison, the calculator' });
			await alert.waitFor({ timeout: 10_000 });
			expect(await s.page.locator('#calc-program').count()).toBe(0);
			expect(await s.page.locator('tr[data-program]').count()).toBe(programs.length); // the rest still works
			blocking = false;
			await alert.getByRole('button', { name: 'Try again' }).click();
			await s.page.locator('#calc-program').waitFor({ timeout: 10_000 });
			expect(await alert.count()).toBe(0);
		} finally {
			await s.close();
		}
	});
});
