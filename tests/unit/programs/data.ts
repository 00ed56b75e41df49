/** The committed datasets, read and validated the way the build reads them (for tests). */
import { readFileSync } from 'node:fs';
import { parseOrThrow } from '../../../src/lib/data/csv';
import * as s from '../../../src/lib/data/schema';
import { factFromRow, programFromRow } from '../../../src/lib/programs/rows';

export const dataPrograms = parseOrThrow(
	'certification-programs.csv',
	readFileSync('data/certification-programs/certification-programs.csv', 'utf8'),
	s.certificationPrograms
).map(programFromRow);

export const licensingFacts = parseOrThrow(
	'state-licensing-facts.csv',
	readFileSync('data/state-licensing/state-licensing-facts.csv', 'utf8'),
	s.stateLicensing
).map(factFromRow);

export const stateList = parseOrThrow(
	'state-fips.csv',
	readFileSync('data/state-fips/state-fips.csv', 'utf8'),
	s.stateFips
).map((r) => ({ abbr: r.state_abbr, name: r.state_name }));

export function program(id: string) {
	const p = dataPrograms.find((x) => x.id === id);
	if (!p) throw new Error(`no program ${id}`);
	return p;
}

export const certificationRows = parseOrThrow(
	'certification-programs.csv',
	readFileSync('data/certification-programs/certification-programs.csv', 'utf8'),
	s.certificationPrograms
);

export const entryRows = parseOrThrow(
	'entry-level-programs.csv',
	readFileSync('data/entry-level-programs/entry-level-programs.csv', 'utf8'),
	s.entryLevelPrograms
);
