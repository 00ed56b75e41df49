/**
 * The add/edit form for the user's own programs: text drafts in, a checked `Program` out, or
 * one error per field. The draft is never changed by validation, so nothing typed is lost.
 */
import { WEB_ADDRESS } from './csv-io';
import { parseField } from './fields';
import type { Program } from './types';

/** Every field as the user typed it. */
export interface ProgramDraft {
	id: string;
	provider: string;
	credential: string;
	specialty: string;
	totalHours: string;
	hoursBreakdown: string;
	costUsd: string;
	costNote: string;
	format: string;
	duration: string;
	prerequisites: string;
	ceCredits: string;
	renewal: string;
	source: string;
	sourceUrl: string;
	note: string;
}

export type DraftErrors = Partial<Record<keyof ProgramDraft, string>>;

export function emptyDraft(): ProgramDraft {
	return {
		id: '',
		provider: '',
		credential: '',
		specialty: '',
		totalHours: '',
		hoursBreakdown: '',
		costUsd: '',
		costNote: '',
		format: '',
		duration: '',
		prerequisites: '',
		ceCredits: '',
		renewal: '',
		source: '',
		sourceUrl: '',
		note: ''
	};
}

/** A draft filled from a saved program, for editing. Numbers are written without rounding. */
export function draftFrom(p: Program): ProgramDraft {
	const t = (v: string | null) => v ?? '';
	const n = (v: number | null) => (v === null ? '' : String(v));
	return {
		id: p.id,
		provider: p.provider,
		credential: p.credential,
		specialty: p.specialty,
		totalHours: n(p.totalHours),
		hoursBreakdown: t(p.hoursBreakdown),
		costUsd: n(p.costUsd),
		costNote: t(p.costNote),
		format: t(p.format),
		duration: t(p.duration),
		prerequisites: t(p.prerequisites),
		ceCredits: t(p.ceCredits),
		renewal: t(p.renewal),
		source: t(p.source),
		sourceUrl: t(p.sourceUrl),
		note: t(p.note)
	};
}

/**
 * An id from the credential's words, unique among `taken`: "My Lymph Course!" → "my_lymph_course",
 * then "my_lymph_course_2" if that is taken.
 */
export function suggestId(credential: string, taken: ReadonlySet<string>): string {
	const base =
		credential
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_+|_+$/g, '')
			.slice(0, 40) || 'my_program';
	if (!taken.has(base)) return base;
	let i = 2;
	while (taken.has(`${base}_${i}`)) i++;
	return `${base}_${i}`;
}

export type DraftResult = { ok: true; program: Program } | { ok: false; errors: DraftErrors };

/**
 * Check a draft. `taken` holds every id in use (bundled and saved); when editing, the
 * program keeps its id (`editingId`). A blank id is made from the credential.
 */
export function validateDraft(
	d: ProgramDraft,
	taken: ReadonlySet<string>,
	editingId: string | null
): DraftResult {
	const errors: DraftErrors = {};
	const need = (k: keyof ProgramDraft, label: string) => {
		if (d[k].trim() === '') errors[k] = `${label}: required.`;
	};
	need('provider', 'Provider');
	need('credential', 'Credential');
	need('specialty', 'Specialty');

	let id = editingId ?? d.id.trim();
	if (editingId === null) {
		if (id === '') id = suggestId(d.credential, taken);
		else if (!/^[a-z0-9_]+$/.test(id))
			errors.id = 'Id: use lower-case letters, digits and _ only (e.g. "my_course").';
		else if (taken.has(id)) errors.id = `Id: "${id}" is already used by another program.`;
	}
	const hours = parseField(d.totalHours, { label: 'Total hours', unit: 'hours', min: 0 });
	if (!hours.ok) errors.totalHours = hours.error;
	const cost = parseField(d.costUsd, { label: 'Cost', unit: 'USD', min: 0 });
	if (!cost.ok) errors.costUsd = cost.error;
	const url = d.sourceUrl.trim();
	if (url !== '' && !WEB_ADDRESS.pattern.test(url))
		errors.sourceUrl = 'Source address: must start with http:// or https://.';

	if (Object.keys(errors).length > 0 || !hours.ok || !cost.ok) return { ok: false, errors };
	const t = (v: string) => (v.trim() === '' ? null : v.trim());
	return {
		ok: true,
		program: {
			id,
			origin: 'custom',
			provider: d.provider.trim(),
			credential: d.credential.trim(),
			specialty: d.specialty.trim(),
			totalHours: hours.value,
			hoursBreakdown: t(d.hoursBreakdown),
			costUsd: cost.value,
			costNote: t(d.costNote),
			format: t(d.format),
			duration: t(d.duration),
			prerequisites: t(d.prerequisites),
			ceCredits: t(d.ceCredits),
			renewal: t(d.renewal),
			verificationStatus: null,
			source: t(d.source),
			sourceUrl: t(d.sourceUrl),
			note: t(d.note)
		}
	};
}
