import { defineConfig } from '@playwright/test';

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
			// Debian's Chromium: Playwright's own browser download does not work on these machines.
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
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
