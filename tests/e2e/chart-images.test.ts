// A chart downloads as an image that stands alone: SVG and PNG carry the panel's title, subtitle and sources,
// the atlas's name, the data cut-off, the licence and the view's address, and no hover state.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

async function download(page: Page, button: string): Promise<Buffer> {
	const panel = page.locator('section.panel').first();
	// Pointing at the chart first leaves a tooltip up on the live chart; the image must not carry it.
	await panel.locator('.echart').hover();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('button', { name: button }).click()
	]);
	return readFileSync((await file.path())!);
}

test('Download SVG gives the chart with its title, source, cut-off, licence and address', async ({
	page
}) => {
	await page.goto('/market-share?segment=hbm');
	const panel = page.locator('section.panel').first();
	const title = (await panel.locator('h2').textContent())!.trim();
	const svg = (await download(page, 'Download SVG')).toString('utf8');
	const text = svg.replace(/&amp;/g, '&');
	expect(text).toContain(title);
	expect(text).toMatch(/Source: [^<]+· (primary|secondary)/);
	expect(text).toMatch(
		/AI Compute Atlas · data up to \d{4}-\d{2}-\d{2} · CC BY 4\.0 · http[^<]*\/market-share\?segment=hbm/
	);
	// Two documents: the frame and the chart inside it; no tooltip markup.
	expect(svg.match(/<svg/g)).toHaveLength(2);
	expect(svg).not.toContain('<div');
});

test('Download PNG gives a raster of the same document at twice its size', async ({ page }) => {
	await page.goto('/sovereign-compute');
	const png = await download(page, 'Download PNG');
	expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	expect(width).toBe(2240);
	// Taller than the chart alone: the title and credits are in the image.
	const chartHeight = Number(
		await page
			.locator('section.panel .echart')
			.first()
			.evaluate((e) => e.clientHeight)
	);
	expect(height).toBeGreaterThan((chartHeight + 60) * 2);
});

test('each chart view names a preview image: its first chart as a PNG with its title', async ({
	page,
	request
}) => {
	await page.goto('/sovereign-compute?funding=public-budget');
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(image).toMatch(/\/og\/sovereign-compute\?funding=public-budget$/);
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
	const response = await request.get(new URL(image!).pathname + new URL(image!).search);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const png = await response.body();
	expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
	expect(png.readUInt32BE(16)).toBe(1200);
	// A page without charts has no preview; an unknown view is 404.
	await page.goto('/data');
	await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
	expect((await request.get('/og/data')).status()).toBe(404);
});
