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
		// The finance engine is pure: no framework, no DOM, no server modules.
		files: [
			'src/lib/finance/**/*.ts',
			'src/lib/data/**/*.ts',
			'src/lib/map/geo.ts',
			'src/lib/format.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['svelte', 'svelte/*', '$app/*', '$lib/server/*', '$lib/state/*'] }
			]
		}
	}
);
