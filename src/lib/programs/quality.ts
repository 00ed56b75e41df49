/**
 * Data-quality checks on certification programs, computed from the data's own text columns
 * (`hours_breakdown`, `cost_note`, `verification_status`, `format`) rather than a hand list:
 * - `checkBreakdown`: does the hours breakdown add up to the stated total?
 * - `costBadges` / `hoursBadges`: seed-only, dated, group-rate and other caveats on a figure.
 * - `formatKind`: in person, online, hybrid or exam, for filtering.
 */
import type { Program } from './types';

/** One part of an hours breakdown, e.g. "16 theory" → 16 hours. */
export interface BreakdownPart {
	text: string;
	hours: number;
}

export type BreakdownCheck =
	| {
			status: 'match' | 'mismatch';
			/** Parts whose hours were added up. */
			parts: BreakdownPart[];
			sum: number;
			total: number;
			/** Parts the source itself says are not training (left out of the sum). */
			excluded: BreakdownPart[];
			/** Parts with no hours given (e.g. "written and practical tests"). */
			uncounted: string[];
	  }
	| { status: 'unchecked'; reason: string };

/** Split on `sep` where it is not inside parentheses. */
function splitTopLevel(text: string, sep: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '(') depth++;
		else if (ch === ')') depth = Math.max(0, depth - 1);
		else if (ch === sep && depth === 0) {
			out.push(text.slice(start, i));
			start = i + 1;
		}
	}
	out.push(text.slice(start));
	return out.map((s) => s.trim()).filter((s) => s !== '');
}

const stripParens = (s: string): string => {
	let out = s;
	// Innermost first, until none are left.
	while (/\([^()]*\)/.test(out)) out = out.replace(/\([^()]*\)/g, ' ');
	return out.replace(/\s+/g, ' ').trim();
};

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
/** A number written with an hour unit: "40 h", "45 CE", "60 contact hours", "8 online CEUs" excluded. */
const HOURS_WITH_UNIT = new RegExp(
	`${NUMBER}\\s*(?:h|hrs?|hours?|clock hours?|contact hours?|CEs?|CEUs?)\\b`,
	'i'
);
/** A leading number and the word after it: "16 theory", "4-day intensive". */
const LEADING = new RegExp(`^${NUMBER}(?![\\d.])\\s*-?\\s*([A-Za-z]+)?`);
/** Words after a number that mean it is not a count of clock hours. */
const NOT_HOURS =
	/^(days?|weeks?|months?|years?|semesters?|credits?|college|modules?|seminars?|courses?|sessions?)$/i;

const toNumber = (s: string): number => Number(s.replaceAll(',', ''));

type PartHours = { kind: 'hours'; hours: number } | { kind: 'none' } | { kind: 'not-hours' };

function partHours(text: string): PartHours {
	const lead = LEADING.exec(text);
	if (lead && lead[2] && NOT_HOURS.test(lead[2])) return { kind: 'not-hours' };
	const unit = HOURS_WITH_UNIT.exec(text);
	if (unit) return { kind: 'hours', hours: toNumber(unit[1]!) };
	if (lead) return { kind: 'hours', hours: toNumber(lead[1]!) };
	return { kind: 'none' };
}

/**
 * Check that an hours breakdown adds up to the stated total.
 *
 * Rules, in order: read the breakdown up to its first `;` outside parentheses (what follows
 * is an alternative format or a remark); drop a leading label such as "2026 course:"; split
 * into parts on `+` outside parentheses (fewer than two parts: nothing to add up). A part's
 * hours are its first number with an hour unit ("40 h", "35 CE", "60 contact hours") or its
 * leading number ("16 theory"). A part that starts with a number of days, weeks, credits or
 * modules makes the check impossible; a part with no number is listed as not counted; a
 * part the source calls "not training" is listed and left out of the sum.
 *
 * @example checkBreakdown('16 theory + 8 techniques + 72 hands-on', 104)
 *   → { status: 'mismatch', sum: 96, total: 104, … }   (16 + 8 + 72 = 96 ≠ 104)
 */
export function checkBreakdown(breakdown: string | null, total: number | null): BreakdownCheck {
	if (breakdown === null || breakdown.trim() === '')
		return { status: 'unchecked', reason: 'no breakdown published' };
	if (total === null) return { status: 'unchecked', reason: 'no total published' };
	const first = splitTopLevel(breakdown, ';')[0] ?? '';
	const body = first.replace(/^[^+():]*:\s+/, '');
	const pieces = splitTopLevel(body, '+');
	if (pieces.length < 2) return { status: 'unchecked', reason: 'the breakdown is not a sum' };

	const parts: BreakdownPart[] = [];
	const excluded: BreakdownPart[] = [];
	const uncounted: string[] = [];
	for (const raw of pieces) {
		const text = stripParens(raw);
		const h = partHours(text);
		if (h.kind === 'not-hours')
			return { status: 'unchecked', reason: `"${text}" is not in clock hours` };
		if (h.kind === 'none') uncounted.push(text);
		else if (/not training/i.test(raw)) excluded.push({ text, hours: h.hours });
		else parts.push({ text, hours: h.hours });
	}
	if (parts.length === 0) return { status: 'unchecked', reason: 'no part gives hours' };
	const sum = parts.reduce((s, p) => s + p.hours, 0);
	const status = Math.abs(sum - total) < 1e-9 ? 'match' : 'mismatch';
	return { status, parts, sum, total, excluded, uncounted };
}

/** A caveat shown next to a figure: short label, and the data's own words as the detail. */
export interface Badge {
	id: string;
	label: string;
	detail: string;
}

const YEAR = /\b(?:19|20)\d{2}\b/g;
const PRICE_WORDS = /tuition|price|offering|listing|dated/i;

/**
 * Years a price is dated to: years named in a clause (between `;`) of the cost note or the
 * verification status that also talks about the price.
 *
 * @example priceYears('$797 for the May 14-17, 2015 offering; current tuition not read', null)
 *   → [2015]
 */
export function priceYears(costNote: string | null, verification: string | null): number[] {
	const years = new Set<number>();
	for (const text of [costNote, verification]) {
		if (!text) continue;
		for (const clause of text.split(';')) {
			if (!PRICE_WORDS.test(clause)) continue;
			for (const m of clause.matchAll(YEAR)) years.add(Number(m[0]));
		}
	}
	return [...years].sort((a, b) => a - b);
}

const isSeedOnly = (p: Program) => /^seed-only/i.test(p.verificationStatus ?? '');

/** Caveats on a program's published cost (none when no cost is published). */
export function costBadges(p: Program): Badge[] {
	if (p.costUsd === null) return [];
	const note = p.costNote ?? '';
	const vs = p.verificationStatus ?? '';
	const out: Badge[] = [];
	const add = (id: string, label: string, detail: string) => out.push({ id, label, detail });
	if (/seed/i.test(note) || (isSeedOnly(p) && !/seed-only for hours/i.test(vs)))
		add('seed', 'seed figure', vs || note);
	if (/approx/i.test(note)) add('approx', 'approximate', note);
	if (/\bgroup\b/i.test(note)) add('group', 'group rate', note);
	if (/exam fee only|exam\/application fee|application\/exam fee/i.test(note))
		add('fee', 'exam or application fee, not tuition', note);
	if (/\bsum of\b/i.test(note)) add('sum', 'sum of listed prices', note);
	const years = priceYears(p.costNote, p.verificationStatus);
	if (years.length > 0) {
		const span = years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`;
		add('dated', `price as of ${span}`, note);
	} else if (/undated|date not shown/i.test(note)) add('undated', 'undated price', note);
	return out;
}

/** Caveats on a program's published hours (none when no hours are published). */
export function hoursBadges(p: Program): Badge[] {
	if (p.totalHours === null) return [];
	const vs = p.verificationStatus ?? '';
	const out: Badge[] = [];
	if (isSeedOnly(p)) out.push({ id: 'seed', label: 'seed figure', detail: vs });
	if (/third-party/i.test(vs))
		out.push({ id: 'third-party', label: 'third-party listing', detail: vs });
	return out;
}

/**
 * Caveats on the program as a whole, from its `note`: an entry-level (pre-licensure) program
 * listed among certifications, a course the note says is not comparable with the others, and
 * a record corrected after checking.
 */
export function noteBadges(p: Program): Badge[] {
	const note = p.note ?? '';
	const out: Badge[] = [];
	if (/\bENTRY-LEVEL\b|not a post-graduate/i.test(note))
		out.push({ id: 'entry-level', label: 'entry-level, not post-licensure', detail: note });
	if (/not comparable/i.test(note))
		out.push({ id: 'not-comparable', label: 'not comparable with the others', detail: note });
	if (/\bCORRECTION\b/.test(note))
		out.push({ id: 'corrected', label: 'corrected after checking', detail: note });
	return out;
}

/** The verification status in a few words: "verified", "seed-only", "third-party" … */
export function verificationLabel(status: string | null): string {
	if (status === null || status.trim() === '') return 'your program';
	if (/^seed-only/i.test(status)) return 'seed-only';
	if (/^verified/i.test(status)) return 'verified';
	if (/third-party/i.test(status)) return 'third-party';
	return (status.split(/[;:(]/)[0] ?? status).trim();
}

export type FormatKind = 'in person' | 'online' | 'hybrid' | 'exam' | 'other' | 'not published';

export const FORMAT_KINDS: readonly FormatKind[] = [
	'in person',
	'online',
	'hybrid',
	'exam',
	'other',
	'not published'
];

/**
 * One format class per program, from the `format` text: hybrid when it says so or names
 * both an online and an in-person part; otherwise in person, online or exam. A clause (between
 * `;`) about "separate" courses describes other offerings and is ignored.
 *
 * @example formatKind('online + in-person workshops') → 'hybrid'
 * @example formatKind('in-person intensive; separate online courses offered') → 'in person'
 */
export function formatKind(formatText: string | null): FormatKind {
	if (formatText === null || formatText.trim() === '') return 'not published';
	const format = formatText
		.split(';')
		.filter((c) => !/\bseparate\b/i.test(c))
		.join(';');
	const online = /online|webinar|e-learning|virtual|self-paced|home study/i.test(format);
	const inPerson = /in-person|in person|on-site|seminar|classroom|workshop|campus/i.test(format);
	if (/hybrid/i.test(format) || (online && inPerson)) return 'hybrid';
	if (inPerson) return 'in person';
	if (online) return 'online';
	if (/exam|application/i.test(format)) return 'exam';
	return 'other';
}
