import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
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
