import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// The server binds a port the OS picks (PORT=0) and prints it; Playwright reads it from that line into
// ATLAS_PORT, which the workers (started after the server) see. Nothing is fixed, so nothing can clash.
const port = process.env.ATLAS_PORT;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	// Two workers share two cores with the server: give pages with maps and long tables room to settle.
	expect: { timeout: 15_000 },
	timeout: 60_000,
	reporter: [[process.env.CI ? 'dot' : 'list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: port ? `http://127.0.0.1:${port}` : undefined,
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
		env: { PORT: '0', HOST: '127.0.0.1', ATLAS_FREEZE_DATA: '1' },
		wait: { stdout: /Listening on http:\/\/127\.0\.0\.1:(?<atlas_port>\d+)/ },
		reuseExistingServer: false,
		timeout: 60_000
	}
});
