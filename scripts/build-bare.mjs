#!/usr/bin/env node
// `npm run build:bare`: build the bare SvelteKit page (perf/bare) into perf/bare/build with the
// main app's installed toolchain. `audit:perf` and `bench:startup` build it themselves when it
// is missing or out of date; this script always rebuilds.
import { BARE_BUILD, ensureBareBuild } from './perf-lib.mjs';

if (!ensureBareBuild({ force: true })) {
	console.error('The bare page did not build.');
	process.exit(1);
}
console.log(`Bare page built in ${BARE_BUILD}`);
