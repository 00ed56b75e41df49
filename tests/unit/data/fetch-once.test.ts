import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJsonOnce } from '../../../src/lib/data/fetch-once';

afterEach(() => vi.unstubAllGlobals());

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

describe('fetchJsonOnce', () => {
	it('asks the network once for one address and shares the answer', async () => {
		const fetch = vi.fn(async () => ok([1, 2, 3]));
		vi.stubGlobal('fetch', fetch);
		const [a, b] = await Promise.all([
			fetchJsonOnce<number[]>('/once/a.json', 'a'),
			fetchJsonOnce<number[]>('/once/a.json', 'a')
		]);
		expect(a).toEqual([1, 2, 3]);
		expect(b).toBe(a);
		expect(fetch).toHaveBeenCalledTimes(1);
	});

	it('names what failed and the HTTP status, and retries on the next call', async () => {
		const fetch = vi
			.fn()
			.mockResolvedValueOnce(new Response('no', { status: 404 }))
			.mockResolvedValueOnce(ok({ n: 7 }));
		vi.stubGlobal('fetch', fetch);
		await expect(fetchJsonOnce('/once/b.json', 'the licence facts for Texas')).rejects.toThrow(
			'Could not load the licence facts for Texas (HTTP 404).'
		);
		expect(await fetchJsonOnce('/once/b.json', 'the licence facts for Texas')).toEqual({ n: 7 });
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('says so when the network is gone', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => {
				throw new TypeError('Failed to fetch');
			})
		);
		await expect(fetchJsonOnce('/once/c.json', 'the list of occupations')).rejects.toThrow(
			'Could not load the list of occupations: Failed to fetch.'
		);
	});
});
