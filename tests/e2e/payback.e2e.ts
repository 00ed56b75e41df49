/**
 * One payback model: /programs and /income give the same payback month for the same program
 * cost and monthly gain (both build the gain up over the same ramp-up and use the same payback
 * function). The expected month is worked out by hand here.
 */
import { describe, expect, it } from 'vitest';
import { itMadeNoForeignRequestsOrErrors, metric, suiteSession, typeIntoLabelled } from './browser';

describe('the same payback month on /programs and /income', () => {
	const s = suiteSession({ at: '/programs' });

	// Walton's 4-day intensive with the calculator's defaults: $2,296.20 of cost, and
	// 3 sessions × $20 × 48 weeks ÷ 12 = $240 a month once the caseload is built up over 6 months:
	// 40 + 80 + 120 + 160 + 200 + 240 = 840 by month 6, then 240 a month →
	// 6 + (2296.20 − 840) ÷ 240 = 12.0675 months.
	const month = 6 + (2296.2 - 840) / 240;

	it('reads 12.1 months on /programs', async () => {
		expect(month).toBeCloseTo(12.0675, 9);
		await s.page.getByLabel('Program', { exact: true }).selectOption('walton_onc_4day');
		await expect.poll(() => metric(s.page, 'payback').textContent()).toBe('12.1 months');
	});

	it('reads the same month on /income for the same cost and monthly gain', async () => {
		await s.page.getByRole('link', { name: /in the income projection/ }).click();
		await s.page.waitForURL(/\/income\?programCostUsd=2296\.2/);
		// Only the medical work counts: no relaxation practice, tips or costs of its own, and the
		// gain of 3 medical sessions a week × 4 weeks × $20 = $240 a month, all self-pay.
		await typeIntoLabelled(s.page, 'Relaxation sessions (sessions/week)', '0');
		await typeIntoLabelled(s.page, 'Tips (% of the relaxation price)', '0');
		await typeIntoLabelled(s.page, 'Current practice costs (USD/month)', '0');
		await typeIntoLabelled(s.page, 'Medical sessions once established (sessions/week)', '3');
		await typeIntoLabelled(s.page, 'Self-pay medical price (USD/session)', '20');
		await typeIntoLabelled(s.page, 'Equipment (USD)', '0');
		await typeIntoLabelled(s.page, 'Insurance credentialing (USD)', '0');
		await typeIntoLabelled(s.page, 'Launch marketing (USD)', '0');
		await s.page.locator('summary', { hasText: 'Monthly costs of the medical work' }).click();
		for (const label of [
			'Continuing education (USD/month)',
			'Change in liability insurance (USD/month)',
			'Ongoing marketing (USD/month)',
			'Billing software (USD/month)'
		])
			await typeIntoLabelled(s.page, label, '0');
		await expect
			.poll(() => metric(s.page, 'steady-state-annual-increment').textContent())
			.toBe('$2,880'); // 240 × 12
		await expect.poll(() => metric(s.page, 'payback-months').textContent()).toBe('12.1 months');
	});

	itMadeNoForeignRequestsOrErrors(s);
});
