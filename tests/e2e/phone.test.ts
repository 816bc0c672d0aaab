// On a 390 px phone, wide tables scroll under a sticky first column and never break a name letter by letter.
import { expect, test } from '@playwright/test';
import { NAV } from '../../src/lib/nav';

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

test('the header takes two rows, with every section one swipe away', async ({ page }) => {
	await page.goto('/');
	const header = await page.locator('header').boundingBox();
	expect(header!.height).toBeLessThan(100);
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link')).toHaveCount(NAV.length);
	const rows = await nav
		.getByRole('link')
		.evaluateAll((links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size);
	expect(rows).toBe(1);
});

test('compare picks countries with checkboxes, no Ctrl-click list', async ({ page }) => {
	await page.goto('/compare');
	await expect(page.locator('select[multiple]')).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Japan' }).check();
	await page.getByRole('checkbox', { name: 'South Korea' }).check();
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/country=JPN&country=KOR|country=KOR&country=JPN/);
	await expect(page.locator('main table').first()).toContainText('Japan');
	await expect(page.locator('main table').first()).toContainText('South Korea');
});
