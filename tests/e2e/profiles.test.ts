// Country, vendor, compare and search pages: what a reader arriving with one question sees.
import { expect, test } from '@playwright/test';
import { collectErrors } from '../support/console';

test('every country, bloc and vendor in the data has a page that renders on the server', async ({
	request
}) => {
	const profiles = (await (await request.get('/data/country-profiles.json')).json()).rows as {
		code: string;
	}[];
	const vendors = (await (await request.get('/data/vendors.json')).json()).rows as { slug: string }[];
	expect(profiles.length).toBeGreaterThan(30);
	for (const { code } of profiles) expect((await request.get(`/countries/${code}`)).status(), code).toBe(200);
	for (const { slug } of vendors) expect((await request.get(`/vendors/${slug}`)).status(), slug).toBe(200);
});

test('the countries index shows a map and a list that can be searched without JavaScript', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto('/countries');
	await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
	// The index lists every place on one page.
	expect(await page.locator('table').last().locator('tbody tr').count()).toBeGreaterThan(60);
	await page.goto('/countries?q=korea');
	await expect(page.locator('table').last().locator('tbody tr')).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'South Korea' })).toBeVisible();
	expect(errors).toEqual([]);
});

for (const code of ['USA', 'CHN', 'KOR', 'NLD']) {
	test(`/countries/${code} summarises the country, paints its charts and links into the explorers`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(`/countries/${code}`);
		await expect(page.locator('.summary')).toContainText('export-control measure');
		await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
		await expect(page.getByRole('link', { name: 'Measures that apply to it' })).toHaveAttribute(
			'href',
			`/export-controls?country=${code}`
		);
		await expect(page.getByRole('link', { name: 'Compare with other countries' })).toHaveAttribute(
			'href',
			`/compare?country=${code}`
		);
		expect(errors).toEqual([]);
	});
}

test('a country with no programs says so; its treatment history lists the measures that named it', async ({
	page
}) => {
	await page.goto('/countries/IRN');
	await expect(page.getByText('No sovereign compute program for Iran')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Treatment history' })).toBeVisible();
});

test('a bloc page gathers its members: links to them and their programs', async ({ page }) => {
	await page.goto('/countries/EUU');
	await expect(page.getByText('Members in the atlas')).toBeVisible();
	await expect(page.getByRole('link', { name: 'France', exact: true })).toHaveAttribute(
		'href',
		'/countries/FRA'
	);
	const countries = await page.locator('table').last().locator('tbody tr td:first-child').allTextContents();
	expect(new Set(countries.map((c) => c.trim()))).toContain('France');
});

test('lower-case codes redirect to upper case; unknown codes are a 404 page with a search box', async ({
	page
}) => {
	await page.goto('/countries/nld');
	await expect(page).toHaveURL(/\/countries\/NLD$/);
	const response = await page.goto('/countries/XYZ');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('searchbox', { name: 'Search the atlas' })).toBeVisible();
});

test('vendor pages show share history, rank and the measures that name the vendor', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/vendors');
	await page.getByRole('link', { name: 'SK hynix', exact: true }).click();
	await expect(page).toHaveURL(/\/vendors\/sk-hynix$/);
	await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Rank in each segment' })).toBeVisible();
	await page.goto('/vendors/huawei');
	expect(await page.locator('table').last().locator('tbody tr').count()).toBeGreaterThan(0);
	expect((await page.goto('/vendors/no-such-vendor'))?.status()).toBe(404);
	expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('compare shows countries side by side at a shareable URL', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/compare?country=USA,CHN,NLD');
	const headers = await page.locator('table thead th').allTextContents();
	expect(headers.map((h) => h.trim())).toEqual(['Figure', 'United States', 'China', 'Netherlands']);
	// Charts are drawn as they come near the viewport.
	await page.locator('.echart').last().scrollIntoViewIfNeeded();
	await expect(page.locator('[data-chart-ready="true"]')).toHaveCount(2);
	await page.goto('/compare?country=USA');
	await expect(page.getByText('Pick at least two countries')).toBeVisible();
	expect(errors).toEqual([]);
});

test('the header search finds vendors by name and is keyboard navigable', async ({ page }) => {
	await page.goto('/');
	const box = page.getByRole('combobox', { name: /Search countries/ });
	await box.fill('asml');
	await expect(page.getByRole('option').first()).toContainText('ASML');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/vendors\/asml$/);
	// The navigation ends by moving focus to the new page: a reader types again once it has arrived.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ASML Holding');
	await expect(box).not.toBeFocused();
	await box.fill('netherl');
	await expect(page.getByRole('option').first()).toContainText('Netherlands');
	await box.press('ArrowDown');
	await expect(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('search answers from the server', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('combobox', { name: /Search countries/ }).fill('gallium');
		await page.getByRole('combobox', { name: /Search countries/ }).press('Enter');
		await expect(page).toHaveURL(/\/search\?q=gallium/);
		await expect(page.locator('.results li').first()).toContainText(/gallium/i);
	});
	test('search forgives a typo and finds every measure naming a company, and chips', async ({ page }) => {
		await page.goto('/search?q=huawie');
		await expect(page.locator('.results li').first()).toContainText('Huawei');
		await page.goto('/search?q=nvidia');
		// Fourteen measures name NVIDIA among their companies (export-controls.named_vendors); the title of most
		// does not say "Nvidia".
		const measures = page.locator('.results li', { hasText: 'Measure ·' });
		expect(await measures.count()).toBeGreaterThanOrEqual(14);
		await page.goto('/search?q=h200');
		await expect(page.locator('.results li a[href="/chips/h200"]')).toHaveCount(1);
	});
});

test('links from country and vendor pages open views where that entity has data', async ({ request }) => {
	const vendors = ['asml', 'nvidia', 'tsmc', 'cadence'];
	const countries = ['IND', 'NLD', 'USA', 'CHN', 'EUU', 'KEN'];
	const pages = [...vendors.map((v) => `/vendors/${v}`), ...countries.map((c) => `/countries/${c}`)];
	let checked = 0;
	for (const path of pages) {
		const html = await (await request.get(path)).text();
		const links = [
			...html.matchAll(/href="(\/(?:market-share|export-controls|sovereign-compute)\?[^"]+)"/g)
		].map((m) => m[1]!.replace(/&amp;/g, '&'));
		for (const link of new Set(links)) {
			const response = await request.get(link);
			expect(response.status(), `${path} -> ${link}`).toBe(200);
			const page = await response.text();
			expect(page, `${path} -> ${link}`).not.toContain('Ignored an unknown filter value');
			const total = Number(/data-total-rows="(\d+)"/.exec(page)?.[1] ?? 0);
			expect(total, `${path} -> ${link}`).toBeGreaterThan(0);
			checked++;
		}
	}
	expect(checked).toBeGreaterThan(10);
});

test('wording: possessives of names ending in s, a 404 that says it once, a country’s region in search', async ({
	request
}) => {
	const usa = await (await request.get('/countries/USA')).text();
	expect(usa).toContain("Combined worldwide share of United States' vendors");
	expect(usa).not.toContain("United States's");
	const missing = await request.get('/no-such-page');
	expect(missing.status()).toBe(404);
	// What a reader sees, not the hydration data (which carries SvelteKit's message).
	const html = (await missing.text()).replace(/<script[\s\S]*?<\/script>/g, '');
	expect(html).toContain('>Not found</h1>');
	expect(html).not.toContain('Not Found');
	const index = await (await request.get('/search-index.json')).json();
	const netherlands = (index as { label: string; detail: string }[]).find((e) => e.label === 'Netherlands')!;
	expect(netherlands.detail).not.toBe('country');
});
