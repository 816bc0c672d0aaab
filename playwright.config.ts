import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

const PORT = 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	// Two workers share two cores with the server: give pages with maps and long tables room to settle.
	expect: { timeout: 15_000 },
	timeout: 60_000,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS
		}
	},
	// The load test saturates both cores for a minute: it runs alone, after everything else.
	projects: [
		{ name: 'main', testIgnore: /load\.test\.ts/ },
		{ name: 'load', testMatch: /load\.test\.ts/, dependencies: ['main'] }
	],
	webServer: {
		command: `node build`,
		env: { PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${PORT}` },
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
