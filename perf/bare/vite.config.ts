import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// Run from this folder (SvelteKit reads svelte.config.js from the working directory);
// packages resolve from the main app's node_modules two levels up.
export default defineConfig({
	plugins: [sveltekit()]
});
