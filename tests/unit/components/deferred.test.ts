import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = () => void;
let listeners: Record<string, Listener[]>;
let elements: Record<string, { scrollIntoView: () => void }>;
let hash: string;

async function fresh() {
	vi.resetModules();
	return import('../../../src/lib/components/deferred');
}

beforeEach(() => {
	vi.useFakeTimers();
	listeners = {};
	elements = {};
	hash = '';
	vi.stubGlobal('addEventListener', (type: string, fn: Listener) => {
		(listeners[type] ??= []).push(fn);
	});
	vi.stubGlobal('location', {
		get hash() {
			return hash;
		}
	});
	vi.stubGlobal('document', { getElementById: (id: string) => elements[id] ?? null });
	vi.stubGlobal('scrollY', 0);
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('drawLater', () => {
	it('draws one section per task, in the order asked, none during start-up', async () => {
		const { drawLater } = await fresh();
		const drawn: string[] = [];
		drawLater(() => drawn.push('charts'));
		drawLater(() => drawn.push('table'));
		drawLater(() => drawn.push('sources'));
		expect(drawn).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(drawn).toEqual(['charts']);
		vi.advanceTimersToNextTimer();
		expect(drawn).toEqual(['charts', 'table']);
		vi.runAllTimers();
		expect(drawn).toEqual(['charts', 'table', 'sources']);
	});

	it('skips a section withdrawn before its turn', async () => {
		const { drawLater } = await fresh();
		const drawn: string[] = [];
		drawLater(() => drawn.push('a'));
		const withdraw = drawLater(() => drawn.push('b'));
		drawLater(() => drawn.push('c'));
		withdraw();
		vi.runAllTimers();
		expect(drawn).toEqual(['a', 'c']);
	});

	it('draws everything at once before printing', async () => {
		const { drawLater } = await fresh();
		const drawn: string[] = [];
		drawLater(() => drawn.push('a'));
		drawLater(() => drawn.push('b'));
		for (const fn of listeners.beforeprint ?? []) fn();
		expect(drawn).toEqual(['a', 'b']);
		vi.runAllTimers();
		expect(drawn).toEqual(['a', 'b']);
	});

	it('scrolls to a #fragment once the section holding it is drawn, and only once', async () => {
		const { drawLater } = await fresh();
		hash = '#monthly';
		const scroll = vi.fn();
		drawLater(() => (elements.monthly = { scrollIntoView: scroll }));
		drawLater(() => undefined);
		expect(scroll).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(scroll).toHaveBeenCalledTimes(1);
	});

	it('leaves a fragment the browser already scrolled to alone', async () => {
		const { drawLater } = await fresh();
		hash = '#top';
		const scroll = vi.fn();
		elements.top = { scrollIntoView: scroll };
		drawLater(() => undefined);
		vi.runAllTimers();
		expect(scroll).not.toHaveBeenCalled();
	});

	it('scrolls to a fragment in a section that asks again once its code has arrived', async () => {
		const { drawLater } = await fresh();
		hash = '#marketing';
		const scroll = vi.fn();
		drawLater(() => undefined); // its turn: the code is fetched
		vi.runAllTimers();
		drawLater(() => (elements.marketing = { scrollIntoView: scroll })); // the code is here
		vi.runAllTimers();
		expect(scroll).toHaveBeenCalledTimes(1);
	});

	it('draws every section when a hand-edited #fragment does not decode', async () => {
		const { drawLater } = await fresh();
		hash = '#%E0%A4%A';
		const drawn: string[] = [];
		drawLater(() => drawn.push('charts'));
		drawLater(() => drawn.push('table'));
		vi.runAllTimers();
		expect(drawn).toEqual(['charts', 'table']);
	});

	it('does not pull back a reader who has scrolled since the page opened', async () => {
		const { drawLater } = await fresh();
		hash = '#marketing';
		const scroll = vi.fn();
		drawLater(() => undefined);
		vi.stubGlobal('scrollY', 640);
		drawLater(() => (elements.marketing = { scrollIntoView: scroll }));
		vi.runAllTimers();
		expect(scroll).not.toHaveBeenCalled();
	});
});

describe('hydrateTurn', () => {
	it('on the server resolves at once, so the prerendered HTML holds the part', async () => {
		const { hydrateTurn } = await fresh();
		// No window: the prerender. Resolved before any timer runs.
		await expect(hydrateTurn()).resolves.toBe(true);
	});

	it('in the browser resolves in a task of its own, in the order asked with drawn parts', async () => {
		vi.stubGlobal('window', {});
		const { drawLater, hydrateTurn } = await fresh();
		const order: string[] = [];
		drawLater(() => order.push('chart drawn'));
		const form = hydrateTurn().then(() => order.push('form live'));
		drawLater(() => order.push('table drawn'));
		await Promise.resolve();
		expect(order).toEqual([]);
		vi.advanceTimersToNextTimer();
		await Promise.resolve();
		expect(order).toEqual(['chart drawn']);
		vi.advanceTimersToNextTimer();
		await form;
		expect(order).toEqual(['chart drawn', 'form live']);
		vi.runAllTimers();
		expect(order).toEqual(['chart drawn', 'form live', 'table drawn']);
	});
});
