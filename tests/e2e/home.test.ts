// The home page shows the story: key figures, three headline charts drawn by the server, what changed, and
// links into the explorers already filtered, at desktop and phone widths.
import { expect, test } from '@playwright/test';
import { shownDrawing } from '../support/charts';

for (const width of [1280, 390])
	test.describe(`at ${width} px, without JavaScript`, () => {
		test.use({ javaScriptEnabled: false, viewport: { width, height: 900 } });

		test('key figures, three headline charts and what changed, each linking into the explorer', async ({
			page
		}) => {
			await page.goto('/');
			const figures = page.locator('ul.figures li');
			await expect(figures).toHaveCount(3);
			await expect(figures.first()).toContainText(/\d+(\.\d+)?%/);
			const panels = page.locator('section.panel');
			await expect(panels).toHaveCount(3);
			for (const panel of await panels.all()) {
				const drawing = shownDrawing(panel.locator('.echart'));
				await expect(drawing).toHaveCount(1);
				expect(await drawing.locator('path').count()).toBeGreaterThan(5);
			}
			// No page scrolls sideways on a phone.
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
			).toBeLessThanOrEqual(0);
			await expect(page.getByRole('region', { name: 'What changed recently' }).locator('li')).toHaveCount(10);
			await figures.first().getByRole('link', { name: 'Explore' }).click();
			await expect(page).toHaveURL(/\/market-share\?segment=foundry$/);
			await expect(page.locator('h1')).toBeVisible();
		});
	});

test('the export-control headline counts only measures that apply on its dates', async ({ page }) => {
	await page.goto('/');
	const label = await page.locator('section.panel').nth(1).locator('.echart').getAttribute('aria-label');
	const figure = Number((await page.locator('ul.figures li').nth(1).locator('strong').textContent())!.trim());
	// The chart's description lists the count per authority on the cut-off; they add up to the key figure.
	const counts = [
		...label!
			.split(': ')
			.at(-1)!
			.matchAll(/ (\d+)(?=,|\.)/g)
	].map((m) => Number(m[1]));
	expect(counts.reduce((a, b) => a + b, 0)).toBe(figure);
	await page.locator('ul.figures li').nth(1).getByRole('link', { name: 'Explore' }).click();
	await expect(page).toHaveURL(/\/export-controls\?status=in-force,amended$/);
	await expect(page.getByRole('status')).toHaveCount(0);
});
