/**
 * Site-wide promises, checked on every route in the header navigation (so a new page is
 * covered as soon as it is linked): no request to another origin, no console error, no
 * serious or critical axe violation, a title and one h1, and no visible navigation in print.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAV } from '../../src/lib/site';
import { itMadeNoForeignRequestsOrErrors, seriousA11yViolations, suiteSession } from './browser';

describe.each(NAV.map((n) => [n.href] as const))('route %s', (href) => {
	const s = suiteSession({ at: href });

	it('has a title and exactly one h1', async () => {
		expect((await s.page.title()).length).toBeGreaterThan(10);
		expect(await s.page.locator('h1').count()).toBe(1);
	});

	it('has no serious or critical accessibility violations', async () => {
		expect(await seriousA11yViolations(s.page)).toEqual([]);
	});

	it('prints without the navigation and footer', async () => {
		await s.page.emulateMedia({ media: 'print' });
		expect(await s.page.locator('header nav').isVisible()).toBe(false);
		expect(await s.page.locator('footer').isVisible()).toBe(false);
		await s.page.emulateMedia({ media: 'screen' });
	});

	itMadeNoForeignRequestsOrErrors(s);
});

describe('built JavaScript', () => {
	function files(dir: string): string[] {
		return readdirSync(dir).flatMap((f) => {
			const p = join(dir, f);
			return statSync(p).isDirectory() ? files(p) : p.endsWith('.js') ? [p] : [];
		});
	}
	const js = files('build/_app/immutable').map((p) => ({ p, text: readFileSync(p, 'utf8') }));

	it('never contains the us-atlas topology', () => {
		// A TopoJSON topology always carries "arcs" and a "Topology" type.
		expect(js.filter((f) => /"type":\s*"Topology"/.test(f.text)).map((f) => f.p)).toEqual([]);
	});

	it('never contains a bundled dataset file', () => {
		// The header line of the biggest datasets must never appear in client code.
		const headers = [
			'state_code,state,field,value,unit,as_of',
			'geofips,state_fips,geo_name,line_code',
			'AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE'
		];
		for (const h of headers)
			expect(
				js.filter((f) => f.text.includes(h)).map((f) => f.p),
				h
			).toEqual([]);
	});

	it('loads no script from another origin', () => {
		const html = readFileSync('build/index.html', 'utf8');
		expect(html).not.toMatch(/<script[^>]+src="https?:/);
		expect(html).not.toMatch(/<link[^>]+href="https?:/);
	});
});
