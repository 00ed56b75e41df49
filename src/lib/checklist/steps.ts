/** Turn a validated `data/checklist` row into the `Step` the page draws (column names → camelCase). */
import type { ChecklistStepRow } from '$lib/data/schema';
import type { IncomeField, PhaseId, Step } from './types';

export function toStep(r: ChecklistStepRow): Step {
	return {
		id: r.step_id,
		// The schema's patterns admit only the known phase ids and income fields.
		phase: r.phase as PhaseId,
		order: r.step_order,
		title: r.title,
		why: r.why,
		how: r.how,
		costLowUsd: r.cost_low_usd,
		costHighUsd: r.cost_high_usd,
		costBasis: r.cost_basis,
		incomeField: r.income_field as IncomeField | null,
		costNote: r.cost_note,
		timeNote: r.time_note,
		source: r.source,
		sourceUrl: r.source_url,
		quality: r.source_quality,
		appPage: r.app_page
	};
}
