import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CHART_CSS_MODULE, chartCss } from './src/lib/charts/chart-css.ts';

/** The charts' stylesheet, generated from the chart theme (src/lib/charts/chart-css.ts). */
function chartStylesheet(): Plugin {
	const resolved = `\0${CHART_CSS_MODULE}.css`;
	return {
		name: 'atlas-chart-css',
		resolveId: (id) => (id === CHART_CSS_MODULE ? resolved : undefined),
		load: (id) => (id === resolved ? chartCss() : undefined)
	};
}

export default defineConfig({
	plugins: [chartStylesheet(), sveltekit()],
	build: {
		// A passing build prints what it built, not how long each plugin took.
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
