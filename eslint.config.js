import prettier from 'eslint-config-prettier';
import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

export default ts.config(
	includeIgnoreFile(gitignorePath),
	// The bare SvelteKit page (a yardstick for start-up times, scripts/perf-lib.mjs) is its own
	// tiny app, outside the main tsconfig that the typed Svelte rules rely on.
	{ ignores: ['perf/bare/**'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Data is never rendered as HTML.
			'svelte/no-at-html-tags': 'error',
			// The site is served from the root (no kit.paths.base), so plain hrefs are correct.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Every calculation lives in a pure module: no framework, no DOM, no storage, no server
		// modules (src/lib/README.md lists them). The few modules that do touch the browser are
		// named below, each with its reason; components and rune classes (.svelte, .svelte.ts)
		// are the other side of the line.
		files: [
			'src/lib/{finance,data,clinic,income,programs,checklist,map,kit,import,charts}/**/*.ts',
			'src/lib/state/*.ts',
			'src/lib/components/*.ts',
			'src/lib/*.ts'
		],
		ignores: [
			'**/*.svelte.ts',
			// Browser-side loaders and storage, kept apart from the formulas they feed:
			'src/lib/data/fetch-once.ts', // fetch() of a prerendered JSON file, once per page
			'src/lib/map/shapes-client.ts', // fetch() of the state shapes
			'src/lib/import/idb.ts', // IndexedDB for an imported OEWS file
			'src/lib/import/import.worker.ts', // the import's worker (postMessage)
			'src/lib/charts/registered.ts', // registers Chart.js parts on the page
			'src/lib/components/deferred.ts', // schedules drawing on the page (setTimeout, scroll)
			'src/lib/components/download.ts' // hands a file to the browser
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'svelte',
								'svelte/*',
								'$app/*',
								'$lib/server/*',
								'**/*.svelte',
								'$lib/state/*.svelte',
								'$lib/charts/registered'
							],
							message: 'pure modules import no framework, component, rune state or server code'
						},
						{
							group: ['chart.js', 'chart.js/*'],
							allowTypeImports: true,
							message: 'only Chart.js types here: drawing is the components’'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				...[
					'window',
					'document',
					'localStorage',
					'sessionStorage',
					'indexedDB',
					'navigator',
					'location',
					'fetch'
				].map((name) => ({
					name,
					message: `${name} is the browser's: keep it out of pure modules.`
				}))
			]
		}
	}
);
