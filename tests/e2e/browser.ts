/**
 * Shared browser set-up for the e2e suites: Debian's Chromium through playwright-core, a new
 * context per test file (axe needs `browser.newContext()`), and a record of every request
 * that tried to leave the machine and every console error.
 *
 * The one way to do each common thing in a browser test:
 * - a browser for a `describe`, opened on a page: `suiteSession({ at: '/income' })`
 * - open or reload a page and wait until it has started: `visit(page, '/income')`, `reload(page)`
 * - its closing check, nothing sent away and no error logged: `itMadeNoForeignRequestsOrErrors(s)`
 * - fill a field as a person would: `typeInto(locator, '130')`, `typeIntoLabelled(page, label, '130')`
 * - a figure the page shows: `metric(page, 'payback-months')`
 * - a download: `download(page, () => button.click())`, or parsed as CSV: `downloadCsv(…)`
 * - axe: `seriousA11yViolations(page)`
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page
} from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseRecords } from '../../src/lib/data/csv';

export const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4174}`;

export interface Session {
	browser: Browser;
	context: BrowserContext;
	page: Page;
	/** URLs requested from any origin other than the app's. */
	foreignRequests: string[];
	consoleErrors: string[];
	close(): Promise<void>;
}

export interface OpenOptions {
	acceptDownloads?: boolean;
	/** 'block' keeps the service worker out, so `page.route` sees every request. */
	serviceWorkers?: 'allow' | 'block';
}

export async function open(options: OpenOptions = {}): Promise<Session> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	const context = await browser.newContext({
		acceptDownloads: options.acceptDownloads ?? true,
		serviceWorkers: options.serviceWorkers ?? 'allow',
		viewport: { width: 1280, height: 900 }
	});
	const foreignRequests: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(BASE) || url.startsWith('data:') || url.startsWith('blob:'))
			return route.continue();
		foreignRequests.push(url);
		return route.abort();
	});
	const page = await context.newPage();
	waitForDeferredParts(page);
	// Pages a test opens itself (a second tab) get the same wait.
	context.on('page', waitForDeferredParts);
	const consoleErrors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => consoleErrors.push(e.message));
	return {
		browser,
		context,
		page,
		foreignRequests,
		consoleErrors,
		close: () => browser.close()
	};
}

/**
 * Below-the-fold parts are drawn just after start-up (Deferred.svelte); a person sees them at
 * once, so every `goto` and `reload` here also waits until no placeholder is left.
 */
function waitForDeferredParts(page: Page): void {
	const drawn = () =>
		page.waitForFunction(() => document.querySelector('[data-pending]') === null, undefined, {
			timeout: 10_000
		});
	const goto = page.goto.bind(page);
	const reload = page.reload.bind(page);
	page.goto = async (...args) => {
		const response = await goto(...args);
		await drawn();
		return response;
	};
	page.reload = async (...args) => {
		const response = await reload(...args);
		await drawn();
		return response;
	};
}

/** axe violations of impact serious or critical, as "id: help (n nodes)" lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target.join(' ')})`);
}

/** An address on the app: a path such as '/income?state=TX', or a whole URL left as it is. */
const address = (path: string) => (path.startsWith('/') ? `${BASE}${path}` : path);

/** Waits until the layout has started the page (`<html data-started>`): its scripts run. */
function started(page: Page): Promise<unknown> {
	return page.waitForFunction(() => document.documentElement.dataset.started !== undefined);
}

/**
 * Opens `path` (or a whole URL) as a person would, and waits until the network is quiet, every
 * deferred part is drawn and the page has started. Returns the navigation's response.
 */
export async function visit(page: Page, path: string) {
	const response = await page.goto(address(path), { waitUntil: 'networkidle' });
	await started(page);
	return response;
}

/** Reloads the page, with the same waits as `visit`. */
export async function reload(page: Page): Promise<void> {
	await page.reload({ waitUntil: 'networkidle' });
	await started(page);
}

/**
 * A browser for the tests of the enclosing `describe` (or of the file, outside one): opened
 * before the first test, on the page `at` when given (after `beforeVisit`, e.g. installing the
 * clock), waiting also for the selector `waitFor`; closed after the last test. The session
 * is filled in when the browser opens, so use it inside tests and hooks only.
 */
export function suiteSession(
	options: OpenOptions & {
		at?: string;
		beforeVisit?: (s: Session) => Promise<unknown>;
		waitFor?: string;
	} = {}
): Session {
	const s = {} as Session;
	beforeAll(async () => {
		Object.assign(s, await open(options));
		await options.beforeVisit?.(s);
		if (options.at !== undefined) await visit(s.page, options.at);
		if (options.waitFor !== undefined) await s.page.locator(options.waitFor).waitFor();
	});
	afterAll(() => s.close?.());
	return s;
}

/** The last test of a suite: nothing was requested from another origin, nothing logged an error. */
export function itMadeNoForeignRequestsOrErrors(s: Session): void {
	it('made no request to another origin and logged no errors', () => {
		expect(s.foreignRequests).toEqual([]);
		expect(s.consoleErrors).toEqual([]);
	});
}

/** Clicks into a field, selects what it holds and types `text` over it, as a person would. */
export async function typeInto(field: Locator, text: string): Promise<void> {
	await field.click();
	await field.press('ControlOrMeta+a');
	await field.pressSequentially(text);
}

/** `typeInto` the field on the page whose label is exactly `label`. */
export function typeIntoLabelled(page: Page, label: string, text: string): Promise<void> {
	return typeInto(page.getByLabel(label, { exact: true }), text);
}

/** A figure the page shows, marked `data-metric="<name>"`. */
export function metric(page: Page, name: string): Locator {
	return page.locator(`[data-metric="${name}"]`);
}

/** Does `start` (a click) and waits for the download it begins: its file name, path and text. */
export async function download(page: Page, start: () => Promise<unknown>) {
	const [file] = await Promise.all([page.waitForEvent('download'), start()]);
	const path = await file.path();
	return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

/** A CSV file downloaded by `start` (a click), parsed: its `header` and `records`. */
export async function downloadCsv(page: Page, start: () => Promise<unknown>) {
	return parseRecords((await download(page, start)).text);
}
