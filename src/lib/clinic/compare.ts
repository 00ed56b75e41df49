/**
 * Side-by-side comparison of scenarios: each one resolved against the data (a wage that
 * follows a percentile takes the current figure), checked, and projected. Pure.
 *
 * @module
 */
import { projectClinic, type ClinicProjection } from '$lib/finance';
import { checkScenario, resolveScenario, type PlannerContext, type Scenario } from './scenario';

export interface CompareColumn {
	name: string;
	scenario: Scenario;
	/** The projection, or null when the scenario has a field that cannot be used. */
	projection: ClinicProjection | null;
	/** The first problem, in words, when there is no projection. */
	problem: string | null;
}

/**
 * One column per scenario, in the order given.
 *
 * Worked example: a saved scenario whose rent reads "abc" → { projection: null, problem: '“abc”
 * is not a number: …' }.
 */
export function compareColumns(
	entries: readonly { name: string; scenario: Scenario }[],
	ctx: PlannerContext
): CompareColumn[] {
	return entries.map(({ name, scenario }) => {
		const resolved = resolveScenario(scenario, ctx);
		const { inputs, errors } = checkScenario(resolved);
		if (!inputs) {
			return {
				name,
				scenario: resolved,
				projection: null,
				problem: Object.values(errors)[0] ?? 'cannot be calculated'
			};
		}
		return { name, scenario: resolved, projection: projectClinic(inputs), problem: null };
	});
}
