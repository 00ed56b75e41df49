/**
 * Income scenarios side by side (the kit's CompareTable): their headline figures and only the
 * inputs that differ between them. Pure.
 *
 * @module
 */
import { DRIVERS, INCOME_INPUT_FIELDS, projectIncome } from '$lib/finance';
import type { CompareTable } from '$lib/kit/scenarios';
import { FIELDS, fieldTitle, valueWithUnit } from './income-fields';
import { headlineFigures } from './headline';
import type { ScenarioContent } from './income-scenarios';

/**
 * Headline rows (always) and input rows (only where the scenarios differ, ranges and state
 * included), in form order; one column per scenario.
 *
 * Worked example: two scenarios that differ only in programCostUsd 3000 vs 4200 → four
 * headline rows and one input row "Training program, total cost of attendance (USD)":
 * "$3,000" vs "$4,200".
 */
export function compareScenarios(
	entries: readonly { name: string; content: ScenarioContent }[],
	stateName: (code: string | null) => string
): CompareTable {
	const contents = entries.map((e) => e.content);
	const figures = contents.map((c) => headlineFigures(projectIncome(c.inputs), c.inputs));
	const rows = figures[0]!.map((f, i) => ({
		label: f.label,
		cells: figures.map((fs) => `${fs[i]!.value}${fs[i]!.unit}`)
	}));
	const differ = <V>(get: (c: ScenarioContent) => V) =>
		contents.some((c) => get(c) !== get(contents[0]!));
	for (const k of INCOME_INPUT_FIELDS) {
		if (differ((c) => c.inputs[k]))
			rows.push({
				label: `${fieldTitle(k)} (${FIELDS[k].unit})`,
				cells: contents.map((c) => valueWithUnit(k, c.inputs[k]))
			});
	}
	for (const d of DRIVERS) {
		for (const bound of ['low', 'high'] as const) {
			if (differ((c) => c.ranges[d][bound]))
				rows.push({
					label: `${fieldTitle(d)}: ${bound} of the range`,
					cells: contents.map((c) => valueWithUnit(d, c.ranges[d][bound]))
				});
		}
	}
	if (differ((c) => c.state))
		rows.push({ label: 'State', cells: contents.map((c) => stateName(c.state)) });
	return { columns: entries.map((e) => e.name), rows };
}
