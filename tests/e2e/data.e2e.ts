import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/lib/data/catalog';
import { validateCsv } from '../../src/lib/data/csv';
import { oewsState2025 } from '../../src/lib/data/schema';
import {
	download,
	itMadeNoForeignRequestsOrErrors,
	seriousA11yViolations,
	suiteSession
} from './browser';

describe('data catalogue page', () => {
	const s = suiteSession({ at: '/data' });

	it('lists every dataset with a download link', async () => {
		const links = s.page.locator('a[href$=".csv"]');
		expect(await links.count()).toBe(DATASETS.length);
	});

	it('downloads /data/<id>.csv and it parses back to the committed rows', async () => {
		const link = s.page.locator('a[href="/data/bls-oews-state-2025.csv"]');
		const downloaded = (await download(s.page, () => link.click())).text;
		const committed = readFileSync('data/bls-oews-state-2025/oews-state-2025-31-9011.csv', 'utf8');
		const a = validateCsv('downloaded', downloaded, oewsState2025);
		const b = validateCsv('committed', committed, oewsState2025);
		expect(a.ok && b.ok).toBe(true);
		if (a.ok && b.ok) {
			expect(a.rows).toEqual(b.rows);
			expect(a.rows).toHaveLength(50);
		}
	});

	it('has no serious or critical accessibility violations', async () => {
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	itMadeNoForeignRequestsOrErrors(s);
});
