// What a reader sees: every page renders on the server, paints its chart, and logs no errors.
import { expect, test } from '@playwright/test';
import { collectErrors } from '../support/console';
import { MAIN_PAGES } from '../support/routes';

for (const { path, heading, chart } of MAIN_PAGES) {
	test(`${path} loads without console errors${chart ? ' and paints its chart' : ''}`, async ({ page }) => {
		const errors = collectErrors(page);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		if (chart) {
			const box = page.locator('[data-chart-ready="true"]').first();
			await expect(box).toBeVisible();
			// Painted means the SVG renderer drew marks, not just an empty frame.
			expect(await box.locator('svg path').count()).toBeGreaterThan(3);
		}
		expect(errors).toEqual([]);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each dataset page renders its table on the server', async ({ page }) => {
		for (const { path } of MAIN_PAGES.filter((p) => p.table)) {
			await page.goto(path);
			expect(await page.locator('table tbody tr').count(), path).toBeGreaterThan(5);
		}
	});

	test('an unknown segment is ignored and said so, not an error page', async ({ page }) => {
		const response = await page.goto('/market-share?segment=%3Cscript%3E');
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('status')).toContainText('segment=<script>');
	});
});

test('element ids are unique, also with several segments on one page (tables keep their own order)', async ({
	request
}) => {
	for (const path of [
		...MAIN_PAGES.map((p) => p.path),
		'/market-share?segment=hbm,dram,foundry',
		'/countries/USA'
	]) {
		const html = await (await request.get(path)).text();
		const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
		expect(repeated, path).toEqual([]);
	}
});
