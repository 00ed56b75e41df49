/**
 * Property-based browser tests: every route opened with generated hostile addresses, and every
 * store in this browser (localStorage keys, the IndexedDB import) filled with generated damaged
 * values. Each visit must start without a page or console error, show no "NaN", "Infinity" or
 * "undefined" outside the notices that quote the link back, still show a number in the
 * page's headline, name unknown parameters and drop them from the address, leave stored text
 * where it was and, when a value was kept aside, offer it for download.
 *
 * Speed: one browser page. A round is one address per route, visited in turn, so every visit
 * is a new page. The first rounds open each address fresh (the router's start-up, where the
 * old "$set" error was), each with its own generated import in IndexedDB; the rest navigate
 * inside the app (the same readers run when the page mounts), with a generated value for
 * every localStorage key per round.
 *
 * Seeded: E2E_SEED=<n> replays a run; the seed is printed on failure.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRecords } from '../../src/lib/data/csv';
import {
	CLINIC_INPUT_LIMITS,
	CLINIC_NUMBER_FIELDS,
	DRIVERS,
	INCOME_INPUT_FIELDS,
	INCOME_INPUT_LIMITS
} from '../../src/lib/finance';
import { FACTOR_IDS } from '../../src/lib/clinic/factors';
import { FIELD_META } from '../../src/lib/clinic/clinic-fields';
import { PLAN_FIELDS } from '../../src/lib/checklist/marketing-plan';
import { importOews } from '../../src/lib/import/stream';
import { validateImportedSet, type ImportedSet } from '../../src/lib/import/set';
import { BASE, open, type Session } from './browser';

const SEED = Number(process.env.E2E_SEED ?? 19);
/** Rounds opened fresh (each with its own IndexedDB value), then rounds by in-app navigation. */
const FRESH_ROUNDS = 16;
const APP_ROUNDS = 184;
const APP_CHUNKS = 8;
const ADDRESSES_PER_ROUTE = FRESH_ROUNDS + APP_ROUNDS;

const csv = (path: string) => parseRecords(readFileSync(path, 'utf8')).records;
const STATES = csv('data/state-fips/state-fips.csv').map((r) => r.state_abbr!);
const PROGRAM_IDS = csv('data/certification-programs/certification-programs.csv').map(
	(r) => r.program_id!
);
const STEP_IDS = csv('data/checklist/checklist-steps.csv').map((r) => r.step_id!);

// ---- Addresses ----------------------------------------------------------------------------

const numberText = (min: number, max: number) =>
	fc.oneof(
		fc.double({ min, max, noNaN: true }).map(String),
		fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 1e9)) }).map(String)
	);
const pick = (list: readonly string[]) => fc.constantFrom(...list);
const listOf = (list: readonly string[]) =>
	fc
		.array(fc.oneof(pick(list), fc.constantFrom('ZZ', '', ' tx ', '<b>')), { maxLength: 7 })
		.map((xs) => xs.join(','));

/** Each route's parameters and a generator of plausible values for each. */
const ROUTES: { path: string; params: Record<string, fc.Arbitrary<string>>; headline: string }[] = [
	{ path: '/', params: {}, headline: '[data-metric="national-median-annual"]' },
	{
		path: '/income',
		params: {
			...Object.fromEntries(
				INCOME_INPUT_FIELDS.map((k) => [
					k,
					numberText(INCOME_INPUT_LIMITS[k].min, INCOME_INPUT_LIMITS[k].max)
				])
			),
			...Object.fromEntries(
				DRIVERS.flatMap((d) =>
					['low', 'high'].map((b) => [
						`${b}.${d}`,
						numberText(INCOME_INPUT_LIMITS[d].min, INCOME_INPUT_LIMITS[d].max)
					])
				)
			),
			state: pick(STATES)
		},
		headline: '[data-metric="npv"]'
	},
	{
		path: '/location',
		params: {
			metric: pick(['aMedian', 'employment', 'jobs1000', 'lq', 'rppMedian', 'growth']),
			vintage: pick(['2024', '2025']),
			method: pick(['quantile', 'equal']),
			state: pick(STATES),
			compare: listOf(STATES)
		},
		headline: '.legend'
	},
	{
		path: '/programs',
		params: {
			state: pick(STATES),
			hours: fc.integer({ min: 0, max: 99_999 }).map(String),
			compare: listOf(PROGRAM_IDS),
			program: pick(PROGRAM_IDS)
		},
		headline: 'table.programs tbody'
	},
	{ path: '/checklist', params: {}, headline: '[data-progress="overall"]' },
	{
		path: '/clinic',
		params: {
			state: pick([...STATES, 'US']),
			pct: pick(['p10', 'p25', 'median', 'p75', 'p90', 'custom']),
			pay: pick(['wage', 'commission']),
			...Object.fromEntries(
				CLINIC_NUMBER_FIELDS.map((f) => {
					const { min, max } = CLINIC_INPUT_LIMITS[f];
					const k = FIELD_META[f].kind === 'percent' ? 100 : 1;
					return [f, numberText(min * k, max * k)];
				})
			),
			...Object.fromEntries(
				FACTOR_IDS.flatMap((id) => [
					[`w_${id}`, numberText(0, 10)],
					[`d_${id}`, pick(['higher', 'lower'])]
				])
			),
			why: pick(STATES)
		},
		headline: '[data-metric="funding-needed"]'
	},
	{ path: '/data', params: {}, headline: 'table caption' }
];

const HOSTILE_TEXT = fc.oneof(
	fc.constantFrom(
		'',
		' ',
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'1e309',
		'-1e309',
		'-0',
		'NaN',
		'Infinity',
		'-Infinity',
		'undefined',
		'null',
		'0x1F',
		'1,5',
		'１２',
		'%',
		'%25',
		'%E0%A4%A',
		'%00',
		'a/b',
		'../..',
		'__proto__',
		'constructor',
		'ZZ',
		'tx',
		'US',
		'0',
		'-1',
		'1e-7',
		'9007199254740993',
		'[]',
		'{}'
	),
	fc.string({ maxLength: 16 }),
	fc.string({ unit: 'binary', maxLength: 8 }),
	fc.double().map(String),
	fc.integer().map(String),
	fc.integer({ min: 100, max: 4000 }).map((n) => 'x'.repeat(n))
);
const UNKNOWN_KEY = fc.oneof(
	fc.constantFrom('x', '', '<script>', '__proto__', 'constructor', 'toString', 'State', 'q'),
	fc.string({ minLength: 1, maxLength: 8 })
);
type Encoding = 'component' | 'raw' | 'double' | 'plus';
const encode = (text: string, how: Encoding): string =>
	how === 'raw'
		? text
		: how === 'double'
			? encodeURIComponent(encodeURIComponent(text))
			: how === 'plus'
				? encodeURIComponent(text).replaceAll('%20', '+')
				: encodeURIComponent(text);

function queryArb(params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
	const names = Object.keys(params);
	const known =
		names.length === 0
			? []
			: [
					fc
						.constantFrom(...names)
						.chain((k) => fc.tuple(fc.constant(k), fc.oneof(params[k]!, HOSTILE_TEXT)))
				];
	const pair = fc.tuple(
		fc.oneof(...known, fc.tuple(UNKNOWN_KEY, HOSTILE_TEXT)),
		fc.constantFrom<Encoding>('component', 'component', 'raw', 'double', 'plus')
	);
	return fc
		.array(pair, { minLength: 1, maxLength: 8 })
		.map(
			(pairs) => `?${pairs.map(([[k, v], how]) => `${encode(k, how)}=${encode(v, how)}`).join('&')}`
		);
}

// ---- Stored values ------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const HOSTILE_LEAF = fc.oneof(
	fc.constantFrom<Json>(
		null,
		-1,
		0,
		1e308,
		-1e308,
		5e-324,
		'',
		'NaN',
		'undefined',
		'<script>x</script>',
		'2025-02-30',
		true,
		[],
		{},
		'x'.repeat(6000)
	),
	fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>
);

function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
	const out = [at];
	if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
	else if (v && typeof v === 'object')
		for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
	return out;
}

/** A valid value with a few parts replaced by hostile leaves or deleted. */
function mutated(sample: Json): fc.Arbitrary<Json> {
	const all = paths(sample).slice(1);
	if (all.length === 0) return fc.constant(sample);
	const edit = fc.tuple(fc.nat(all.length - 1), fc.option(HOSTILE_LEAF, { freq: 4 }));
	return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
		const v = structuredClone(sample);
		for (const [i, leaf] of edits) {
			const path = all[i]!;
			let parent = v as Record<string | number, Json>;
			for (const p of path.slice(0, -1)) {
				const next = parent?.[p];
				if (next === null || typeof next !== 'object') return v;
				parent = next as Record<string | number, Json>;
			}
			const last = path[path.length - 1]!;
			if (leaf === null && !Array.isArray(parent)) delete parent[last];
			else parent[last] = leaf;
		}
		return v;
	});
}

/** Text for a stored key: damaged JSON of the right shape mostly, some junk and valid values. */
function storedText(samples: Json[]): fc.Arbitrary<string> {
	return fc.oneof(
		{
			weight: 5,
			arbitrary: fc
				.constantFrom(...samples)
				.chain(mutated)
				.map((v) => JSON.stringify(v))
		},
		{ weight: 2, arbitrary: fc.constantFrom(...samples).map((v) => JSON.stringify(v)) },
		{ weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
		{
			weight: 1,
			arbitrary: fc.oneof(
				fc.constantFrom('', '{', 'undefined', 'NaN', '{"__proto__":{"x":1}}', '[1,2'),
				fc.string({ maxLength: 40 })
			)
		}
	);
}

const channel = (id: string, kind: string): Json => ({
	id,
	kind,
	name: `Channel ${id}`,
	...Object.fromEntries(PLAN_FIELDS.map((f) => [f.key, f.min]))
});
const checklistSample = (status: string): Json => ({
	steps: Object.fromEntries(
		STEP_IDS.slice(0, 4).map((id, i) => [
			id,
			{ status, due: i % 2 ? '2026-03-01' : null, notes: 'Called the board', costUsd: i * 100 }
		])
	),
	quarantine: []
});
const program = (id: string): Json => ({
	origin: 'custom',
	id,
	provider: 'Local school',
	credential: 'Medical massage certificate',
	specialty: 'medical',
	totalHours: 120,
	costUsd: 2400,
	hoursBreakdown: null,
	costNote: null,
	format: 'in person',
	duration: '6 weeks',
	prerequisites: null,
	ceCredits: null,
	renewal: null,
	verificationStatus: null,
	source: 'brochure',
	sourceUrl: 'https://example.org/course',
	note: null
});

interface StoreKey {
	name: string;
	version: number;
	/** The page that reads it. */
	route: string;
	text: fc.Arbitrary<string>;
}

// ---- The browser run ------------------------------------------------------------------------

/**
 * One browser with its own storage, running its share of the rounds; two run side by side,
 * so the machine's two cores both draw pages.
 */
interface Lane {
	s: Session;
	page: Page;
}

const LANES = 2;
let lanes: Lane[] = [];
let stores: StoreKey[] = [];
let importSamples: Json[] = [];
const tried = { addresses: new Map<string, number>(), stored: new Map<string, number>(), idb: 0 };
const startedAt = Date.now();
const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Waits until the page is live (router started, deferred parts drawn), the parameters in
 * `unknown` are gone from the address and, with `importRead`, the import has been read.
 */
async function settle(page: Page, unknown: string[], importRead: boolean): Promise<void> {
	await page.waitForFunction(
		([names, withImport]) => {
			// documentElement is null for a moment while a new document loads
			if (document.documentElement?.dataset.started === undefined) return false;
			if (document.querySelector('[data-pending]') !== null) return false;
			const p = new URLSearchParams(location.search);
			if (names.some((n) => p.has(n))) return false;
			return !withImport || document.querySelector('.import-banner, .import-problem') !== null;
		},
		[unknown, importRead] as const,
		{ polling: 16, timeout: 15_000 }
	);
}

/**
 * Opens an address: fresh (a page load, through the router's start-up) or by a click on a
 * link inside the app. In-app links lose the `#fragment`: SvelteKit's client router decodes
 * it with decodeURIComponent and throws on a malformed one ("#%E0%A4%A"), and the app's own
 * links never carry one; typed or pasted addresses (fresh loads) keep it.
 */
async function visit(page: Page, path: string, query: string, fresh: boolean): Promise<void> {
	if (fresh) {
		await page.goto(`${BASE}${path}${query}`, { waitUntil: 'commit' });
		return;
	}
	const url = `${path}${query.split('#')[0]}`;
	await page.evaluate((u) => {
		delete document.documentElement.dataset.started;
		const a = document.createElement('a');
		a.href = u;
		document.body.append(a);
		a.click();
		a.remove();
	}, url);
}

/** Everything a visit is checked on, read in one go. */
async function snapshot(page: Page, headline: string, names: string[]) {
	return page.evaluate(
		([sel, storeNames]) => {
			let text = document.body.innerText;
			const notices = [...document.querySelectorAll<HTMLElement>('[data-notice]')];
			for (const n of notices) text = text.replace(n.innerText, '');
			const stored: Record<string, string | null> = {};
			const copies: Record<string, string[]> = {};
			for (let i = 0; i < localStorage.length; i++) {
				const k = localStorage.key(i)!;
				stored[k] = localStorage.getItem(k);
				const name = storeNames.find((n) => k.startsWith(`mmt:${n}:corrupt:`));
				if (name) (copies[name] ??= []).push(localStorage.getItem(k)!);
			}
			return {
				text,
				headline: document.querySelector<HTMLElement>(sel)?.innerText ?? null,
				notices: notices.length,
				download: notices.some((n) =>
					[...n.querySelectorAll('button')].some((b) =>
						b.textContent?.includes('Download what was kept aside')
					)
				),
				importBanner: document.querySelector('.import-banner') !== null,
				stored,
				copies
			};
		},
		[headline, names] as const
	);
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** The parameter names of `query` that `route` does not have. */
function unknownNames(route: (typeof ROUTES)[number], query: string): string[] {
	const params = new URL(`${BASE}${route.path}${query}`).searchParams;
	return [...new Set(params.keys())].filter((k) => !Object.hasOwn(route.params, k));
}

/** What every visit must satisfy (the address was checked by `settle`). */
function check(lane: Lane, snap: Snapshot, unknown: string[]): void {
	if (unknown.length > 0)
		expect(snap.notices, 'a notice names the unknown parameter').toBeGreaterThan(0);
	expect(snap.text.match(/.{0,60}\b(NaN|Infinity|undefined)\b.{0,60}/)?.[0] ?? null).toBeNull();
	expect(snap.headline).toMatch(/\d/);
	expect(lane.s.consoleErrors).toEqual([]);
}

/** Stored text is where it was put, and a value kept aside is offered for download. */
function checkStores(snap: Snapshot, route: string, seeded: Map<string, string>): void {
	for (const st of stores.filter((x) => x.route === route)) {
		for (const [key, text] of seeded) {
			if (!key.startsWith(`mmt:${st.name}:`)) continue;
			expect(snap.stored[key], key).toBe(text);
			const copies = snap.copies[st.name] ?? [];
			const newer = Number(key.slice(key.lastIndexOf(':v') + 2)) > st.version;
			if (!newer && copies.length > 0) expect(copies).toEqual([text]);
			if (newer || copies.length > 0)
				expect(snap.download, `download offered for ${key}`).toBe(true);
		}
	}
}

async function seedIndexedDb(page: Page, value: Json): Promise<void> {
	await page.evaluate<void, unknown>(
		(v) =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('mmp-imports', 1);
				req.onupgradeneeded = () => req.result.createObjectStore('sets');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const tx = db.transaction('sets', 'readwrite');
					tx.objectStore('sets').clear();
					if (v !== undefined) tx.objectStore('sets').put(v, 'current');
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => (db.close(), reject(tx.error));
				};
			}),
		value
	);
}

/** Runs one visit's checks, naming the address (and the page's notices) when one fails. */
async function step(lane: Lane, path: string, query: string, run: () => Promise<void>) {
	try {
		await run();
	} catch (e) {
		const notices = await lane.page
			.locator('[data-notice]')
			.allInnerTexts()
			.catch(() => []);
		const at = await lane.page.evaluate(() => location.href).catch(() => '?');
		throw new Error(
			`${path}${query.slice(0, 300)} (now at ${at.slice(0, 200)}; notices: ${JSON.stringify(notices).slice(0, 400)}; errors: ${JSON.stringify(lane.s.consoleErrors).slice(0, 400)}): ${(e as Error).message}`,
			{ cause: e }
		);
	}
}

const roundArb = fc.record(
	Object.fromEntries(ROUTES.map((r) => [r.path, queryArb(r.params)])) as Record<
		string,
		fc.Arbitrary<string>
	>
);

/**
 * `runs` rounds of `property`, shared between the lanes; lane i uses seed `seed + i`. A
 * failure names the seed (fast-check prints the counterexample and its path).
 */
async function inLanes<T>(
	what: string,
	seed: number,
	runs: number,
	arb: fc.Arbitrary<T>,
	property: (lane: Lane, value: T) => Promise<void>
): Promise<void> {
	await Promise.all(
		lanes.map((lane, i) =>
			fc
				.assert(
					fc.asyncProperty(arb, (v) => property(lane, v)),
					{
						seed: seed + i,
						numRuns: Math.floor(runs / LANES) + (i < runs % LANES ? 1 : 0),
						endOnFailure: true
					}
				)
				.catch((e: unknown) => {
					console.error(
						`${what} failed (seed ${seed + i}; set E2E_SEED=${SEED} to replay the run).`
					);
					throw e;
				})
		)
	);
}

async function sampleScenarios(page: Page) {
	// Valid saved scenarios as the app writes them, so the damage is done to the real shape.
	await page.goto(`${BASE}/income`, { waitUntil: 'networkidle' });
	await page.getByLabel('Scenario name').fill('Sample plan');
	await page.getByRole('button', { name: 'Save current inputs' }).click();
	await page.waitForFunction(() => localStorage.getItem('mmt:income-scenarios:v2') !== null);
	await page.goto(`${BASE}/clinic?state=TX`, { waitUntil: 'networkidle' });
	await page.getByLabel('Scenario name').fill('Texas plan');
	await page.getByRole('button', { name: 'Save current inputs' }).click();
	await page.waitForFunction(() => localStorage.getItem('mmt:clinic-scenarios:v2') !== null);
	const [income, clinic] = await page.evaluate(() => [
		localStorage.getItem('mmt:income-scenarios:v2')!,
		localStorage.getItem('mmt:clinic-scenarios:v2')!
	]);
	await page.evaluate(() => localStorage.clear());
	return { income: JSON.parse(income!) as Json, clinic: JSON.parse(clinic!) as Json };
}

beforeAll(async () => {
	lanes = await Promise.all(
		Array.from({ length: LANES }, async () => {
			const s = await open({ serviceWorkers: 'block' });
			return { s, page: s.page };
		})
	);
	const { income, clinic } = await sampleScenarios(lanes[0]!.page);
	for (const lane of lanes) {
		await lane.page.goto(`${BASE}/data`, { waitUntil: 'commit' });
		await settle(lane.page, [], false);
	}

	const text = readFileSync('tests/fixtures/oews-synthetic-small.csv', 'utf8');
	const r = await importOews(text, { occCode: '31-9011', fileName: 'x.csv', chunkSize: 65536 })
		.done;
	if (!r.ok) throw new Error('fixture did not import');
	const set: ImportedSet = {
		fileName: 'state_M2026_dl.csv',
		period: 'May 2026',
		occCode: '31-9011',
		occTitle: r.summary.occTitle,
		importedAt: '2026-05-01T00:00:00.000Z',
		rows: r.rows,
		summary: r.summary
	};
	importSamples = [set as unknown as Json];

	stores = [
		{
			name: 'checklist',
			version: 2,
			route: '/checklist',
			text: storedText([checklistSample('done'), checklistSample('doing'), { steps: {} }])
		},
		{
			name: 'marketing-plan',
			version: 1,
			route: '/checklist',
			text: storedText([
				{ channels: [channel('website', 'website'), channel('custom-1', 'custom')] }
			])
		},
		{ name: 'income-scenarios', version: 2, route: '/income', text: storedText([income]) },
		{ name: 'clinic-scenarios', version: 2, route: '/clinic', text: storedText([clinic]) },
		{
			name: 'programs',
			version: 1,
			route: '/programs',
			text: storedText([[program('my_course')], [program('a1'), program('b_2')]])
		},
		{
			name: 'program-figures',
			version: 1,
			route: '/programs',
			text: storedText([
				{ [PROGRAM_IDS[0]!]: { costUsd: 2500, totalHours: 100, materialsUsd: 80 } }
			])
		}
	];
}, 120_000);

afterAll(async () => {
	const per = [...tried.addresses].map(([r, n]) => `${r} ${n}`).join(', ');
	const keys = [...tried.stored].map(([k, n]) => `${k} ${n}`).join(', ');
	console.log(
		`Property run (seed ${SEED}, ${Math.round((Date.now() - startedAt) / 1000)} s): addresses per route: ${per}; stored values per localStorage key: ${keys}; IndexedDB imports: ${tried.idb}.`
	);
	await Promise.all(lanes.map((l) => l.s.close()));
});

describe(`every route with ${ADDRESSES_PER_ROUTE} generated addresses, every store with generated values`, () => {
	it(`opens ${FRESH_ROUNDS} addresses per route fresh, each with a generated import in IndexedDB`, async () => {
		const importArb = fc.oneof(
			{ weight: 3, arbitrary: fc.constantFrom(...importSamples).chain(mutated) },
			{ weight: 1, arbitrary: fc.constantFrom(...importSamples) },
			{ weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }
		);
		const arb = fc.tuple(
			roundArb,
			fc.array(importArb, { minLength: ROUTES.length, maxLength: ROUTES.length })
		);
		await inLanes('Fresh addresses', SEED, FRESH_ROUNDS, arb, async (lane, [queries, imports]) => {
			for (const [i, route] of ROUTES.entries()) {
				const query = queries[route.path]!;
				await step(lane, route.path, query, async () => {
					await seedIndexedDb(lane.page, imports[i]!);
					lane.s.consoleErrors.length = 0;
					await visit(lane.page, route.path, query, true);
					const unknown = unknownNames(route, query);
					await settle(lane.page, unknown, true);
					const snap = await snapshot(lane.page, route.headline, []);
					check(lane, snap, unknown);
					const valid = validateImportedSet(imports[i]) !== null;
					expect(snap.importBanner, 'import used').toBe(valid);
					if (!valid) expect(snap.download, 'kept-aside import offered').toBe(true);
				});
				count(tried.addresses, route.path);
				tried.idb++;
			}
		});
		for (const lane of lanes) {
			await seedIndexedDb(lane.page, undefined as unknown as Json);
			await lane.page.goto(`${BASE}/data`, { waitUntil: 'commit' });
			await settle(lane.page, [], false);
		}
	}, 240_000);

	const perChunk = APP_ROUNDS / APP_CHUNKS;
	for (let c = 0; c < APP_CHUNKS; c++) {
		it(`navigates in the app to ${perChunk} more addresses per route with generated saved values (part ${c + 1} of ${APP_CHUNKS})`, async () => {
			const arb = fc.tuple(
				roundArb,
				fc.tuple(...stores.map((st) => st.text)),
				fc.array(fc.constantFrom('current', 'current', 'current', 'older', 'newer'), {
					minLength: stores.length,
					maxLength: stores.length
				})
			);
			const seed = SEED + LANES * (c + 1);
			await inLanes(
				`In-app addresses, part ${c + 1}`,
				seed,
				perChunk,
				arb,
				async (lane, [queries, texts, versions]) => {
					const seeded = new Map<string, string>();
					stores.forEach((st, i) => {
						const v = versions[i]!;
						const version =
							v === 'older' && st.version > 1
								? st.version - 1
								: v === 'newer'
									? st.version + 1
									: st.version;
						seeded.set(`mmt:${st.name}:v${version}`, texts[i]!);
					});
					await lane.page.evaluate(
						(entries) => {
							localStorage.clear();
							for (const [k, v] of entries) localStorage.setItem(k, v);
						},
						[...seeded]
					);
					for (const st of stores) count(tried.stored, st.name);
					for (const route of ROUTES) {
						const query = queries[route.path]!;
						await step(lane, route.path, query, async () => {
							lane.s.consoleErrors.length = 0;
							await visit(lane.page, route.path, query, false);
							const unknown = unknownNames(route, query);
							await settle(lane.page, unknown, false);
							const snap = await snapshot(
								lane.page,
								route.headline,
								stores.map((x) => x.name)
							);
							check(lane, snap, unknown);
							checkStores(snap, route.path, seeded);
						});
						count(tried.addresses, route.path);
					}
				}
			);
		}, 120_000);
	}

	it(`tried at least 200 addresses per route and 100 values per stored key`, () => {
		for (const r of ROUTES) expect(tried.addresses.get(r.path), r.path).toBe(ADDRESSES_PER_ROUTE);
		for (const st of stores) expect(tried.stored.get(st.name), st.name).toBeGreaterThanOrEqual(100);
		expect(tried.idb).toBeGreaterThanOrEqual(100);
	});
});
