/**
 * Dataset rows → the planner's views (camelCase, only the columns the page uses). Shared by
 * the route's server load and the tests, so both read the data the same way.
 */
import type { CertificationProgramRow, StateLicensingRow } from '$lib/data/schema';
import type { LicensingFact } from './licensing';
import type { Program, ProgramOrigin } from './types';

/**
 * The columns a program is read from: a bundled row without its review and per-fact provenance
 * columns, which is also a row of the user's programs CSV (where `source` may be blank).
 */
export type ProgramCells = Omit<
	CertificationProgramRow,
	| 'verification_status'
	| 'source'
	| 'source_quality'
	| `${'hours' | 'cost'}_${'source_url' | 'as_of' | 'quality'}`
> & { source: string | null };

/** A program from its columns; `verificationStatus` is the dataset's, or null for the user's own. */
export function programOf(
	r: ProgramCells,
	origin: ProgramOrigin,
	verificationStatus: string | null
): Program {
	return {
		id: r.program_id,
		origin,
		provider: r.provider,
		credential: r.credential,
		specialty: r.specialty,
		totalHours: r.total_hours,
		hoursBreakdown: r.hours_breakdown,
		costUsd: r.cost_usd,
		costNote: r.cost_note,
		format: r.format,
		duration: r.duration,
		prerequisites: r.prerequisites,
		ceCredits: r.ce_credits,
		renewal: r.renewal,
		verificationStatus,
		source: r.source,
		sourceUrl: r.source_url,
		note: r.note
	};
}

export function programFromRow(r: CertificationProgramRow): Program {
	return programOf(r, 'data', r.verification_status);
}

export function factFromRow(r: StateLicensingRow): LicensingFact & { state: string } {
	return {
		state: r.state_code,
		field: r.field,
		value: r.value,
		unit: r.unit,
		asOf: r.as_of,
		source: r.source,
		url: r.source_url,
		quality: r.source_quality,
		note: r.note
	};
}

/** The ids of a list of programs, for "is this id taken?" checks. */
export function idsOf(programs: readonly { id: string }[]): ReadonlySet<string> {
	return new Set(programs.map((p) => p.id));
}
