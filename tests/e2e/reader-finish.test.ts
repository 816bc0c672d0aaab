// What a reader on a phone or a desktop, in light or dark, sees of the last interface fixes: legends that wrap
// instead of paging, numbered export-control lines with a key, maps that keep the world's shape, a chart scale
// that survives a change of filters, and a live map that survives an empty box.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { liveChart, shownDrawing } from '../support/charts';
import { collectErrors } from '../support/console';

const WIDTHS = [390, 1280] as const;

/** The y of a text in a drawing (ECharts places text by a translate on the element). */
async function textYs(drawing: Locator, pattern: RegExp): Promise<number[]> {
	return drawing
		.locator('text')
		.evaluateAll(
			(texts, source) =>
				texts
					.filter((t) => new RegExp(source).test(t.textContent ?? ''))
					.map((t) => t.getBoundingClientRect().top),
			pattern.source
		);
}

async function trendPanel(page: Page): Promise<Locator> {
	return page.locator('section.panel', { hasText: 'share of revenue over time' }).first();
}

for (const width of WIDTHS)
	for (const dark of [false, true])
		test.describe(`${width} px${dark ? ', dark' : ''}`, () => {
			test.use({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });

			test('a legend of eight foundries wraps onto rows above the plot and never pages', async ({ page }) => {
				await page.goto('/market-share?segment=foundry');
				const chart = (await trendPanel(page)).locator('.echart');
				// First the server's drawing, then the live chart that replaces it.
				for (const drawing of [
					() => shownDrawing(chart),
					async () => (await liveChart(chart)).locator('.chart-live svg')
				]) {
					const drawn = await drawing();
					await expect(drawn).toBeVisible();
					const texts = await drawn.locator('text').allTextContents();
					for (const name of ['TSMC', 'Samsung', 'SMIC', 'UMC', 'GlobalFoundries', 'VIS'])
						expect(texts, name).toContain(name);
					// A paged legend shows "1/3" beside its arrows.
					expect(texts.filter((t) => /^\d+\/\d+$/.test(t))).toEqual([]);
					const legendBottom = Math.max(...(await textYs(drawn, /^(TSMC|VIS|Tower|UMC)$/)));
					const plotTop = Math.min(...(await textYs(drawn, /^100%$/)));
					expect(plotTop).toBeGreaterThan(legendBottom);
				}
			});

			test('export-control lines carry numbers a touch reader sees, keyed to the measures below', async ({
				page
			}) => {
				await page.goto('/market-share?segment=ai-accelerators&frequency=annual');
				const panel = await trendPanel(page);
				const key = panel.getByTestId('event-key');
				const entries = key.locator('li');
				await expect(entries.first()).toBeVisible();
				const numbers = await entries.evaluateAll((li) => li.map((l) => (l as HTMLLIElement).value));
				expect(numbers[0]).toBe(1);
				const drawn = await shownDrawing(panel.locator('.echart')).locator('text').allTextContents();
				for (const n of numbers)
					expect(
						drawn.some((t) => t.split(', ').includes(String(n))),
						`line ${n}`
					).toBe(true);
				const link = entries.first().getByRole('link');
				expect(await link.getAttribute('href')).toMatch(/^\/export-controls\/[a-z0-9-]+$/);
				await link.click();
				await expect(page).toHaveURL(/\/export-controls\/[a-z0-9-]+$/);
			});

			test('the world map keeps its shape: a box and a drawing of the same aspect at any width', async ({
				page
			}) => {
				await page.goto('/export-controls');
				const map = page.locator('.echart.fixed-shape').first();
				const box = (await map.boundingBox())!;
				expect(box.width / box.height).toBeCloseTo(1.94, 1);
				const viewBox = (await shownDrawing(map).getAttribute('viewBox'))!.split(' ').map(Number);
				expect(viewBox[2]! / viewBox[3]!).toBeCloseTo(box.width / box.height, 1);
			});
		});

test('a live map given an empty box for a moment keeps drawing, with no error', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const errors = collectErrors(page);
	await page.goto('/export-controls');
	const map = await liveChart(page.locator('.echart.fixed-shape').first());
	const style = (await map.getAttribute('style')) ?? '';
	for (const empty of ['width:0px', 'height:0px;aspect-ratio:auto']) {
		await map.evaluate((el, css) => el.setAttribute('style', css), `${style};${empty}`);
		// Two frames: the box's resize has been observed and handled.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		await map.evaluate((el, css) => el.setAttribute('style', css), style);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	}
	await expect(map.locator('.chart-live svg path').first()).toBeAttached();
	expect(errors).toEqual([]);
});

test.describe('the scale of a money chart', () => {
	test('stays log when a filter changes', async ({ page }) => {
		await page.goto('/sovereign-compute?scale=log');
		const funding = page.locator('details', { has: page.locator('summary', { hasText: 'Funding' }) });
		await funding.locator('summary').click();
		await funding.getByRole('checkbox').first().check();
		await expect(page).toHaveURL(/funding=.*&scale=log$/);
		const chart = page
			.locator('section.panel', { hasText: 'Public AI compute funding by country' })
			.locator('.echart');
		await expect(chart).toHaveAttribute('aria-label', /log scale/);
		await expect(page.getByTestId('scale-choice').locator('strong')).toHaveText('log');
	});

	test('on /compare switches to dots on a log axis and back, keeping the countries', async ({ page }) => {
		await page.goto('/compare?country=USA,FRA');
		const money = page.locator('section.panel', { hasText: 'Compute money' });
		await money.getByRole('link', { name: 'log', exact: true }).click();
		await expect(page).toHaveURL(/\/compare\?country=USA%2CFRA&scale=log$/);
		await expect(money.locator('.echart')).toHaveAttribute('aria-label', /On a log scale/);
		await money.getByRole('link', { name: 'linear', exact: true }).click();
		await expect(page).toHaveURL(/\/compare\?country=USA%2CFRA$/);
		await expect(money.locator('.echart')).not.toHaveAttribute('aria-label', /log scale/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the filter form and the country picker carry the scale along', async ({ page }) => {
		await page.goto('/sovereign-compute?scale=log');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page).toHaveURL(/scale=log/);
		await page.goto('/compare?country=USA,FRA&scale=log');
		await page.locator('form.pick').getByRole('button').first().click();
		await expect(page).toHaveURL(/scale=log/);
		await expect(page.getByTestId('scale-choice').locator('strong')).toHaveText('log');
	});
});
