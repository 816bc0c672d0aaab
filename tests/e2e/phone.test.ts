// On a 390 px phone, wide tables scroll under a sticky first column and never break a name letter by letter.
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });

test('a wide table keeps its names whole and its first column in view', async ({ page }) => {
	await page.goto('/chips');
	const table = page.locator('#table-chips');
	const first = table.locator('tbody tr td:first-child').first();
	expect(await first.evaluate((td) => getComputedStyle(td).position)).toBe('sticky');
	// Every word of a chip's name fits on its line: no line is a fragment of a word.
	const link = first.locator('a');
	const lines = await link.evaluate((a) => {
		const range = document.createRange();
		range.selectNodeContents(a);
		return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
	});
	const words = ((await link.textContent()) ?? '').trim().split(/\s+/).length;
	expect(lines).toBeLessThanOrEqual(words);
	// The page itself does not scroll sideways; the table does.
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
	).toBeLessThanOrEqual(0);
	expect(await table.evaluate((t) => t.scrollWidth > t.clientWidth)).toBe(true);
});
