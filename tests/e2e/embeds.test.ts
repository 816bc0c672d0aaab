// A chart can be embedded elsewhere: every chart panel offers an iframe snippet, /embed/... serves that chart
// with its title, sources and a link back, and only the embed routes may be framed.
import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a panel’s Embed snippet points at that chart of that view, served with its sources and a link back', async ({
		page,
		baseURL
	}) => {
		await page.goto('/market-share?segment=hbm');
		const panel = page.locator('section.panel').nth(1);
		const title = (await panel.locator('h2').textContent())!.trim();
		await panel.locator('summary', { hasText: 'Embed' }).click();
		const snippet = (await panel.locator('.embed pre').textContent())!;
		const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
		expect(src).toMatch(/\/embed\/market-share\?segment=hbm&chart=/);
		// The snippet names the server's own origin, scheme included.
		expect(src.startsWith(`${baseURL}/embed/`)).toBe(true);
		await page.goto(src);
		await expect(page.locator('h2')).toHaveText(title);
		await expect(page.locator('.echart svg').first()).toBeAttached();
		await expect(page.locator('.meta')).toContainText('Data up to');
		// Links open the atlas in a new tab, on the view the chart comes from.
		await expect(page.locator('base')).toHaveAttribute('target', '_blank');
		const back = page.getByRole('link', { name: 'Open in AI Compute Atlas' });
		expect(
			new URL((await back.getAttribute('href'))!, page.url()).pathname +
				new URL((await back.getAttribute('href'))!, page.url()).search
		).toBe('/market-share?segment=hbm');
	});
});

test('only embeds may be framed; unknown views and charts are 404', async ({ request }) => {
	const embed = await request.get('/embed/sovereign-compute');
	expect(embed.status()).toBe(200);
	expect(embed.headers()['x-frame-options']).toBeUndefined();
	expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
	for (const path of ['/', '/market-share', '/chips/check?chip=h20&country=CHN']) {
		const response = await request.get(path);
		expect(response.headers()['x-frame-options'], path).toBe('DENY');
		expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
	}
	expect((await request.get('/embed/market-share?chart=no-such-chart')).status()).toBe(404);
	expect((await request.get('/embed/data')).status()).toBe(404);
	expect((await request.get('/embed/countries/XXX')).status()).toBe(404);
});
