// Acting on a page before its scripts run: the server's HTML is usable at once, so a reader may.
import type { Page } from '@playwright/test';

/** Loads `path` with SvelteKit's entry script held back, runs `act`, then lets the page hydrate. */
export async function beforeHydration(page: Page, path: string, act: () => Promise<void>): Promise<void> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/entry/start.*.js', async (route) => {
		await released;
		await route.continue();
	});
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	await act();
	release();
}
