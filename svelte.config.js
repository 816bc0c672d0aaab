import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// build/app/: build/index.js is the atlas's own entry (scripts/server/), written by scripts/finish-build.js.
		adapter: adapter({ out: 'build/app' }),
		// Scripts only from this origin (SvelteKit adds nonces or hashes for its own inline bootstrap). Styles allow
		// inline because Svelte's style: directives and ECharts' tooltips set style attributes.
		csp: {
			// Hashes, not nonces: a page's bytes then depend on its URL only, so rendered pages can be cached.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		alias: { $generated: 'generated' },
		typescript: {
			// svelte-check ignores scripts/ and tests/ unless the generated tsconfig includes them.
			config(tsconfig) {
				tsconfig.include.push('../scripts/**/*.ts', '../tests/**/*.ts', '../playwright.config.ts');
				return tsconfig;
			}
		}
	}
};

export default config;
