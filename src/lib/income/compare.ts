/**
 * Two scenarios side by side: their headline figures and only the inputs that differ. Pure.
 *
 * @module
 */
import { DRIVERS, INCOME_INPUT_FIELDS, projectIncome } from '$lib/finance';
import { FIELDS, fieldTitle, valueWithUnit } from './fields';
import { headlineFigures } from './headline';
import type { ScenarioContent } from './scenarios';

export interface CompareRow extends Record<string, unknown> {
	label: string;
	a: string;
	b: string;
}

/**
 * Headline rows (always) and input rows (only where the two differ, ranges and state
 * included), in form order.
 *
 * Worked example: two scenarios that differ only in programCostUsd 3000 vs 4200 → four
 * headline rows and one input row "Training program, total cost of attendance (USD)":
 * "$3,000" vs "$4,200".
 */
export function compareScenarios(
	a: ScenarioContent,
	b: ScenarioContent,
	stateName: (code: string | null) => string
): { headline: CompareRow[]; inputs: CompareRow[] } {
	const fa = headlineFigures(projectIncome(a.inputs), a.inputs);
	const fb = headlineFigures(projectIncome(b.inputs), b.inputs);
	const headline = fa.map((f, i) => ({
		label: f.label,
		a: `${f.value}${f.unit}`,
		b: `${fb[i]!.value}${fb[i]!.unit}`
	}));
	const inputs: CompareRow[] = [];
	for (const k of INCOME_INPUT_FIELDS) {
		if (a.inputs[k] !== b.inputs[k]) {
			inputs.push({
				label: `${fieldTitle(k)} (${FIELDS[k].unit})`,
				a: valueWithUnit(k, a.inputs[k]),
				b: valueWithUnit(k, b.inputs[k])
			});
		}
	}
	for (const d of DRIVERS) {
		for (const bound of ['low', 'high'] as const) {
			if (a.ranges[d][bound] !== b.ranges[d][bound]) {
				inputs.push({
					label: `${fieldTitle(d)}: ${bound} of the range`,
					a: valueWithUnit(d, a.ranges[d][bound]),
					b: valueWithUnit(d, b.ranges[d][bound])
				});
			}
		}
	}
	if (a.state !== b.state) {
		inputs.push({ label: 'State compared', a: stateName(a.state), b: stateName(b.state) });
	}
	return { headline, inputs };
}
