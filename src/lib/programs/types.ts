/**
 * Shapes shared by the training planner (`/programs`). Pure types, no logic.
 *
 * A `Program` is one certification program: either a row of the bundled
 * `certification-programs` dataset (renamed to camelCase in this derived view) or one the
 * user added in the browser. Unknown numbers are `null`, never 0.
 */

export type ProgramOrigin = 'data' | 'custom';

export interface Program {
	/** `program_id`: lower-case letters, digits and underscores. */
	id: string;
	origin: ProgramOrigin;
	provider: string;
	credential: string;
	specialty: string;
	/** `total_hours` as the source gives it; null = not published. */
	totalHours: number | null;
	hoursBreakdown: string | null;
	/** `cost_usd`; null = not published. Not always tuition: read `costNote`. */
	costUsd: number | null;
	costNote: string | null;
	format: string | null;
	duration: string | null;
	prerequisites: string | null;
	ceCredits: string | null;
	renewal: string | null;
	/** How far the row was checked; null for the user's own programs. */
	verificationStatus: string | null;
	source: string | null;
	sourceUrl: string | null;
	note: string | null;
}

/**
 * Figures the user typed for one program ("your figure"). A field that is absent uses the
 * published value (or the default); present means the user's number overrides it.
 */
export interface YourFigures {
	/** Price quoted to the user, USD. Overrides `costUsd`. */
	costUsd?: number;
	/** Hours quoted to the user. Overrides `totalHours`. */
	totalHours?: number;
	/** Books, materials and supplies, USD. */
	materialsUsd?: number;
	/** Exam, application and registration fees, USD. */
	feesUsd?: number;
	/** Days the user must travel to attend in person. */
	inPersonDays?: number;
}

/** Your figures for every program that has any, keyed by program id. */
export type FiguresById = Record<string, YourFigures>;
