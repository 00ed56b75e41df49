/**
 * Browser: draw below-the-fold sections one at a time after the page starts, each in a task of
 * its own, so start-up is not one long task that blocks input (Lighthouse "total blocking
 * time"). Sections are drawn in the order they asked; all are drawn at once before printing,
 * and a `#fragment` that points into a late section is scrolled to once it exists.
 */
import { flushSync } from 'svelte';

const queue: (() => void)[] = [];
let scheduled = false;
let listening = false;

function drawNext(): void {
	scheduled = false;
	queue.shift()?.();
	flushSync();
	scrollToFragment();
	schedule();
}

function schedule(): void {
	if (scheduled || queue.length === 0) return;
	scheduled = true;
	setTimeout(drawNext, 0);
}

function drawAll(): void {
	while (queue.length > 0) queue.shift()!();
	flushSync();
}

/** The element id a `#fragment` names; a hand-edited one may not decode ("#%E0%A4%A"). */
function fragmentId(): string {
	const raw = location.hash.slice(1);
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

let scrolledTo: string | null = null;
/** Where the window was when the first section asked; a reader who has scrolled since is left be. */
let startY = 0;
function scrollToFragment(): void {
	const id = fragmentId();
	if (!id || id === scrolledTo || scrollY !== startY) return;
	const target = document.getElementById(id);
	if (target) {
		scrolledTo = id;
		target.scrollIntoView();
	}
}

/**
 * Ask for `draw` to run in a later task, after the sections that asked before it. Returns a
 * function that withdraws the request (for a component destroyed before its turn).
 */
export function drawLater(draw: () => void): () => void {
	if (!listening) {
		listening = true;
		startY = scrollY;
		addEventListener('beforeprint', drawAll);
		// A fragment already in the first HTML was scrolled to by the browser.
		if (location.hash && document.getElementById(fragmentId())) scrolledTo = fragmentId();
	}
	queue.push(draw);
	schedule();
	return () => {
		const i = queue.indexOf(draw);
		if (i >= 0) queue.splice(i, 1);
	};
}

/**
 * Resolves in a task of its own, after the parts that asked before (true at once on the
 * server). `HydrateLater` awaits it, so a part's prerendered HTML stays and its hydration runs
 * after the rest of the page's, in the next task.
 */
export function hydrateTurn(): Promise<true> {
	if (typeof window === 'undefined') return Promise.resolve(true);
	return new Promise((resolve) => drawLater(() => resolve(true)));
}
