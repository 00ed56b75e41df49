// The bare page: the smallest prerendered SvelteKit 2 + Svelte 5 app, built with the main app's
// installed toolchain (../../node_modules) as a yardstick for start-up cost (issue #18).
// Build it with `npm run build:bare` (scripts/build-bare.mjs); output in perf/bare/build.
import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Same as the main app, so both ship their styles and bootstrap the same way.
		csp: { mode: 'hash', directives: { 'script-src': ['self'] } },
		inlineStyleThreshold: 16 * 1024
	}
};

export default config;
