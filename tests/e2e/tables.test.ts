// Long tables page through their rows; the source browser lists what the datasets cite.
import { expect, test, type Page } from '@playwright/test';

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

/** The largest amount among all programs, from the JSON download (what the first row must hold). */
async function largestAmount(page: Page): Promise<number> {
	const body = await (await page.request.get('/data/sovereign-compute.json')).json();
	return Math.round(Math.max(...body.rows.map((r: { amount_usd_m: number | null }) => r.amount_usd_m ?? 0)));
}

async function firstAmount(page: Page): Promise<number> {
	const wrap = page.locator('div[data-total-rows]').last();
	const headers = (await wrap.locator('thead th').allTextContents()).map((h) => h.trim());
	const column = headers.findIndex((h) => h.startsWith('Amount (m USD)')) + 1;
	const first = await wrap.locator(`tbody tr:first-child td:nth-child(${column})`).textContent();
	return Number(first!.replace(/,/g, ''));
}

for (const javaScriptEnabled of [true, false])
	test(`sorting orders every row, not only the page shown, and the URL keeps the order (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await page.goto('/sovereign-compute');
		const wrap = page.locator('div[data-total-rows]').last();
		const header = wrap.getByRole('link', { name: 'Amount (m USD)' });
		// A click before the page hydrates follows the link, one after sorts in place: either way the URL says it.
		await header.click();
		await expect(page).toHaveURL(/sort=programs\.usd$/);
		await expect(wrap.locator('th[aria-sort="ascending"]')).toHaveText(/Amount \(m USD\)/);
		await header.click();
		await expect(page).toHaveURL(/sort=programs\.-usd$/);
		await expect(wrap.locator('th[aria-sort="descending"]')).toHaveText(/Amount \(m USD\)/);
		expect(await firstAmount(page)).toBe(await largestAmount(page));

		// The sorted view is a URL of its own: loaded afresh, the server renders it in that order.
		await page.goto(page.url());
		expect(await firstAmount(page)).toBe(await largestAmount(page));
		await context.close();
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
