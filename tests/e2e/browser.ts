/**
 * Shared browser set-up for the e2e suites: Debian's Chromium through playwright-core, a new
 * context per test file (axe needs `browser.newContext()`), and a record of every request
 * that tried to leave the machine and every console error.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

export async function open(
	options: {
		acceptDownloads?: boolean;
		/** 'block' keeps the service worker out, so `page.route` sees every request. */
		serviceWorkers?: 'allow' | 'block';
	} = {}
): Promise<Session> {
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
