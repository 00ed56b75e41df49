/**
 * Clinic scenarios side by side (the kit's CompareTable): each one resolved against the data (a
 * wage that follows a percentile takes the current figure), checked and projected, then its
 * headline results, one column per scenario. Pure; figures formatted by format.ts.
 *
 * @module
 */
import { projectClinic, type ClinicProjection } from '$lib/finance';
import { count, months, pctOfFraction, usd } from '$lib/format';
import { valueText } from '$lib/kit/field';
import type { CompareTable } from '$lib/kit/scenarios';
import { CLINIC_NUMBER_FIELDS, type ClinicNumberField } from '$lib/finance';
import { FIELD_META, parseField } from './clinic-fields';
import { checkScenario, resolveScenario, type PlannerContext, type Scenario } from './scenario';

const ROWS: readonly { label: string; get: (p: ClinicProjection) => string }[] = [
	{ label: 'Capacity (sessions/month)', get: (p) => count(p.capacitySessionsPerMonth) },
	{ label: 'Break-even utilisation', get: (p) => pctOfFraction(p.breakEvenUtilisation, 'never') },
	{ label: 'Break-even sessions/month', get: (p) => count(p.breakEvenSessionsPerMonth, 'never') },
	{ label: 'Monthly profit once established', get: (p) => usd(p.steadyMonthlyProfitUsd) },
	{ label: 'Funding needed', get: (p) => usd(p.fundingNeededUsd) },
	{ label: 'Own cash needed after the loan', get: (p) => usd(p.ownerCashNeededUsd) },
	{ label: 'Payback of start-up costs', get: (p) => months(p.paybackMonths, 'not in projection') },
	{
		label: 'Cumulative cash at the end (before financing)',
		get: (p) => usd(p.cumulativeOperatingCashUsd.at(-1))
	}
];

/** A field's value as the table shows it: with its unit, or the text as typed if unreadable. */
function shown(f: ClinicNumberField, text: string): string {
	const r = parseField(f, text);
	return r.ok && r.value !== null ? valueText(FIELD_META[f], r.value) : `“${text}”`;
}

/**
 * One column per scenario, in the order given: its state and pay model, then its results, then
 * only the inputs that differ between the scenarios (in form order); a scenario with a field
 * that cannot be used reads "cannot be calculated: <the first problem>".
 *
 * Worked example: a saved scenario whose rent reads "abc" → every result cell "cannot be
 * calculated: “abc” is not a number: use digits, e.g. 12.5." and an input row "Rent (USD/month)"
 * "“abc”" against the other's "$3,500".
 */
export function compareScenarios(
	entries: readonly { name: string; content: Scenario }[],
	ctx: PlannerContext
): CompareTable {
	const cols = entries.map(({ content }) => {
		const resolved = resolveScenario(content, ctx);
		const { inputs, errors } = checkScenario(resolved);
		return {
			scenario: resolved,
			projection: inputs ? projectClinic(inputs) : null,
			problem: inputs ? null : (Object.values(errors)[0] ?? 'cannot be calculated')
		};
	});
	const stateName = (abbr: string) =>
		ctx.states.find((s) => s.abbr === abbr)?.name ?? 'United States';
	return {
		columns: entries.map((e) => e.name),
		rows: [
			{ label: 'State', cells: cols.map((c) => stateName(c.scenario.state)) },
			{
				label: 'Therapists are paid',
				cells: cols.map((c) => (c.scenario.payModel === 'wage' ? 'hourly wage' : 'commission'))
			},
			...ROWS.map((r) => ({
				label: r.label,
				cells: cols.map((c) =>
					c.projection ? r.get(c.projection) : `cannot be calculated: ${c.problem}`
				)
			})),
			...CLINIC_NUMBER_FIELDS.filter((f) =>
				cols.some((c) => c.scenario.fields[f].trim() !== cols[0]!.scenario.fields[f].trim())
			).map((f) => ({
				label: `${FIELD_META[f].label} (${FIELD_META[f].unit})`,
				cells: cols.map((c) => shown(f, c.scenario.fields[f]))
			}))
		]
	};
}
