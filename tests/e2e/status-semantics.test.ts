// Statuses say only what their sources say: "not enforced" is not "rescinded", and a status that only follows
// from a measure's own dates is marked scheduled, on pages and in downloads.
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the AI Diffusion Framework reads "not enforced", with the history that says why', async ({
		page
	}) => {
		await page.goto('/export-controls/usa-bis-2025-01-ai-diffusion-framework');
		await expect(page.locator('.lede strong')).toHaveText('Not enforced');
		await expect(page.locator('.history')).toContainText('Not enforced');
		await expect(page.locator('.history')).not.toContainText('Rescinded');
	});

	test('a status that follows from a schedule says no source confirms it', async ({ page }) => {
		// Samsung's and SK hynix's annual licences from 2026-01-01: only their announced start dates them.
		await page.goto('/export-controls/usa-bis-2025-12-samsung-skhynix-annual-licences');
		await expect(page.locator('.lede strong')).toHaveText('In force (scheduled: no source confirms it)');
		await expect(page.locator('.history .scheduled')).toHaveCount(1);
	});

	test('the downloads page says how far each dataset’s sources reach', async ({ page }) => {
		await page.goto('/data');
		await expect(page.locator('main')).toContainText(/newest source cited: \d{4}-\d{2}/);
	});
});

test('downloads carry each status’s basis', async ({ request }) => {
	const csv = await (await request.get('/data/export-controls.csv')).text();
	const rows = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true }).data;
	const byId = new Map(rows.map((r) => [r.id, r]));
	expect(byId.get('usa-bis-2025-01-ai-diffusion-framework')).toMatchObject({
		status: 'not-enforced',
		status_basis: 'reported'
	});
	expect(byId.get('usa-bis-2025-12-samsung-skhynix-annual-licences')!.status_basis).toBe('scheduled');
	// A source of January 2026 reports the VEU revocation taking effect: reported, not scheduled.
	expect(byId.get('usa-bis-2025-08-veu-revocation-china-fabs')!.status_basis).toBe('reported');
	const events = Papa.parse<Record<string, string>>(
		(await (await request.get('/data/export-control-events.csv')).text()).trimEnd(),
		{ header: true }
	).data;
	expect(new Set(events.map((e) => e.basis))).toEqual(new Set(['reported', 'scheduled']));
});
