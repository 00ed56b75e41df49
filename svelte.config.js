import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code; third-party components keep their own mode.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true),
		experimental: { async: true }
	},
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Content-Security-Policy as a <meta> tag on every prerendered page. Scripts only from this
		// origin plus the hashes SvelteKit computes for its own inline bootstrap; nothing may be
		// fetched from another origin. Styles allow inline attributes, which Svelte's style:
		// directives and Chart.js set at run time.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		alias: {
			$data: 'data'
		},
		// A page's stylesheets (about 4–14 KB in all) go inside its HTML: eight small render-blocking
		// requests cost a phone more on first load than the bytes do (Lighthouse FCP and LCP).
		inlineStyleThreshold: 16 * 1024,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
