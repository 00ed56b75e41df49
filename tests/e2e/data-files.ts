/**
 * The committed data files, read straight from disk (not through the app), so a test can work
 * out by hand what a page must show.
 */
import { readFileSync } from 'node:fs';
import { parseRecords } from '../../src/lib/data/csv';

/** The rows of a committed CSV file, e.g. `records('data/bls-oews-national/oews-national-31-9011.csv')`. */
export const records = (path: string) => parseRecords(readFileSync(path, 'utf8')).records;
