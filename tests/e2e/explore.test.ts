// The explore pages as a reader uses them: filters in the URL, charts and tables that follow, downloads of a view.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from '../support/console';
import Papa from 'papaparse';

interface Case {
	path: string;
	/** The filter control's summary label, the option's label, and the query it produces. */
	control: string;
	option: string;
	query: string;
	/** Table column whose every cell must show `cell` once filtered, and the CSV field and value behind it. */
	column: string;
	cell: string;
	csvField: string;
	csvValue: string;
}

const CASES: Case[] = [
	{
		path: '/market-share',
		control: 'Metric',
		option: 'Shipments',
		query: 'metric=shipments',
		column: 'Metric',
		cell: 'shipments',
		csvField: 'metric',
		csvValue: 'shipments'
	},
	{
		path: '/export-controls',
		control: 'Authority',
		option: 'China',
		query: 'authority=CHN',
		column: 'Authority',
		cell: 'China',
		csvField: 'authority',
		csvValue: 'CHN'
	},
	{
		path: '/sovereign-compute',
		control: 'Funding',
		option: 'Private pledge',
		query: 'funding=private-pledge',
		column: 'Funding',
		cell: 'Private pledge',
		csvField: 'funding',
		csvValue: 'private-pledge'
	}
];

/** The page's main table (of every row the filters select) is its last one; chart tables sit in <details> above. */
const mainTable = (page: Page) => page.locator('table').last();

/** Long tables show one page at a time: ask for every row (this needs JavaScript) and wait for them. */
async function showAllRows(page: Page): Promise<void> {
	const pager = page.locator('div[data-total-rows]').last().locator('xpath=following-sibling::div[1]');
	const all = pager.getByRole('button', { name: /^Show all/ });
	if ((await all.count()) === 0) return;
	await all.click();
	await expect(mainTable(page).locator('tbody tr')).toHaveCount(await rowCount(page));
}

async function columnTexts(page: Page, column: string, allPages = true): Promise<string[]> {
	if (allPages) await showAllRows(page);
	const headers = await mainTable(page).locator('thead th').allTextContents();
	const index = headers.findIndex((h) => h.trim().startsWith(column));
	expect(index, `column ${column}`).toBeGreaterThanOrEqual(0);
	const cells = await mainTable(page)
		.locator(`tbody tr td:nth-child(${index + 1})`)
		.allTextContents();
	return cells.map((t) => t.trim());
}

/** Every row the filters select, on all pages of the main table. */
async function rowCount(page: Page): Promise<number> {
	return Number(
		await mainTable(page).locator('xpath=ancestor::div[@data-total-rows]').getAttribute('data-total-rows')
	);
}

for (const c of CASES) {
	test.describe(c.path, () => {
		test('a filter change updates the URL, the chart and the table; reload and back restore the view', async ({
			page
		}) => {
			const errors = collectErrors(page);
			await page.goto(c.path);
			const chart = page.locator('[data-chart-ready="true"]').first();
			await expect(chart).toBeVisible();
			const before = await chart.getAttribute('aria-label');
			const allRows = await rowCount(page);

			await page.locator('summary', { hasText: c.control }).click();
			await page.getByRole('checkbox', { name: c.option, exact: true }).check();
			await expect(page).toHaveURL(new RegExp(`\\?${c.query}$`));
			await expect.poll(() => chart.getAttribute('aria-label')).not.toBe(before);
			const filteredRows = await rowCount(page);
			expect(filteredRows).toBeLessThan(allRows);
			expect(new Set(await columnTexts(page, c.column))).toEqual(new Set([c.cell]));

			await page.reload();
			const [key, value] = c.query.split('=');
			await expect(page.locator(`input[name="${key}"][value="${value}"]`)).toBeChecked();
			expect(await rowCount(page)).toBe(filteredRows);

			await page.goBack();
			await expect(page).toHaveURL(new RegExp(`${c.path}$`));
			await expect.poll(() => rowCount(page)).toBe(allRows);
			await page.goForward();
			await expect.poll(() => rowCount(page)).toBe(filteredRows);
			expect(errors).toEqual([]);
		});

		test('a shared URL renders the filtered table, and "download this view" returns exactly its rows', async ({
			page,
			request
		}) => {
			await page.goto(`${c.path}?${c.query}`);
			const cells = await columnTexts(page, c.column);
			expect(cells.length).toBeGreaterThan(0);
			expect(new Set(cells)).toEqual(new Set([c.cell]));
			const href = await page
				.getByRole('link', { name: 'Download this view (CSV)' })
				.first()
				.getAttribute('href');
			expect(href).toContain(c.query);
			const csv = await request.get(href!);
			expect(csv.status()).toBe(200);
			const parsed = Papa.parse<Record<string, string>>((await csv.text()).trimEnd(), { header: true });
			expect(parsed.data.length).toBe(await rowCount(page));
			expect(new Set(parsed.data.map((r) => r[c.csvField]))).toEqual(new Set([c.csvValue]));
		});

		test('fits a 390 px phone without sideways scrolling', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 800 });
			await page.goto(c.path);
			await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	});

	test.describe(`${c.path} without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });
		test('the GET form filters the server-rendered table', async ({ page }) => {
			await page.goto(c.path);
			await page.locator('summary', { hasText: c.control }).click();
			await page.getByRole('checkbox', { name: c.option, exact: true }).check();
			await page.getByRole('button', { name: 'Apply' }).click();
			await expect(page).toHaveURL(new RegExp(c.query));
			expect(new Set(await columnTexts(page, c.column, false))).toEqual(new Set([c.cell]));
		});
	});
}

test('unknown filter values are ignored and named, never an error page', async ({ page }) => {
	const response = await page.goto('/export-controls?authority=CHN,%3Cimg%20src%3Dx%3E&colour=red&from=abc');
	expect(response?.status()).toBe(200);
	const notice = page.getByRole('status');
	await expect(notice).toContainText('authority=<img src=x>');
	await expect(notice).toContainText('colour=red');
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(new Set(await columnTexts(page, 'Authority'))).toEqual(new Set(['China']));
});

test('a measure page shows its citation, targets, history and sources; unknown ids are 404', async ({
	page
}) => {
	await page.goto('/export-controls?authority=USA');
	await mainTable(page).locator('tbody tr td a').first().click();
	await expect(page).toHaveURL(/\/export-controls\/usa-/);
	await expect(page.getByRole('heading', { name: 'Status history' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	const missing = await page.goto('/export-controls/no-such-measure');
	expect(missing?.status()).toBe(404);
});

test('the date control redraws the map for that date', async ({ page }) => {
	await page.goto('/export-controls?authority=USA&category=advanced-chips&date=2025-03-01');
	await expect(
		page.getByRole('heading', { name: 'What the United States applied where on 2025-03-01' })
	).toBeVisible();
	await expect(page.getByRole('list', { name: 'Map legend' })).toContainText('Tier 2');
	await page.goto('/export-controls?authority=USA&category=advanced-chips&date=2025-06-01');
	await expect(page.getByRole('list', { name: 'Map legend' })).not.toContainText('Tier 2');
});

test('a chart redrawn after a filter change keeps no series from the view before', async ({ page }) => {
	await page.goto('/market-share?segment=hbm');
	const chart = page.locator('[data-chart-ready="true"]').first();
	await expect(chart.locator('text', { hasText: 'SK hynix' }).first()).toBeAttached();
	await page.locator('summary', { hasText: 'Vendor' }).click();
	await page.getByRole('checkbox', { name: 'Micron Technology', exact: true }).check();
	await expect(page).toHaveURL(/vendor=micron/);
	// The legend gives the short name (the tooltips keep "Micron Technology").
	await expect(chart.locator('text', { hasText: 'Micron' }).first()).toBeAttached();
	await expect(chart.locator('text', { hasText: 'SK hynix' })).toHaveCount(0);
});
