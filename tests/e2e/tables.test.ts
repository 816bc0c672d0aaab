// Long tables page through their rows; the source browser lists what the datasets cite.
import { expect, test } from '@playwright/test';

test('a long table shows 25 rows at a time, pages forward and back, and can show every row', async ({
	page
}) => {
	await page.goto('/sovereign-compute');
	const wrap = page.locator('div[data-total-rows]').last();
	const total = Number(await wrap.getAttribute('data-total-rows'));
	expect(total).toBeGreaterThan(50);
	const rows = wrap.locator('tbody tr');
	const pager = wrap.locator('xpath=following-sibling::div[1]');
	await expect(rows).toHaveCount(25);
	await expect(pager).toContainText(`Rows 1–25 of ${total}`);
	const firstRow = await rows.first().textContent();

	await pager.getByRole('button', { name: 'Next' }).click();
	await expect(pager).toContainText(`Rows 26–50 of ${total}`);
	expect(await rows.first().textContent()).not.toBe(firstRow);
	await pager.getByRole('button', { name: 'Previous' }).click();
	await expect(rows.first()).toHaveText(firstRow!);
	await expect(pager.getByRole('button', { name: 'Previous' })).toBeDisabled();

	await pager.getByRole('button', { name: `Show all ${total} rows` }).click();
	await expect(rows).toHaveCount(total);
});

test('sorting orders every row, not only the page shown', async ({ page }) => {
	await page.goto('/sovereign-compute');
	const wrap = page.locator('div[data-total-rows]').last();
	const header = wrap.getByRole('button', { name: 'Amount (m USD)' });
	await header.click();
	await header.click();
	// Descending: the first row holds the largest amount of all rows, which the JSON download confirms.
	const headers = (await wrap.locator('thead th').allTextContents()).map((h) => h.trim());
	const column = headers.findIndex((h) => h.startsWith('Amount (m USD)')) + 1;
	const first = await wrap.locator(`tbody tr:first-child td:nth-child(${column})`).textContent();
	const body = await (await page.request.get('/data/sovereign-compute.json')).json();
	const largest = Math.max(...body.rows.map((r: { amount_usd_m: number | null }) => r.amount_usd_m ?? 0));
	expect(Number(first!.replace(/,/g, ''))).toBe(Math.round(largest));
});

test('the source browser filters by dataset, type and text, also without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/data');
	await page
		.getByRole('link', { name: /^Browse its \d+ sources$/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/data\/sources\?dataset=market-share$/);
	const body = await (await page.request.get('/data/fx-rates.json')).json();
	await page.goto('/data/sources');
	await page.getByLabel('Dataset').selectOption('fx-rates');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page).toHaveURL(/dataset=fx-rates/);
	await expect(page.locator('div[data-total-rows]')).toHaveAttribute(
		'data-total-rows',
		String(body.sources.length)
	);
	await page.goto('/data/sources?type=primary&q=federal%20register');
	const types = await page.locator('tbody tr td:nth-child(4)').allTextContents();
	expect(types.length).toBeGreaterThan(0);
	expect(new Set(types.map((t) => t.trim()))).toEqual(new Set(['Primary']));
	const unknown = await page.goto('/data/sources?dataset=nope');
	expect(unknown?.status()).toBe(200);
	await expect(page.getByRole('status')).toContainText('dataset=nope');
	await context.close();
});
