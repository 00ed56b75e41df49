import { describe, expect, it } from 'vitest';
import { toCsv, parseRecords } from '$lib/data/csv';
import { paybackPeriod, projectIncome } from '$lib/finance';
import { CUMULATIVE_LABEL, MONTHLY_COLUMNS, monthlyTableRows } from '$lib/income/monthly-table';
import { realisticInputs, scenarioA } from '../finance/fixtures';

describe('monthly table rows', () => {
	it('has month 0 with the one-time costs, then the hand-worked months of scenario A', () => {
		// Scenario A: one-time 3000 + 500 + 0 + 500 = 4000; each month revenue 4000 + 400 + 2400
		// = 6800 with medical, 4400 without; costs 1000 + 175 = 1175; increment 2225.
		const rows = monthlyTableRows(projectIncome(scenarioA()));
		expect(rows).toHaveLength(13);
		expect(rows[0]).toMatchObject({
			month: 0,
			oneTimeCostsUsd: 4000,
			totalRevenueUsd: 0,
			netIncrementUsd: -4000,
			cumulativeCashUsd: -4000
		});
		expect(rows[1]!.month).toBe(1);
		expect(rows[1]!.totalRevenueUsd).toBeCloseTo(6800, 9);
		expect(rows[1]!.baselineRevenueUsd).toBeCloseTo(4400, 9);
		expect(rows[1]!.monthlyCostsUsd).toBeCloseTo(1175, 9);
		expect(rows[1]!.netIncrementUsd).toBeCloseTo(2225, 9);
		expect(rows[1]!.cumulativeCashUsd).toBeCloseTo(-1775, 9);
		expect(rows[12]!.cumulativeCashUsd).toBeCloseTo(-4000 + 12 * 2225, 8);
	});

	it('writes a CSV whose cumulative cash column reproduces the payback', () => {
		const p = projectIncome(realisticInputs());
		const rows = monthlyTableRows(p);
		const labelled = rows.map((r) =>
			Object.fromEntries(MONTHLY_COLUMNS.map((c) => [c.label, r[c.key]]))
		);
		const text = toCsv(
			labelled,
			MONTHLY_COLUMNS.map((c) => c.label)
		);
		// parseRecords lower-cases header names
		const cumulative = parseRecords(text).records.map((r) =>
			Number(r[CUMULATIVE_LABEL.toLowerCase()])
		);
		expect(cumulative).toHaveLength(61);
		// flows back from the running total: c₀, then cₜ − cₜ₋₁
		const flows = cumulative.map((c, t) => (t === 0 ? c : c - cumulative[t - 1]!));
		expect(p.paybackMonths).not.toBeNull();
		expect(paybackPeriod(flows)).toBeCloseTo(p.paybackMonths!, 9);
	});

	it('labels every column with its unit', () => {
		for (const c of MONTHLY_COLUMNS.slice(1, -1)) expect(c.label).toMatch(/\(USD\)$/);
	});
});
