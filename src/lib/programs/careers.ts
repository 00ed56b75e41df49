/**
 * Related careers: massage therapists next to other occupations from the OEWS national file,
 * with the entry education where the bundled data has it. Pure; the rows are trimmed by the
 * route's server load to code, title, employment and annual wage percentiles.
 */
import type { OewsNationalAllRow } from '$lib/data/schema';

/** One detailed occupation (OEWS national, cross-industry). Unknown values are null. */
export type CareerRow = {
	/** SOC code, e.g. "31-9011". */
	code: string;
	title: string;
	/** `tot_emp`, jobs. */
	emp: number | null;
	/** Annual wage percentiles, USD per year (`a_pct10` … `a_pct90`). */
	p10: number | null;
	p25: number | null;
	median: number | null;
	p75: number | null;
	p90: number | null;
};

/**
 * One occupation as the page receives it: a tuple, so 830 rows do not repeat 8 key names
 * each. Order: code, title, employment, annual 10th, 25th, 50th, 75th, 90th percentiles.
 */
export type CareerTuple = [
	string,
	string,
	number | null,
	number | null,
	number | null,
	number | null,
	number | null,
	number | null
];

export function careerToTuple(r: CareerRow): CareerTuple {
	return [r.code, r.title, r.emp, r.p10, r.p25, r.median, r.p75, r.p90];
}

/**
 * The detailed occupations of the OEWS national file as tuples (broad and major groups and the
 * all-occupations total are left out: the picker offers occupations, not groups).
 */
export function careerTuples(rows: readonly OewsNationalAllRow[]): CareerTuple[] {
	return rows
		.filter((r) => r.o_group === 'detailed')
		.map((r) =>
			careerToTuple({
				code: r.occ_code,
				title: r.occ_title,
				emp: r.tot_emp,
				p10: r.a_pct10,
				p25: r.a_pct25,
				median: r.a_median,
				p75: r.a_pct75,
				p90: r.a_pct90
			})
		);
}

export function careerFromTuple(t: CareerTuple): CareerRow {
	const [code, title, emp, p10, p25, median, p75, p90] = t;
	return { code, title, emp, p10, p25, median, p75, p90 };
}

/** Massage therapists, then the occupations the issue names, in that order. */
export const DEFAULT_CAREER_CODES: readonly string[] = [
	'31-9011',
	'31-2021',
	'31-2011',
	'29-1011',
	'29-1123',
	'39-9031'
];

/** Most occupations shown at once (keeps the chart readable). */
export const MAX_CAREERS = 10;

export const NO_EDUCATION = 'not in the bundled data';

export type CareerView = CareerRow & {
	/** Typical entry education, or `NO_EDUCATION`. */
	education: string;
};

/**
 * The chosen occupations in the order chosen, with entry education joined by code. Codes not
 * in `all` are skipped.
 */
export function careerTable(
	all: readonly CareerRow[],
	codes: readonly string[],
	education: Readonly<Record<string, string>>
): CareerView[] {
	const byCode = new Map(all.map((r) => [r.code, r]));
	return codes
		.map((c) => byCode.get(c))
		.filter((r): r is CareerRow => r !== undefined)
		.map((r) => ({ ...r, education: education[r.code] ?? NO_EDUCATION }));
}

/**
 * Where one occupation's median annual wage ranks among the rows shown (1 = highest; ties
 * share a rank); null when its median is not published or it is not shown.
 *
 * @example medians 58450 (massage), 68380, 47160 → massage ranks 2 of 3
 */
export function medianRank(
	rows: readonly CareerRow[],
	code: string
): { rank: number; of: number } | null {
	const mine = rows.find((r) => r.code === code)?.median ?? null;
	if (mine === null) return null;
	const ranked = rows.filter((r) => r.median !== null);
	return { rank: 1 + ranked.filter((r) => r.median! > mine).length, of: ranked.length };
}
