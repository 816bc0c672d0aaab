// Charts drawn on the server: painted in the HTML (no script needed, in print, in dark mode from the first
// frame), and ECharts loaded only when a reader moves to a chart or changes the view.
import { expect, test } from '@playwright/test';
import { INK } from '../../src/lib/charts/theme';
import { collectErrors } from '../support/console';
import { isChartCode, liveChart, recordScripts, shownDrawing } from '../support/charts';
import { beforeHydration } from '../support/hydration';
import { CHART_PAGES } from '../support/routes';

/** `#5b6472` as the `rgb(91, 100, 114)` that computed styles return. */
const rgb = (hex: string) => {
	const n = parseInt(hex.slice(1), 16);
	return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of CHART_PAGES)
		test(`${path}: every chart is a painted drawing under its title`, async ({ page }) => {
			await page.goto(path);
			const charts = page.locator('.echart');
			const count = await charts.count();
			expect(count).toBeGreaterThan(0);
			for (let i = 0; i < count; i++) {
				const chart = charts.nth(i);
				const drawing = shownDrawing(chart);
				await expect(drawing, `chart ${i + 1} of ${path}`).toHaveCount(1);
				expect(await drawing.locator('path').count()).toBeGreaterThan(3);
				// Its box is the drawing's size: nothing collapsed, nothing empty.
				const box = (await drawing.boundingBox())!;
				expect(box.width).toBeGreaterThan(200);
				expect(box.height).toBeGreaterThan(100);
				const isMap = (await chart.locator('.chart-static.map').count()) > 0;
				// Axis labels, legends and values are text, readable and searchable.
				if (!isMap) expect(await drawing.locator('text').count()).toBeGreaterThan(2);
				const panel = chart.locator('xpath=ancestor::section[contains(@class, "panel")][1]');
				await expect(panel.locator('h2').first()).not.toBeEmpty();
				expect((await chart.getAttribute('aria-label'))!.length).toBeGreaterThan(20);
			}
		});

	test('a filtered URL arrives drawn for its own view', async ({ page }) => {
		const legend = async (url: string) => {
			await page.goto(url);
			return (await shownDrawing(page.locator('.echart').first()).locator('text').allTextContents()).join(
				' '
			);
		};
		const all = await legend('/market-share?segment=hbm');
		expect(all).toContain('SK hynix');
		const micron = await legend('/market-share?segment=hbm&vendor=micron');
		// The legend's short name for Micron Technology.
		expect(micron).toContain('Micron');
		expect(micron).not.toContain('SK hynix');
	});

	test('a phone is given the drawing made for its width, a wide screen the widest', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto('/market-share?segment=hbm');
		await expect(shownDrawing(page.locator('.echart').first())).toHaveAttribute('data-width', '358');
		await page.setViewportSize({ width: 1280, height: 800 });
		await expect(shownDrawing(page.locator('.echart').first())).toHaveAttribute('data-width', '1120');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
	});

	test('print shows every chart, also those far down the page', async ({ page }) => {
		await page.goto('/export-controls');
		await page.emulateMedia({ media: 'print' });
		const charts = page.locator('.echart');
		for (let i = 0; i < (await charts.count()); i++) await expect(shownDrawing(charts.nth(i))).toHaveCount(1);
	});
});

test.describe('dark mode, without JavaScript', () => {
	test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

	test('drawings are painted in the dark inks from the first frame', async ({ page }) => {
		await page.goto('/market-share?segment=hbm');
		const drawing = shownDrawing(page.locator('.echart').first());
		const label = drawing.locator(`text[fill="${INK.text.light}"]`).first();
		await expect(label).toHaveCSS('fill', rgb(INK.text.dark));
		await expect(drawing.locator(`path[stroke="${INK.grid.light}"]`).first()).toHaveCSS(
			'stroke',
			rgb(INK.grid.dark)
		);
		// Hollow points are filled with the page, not with white.
		await expect(drawing.locator('path[fill="#fff"]').first()).toHaveCSS('fill', rgb(INK.surface.dark));
	});
});

/** Requests for ECharts' chunk so far, with when they were made. */
async function chartCode(scripts: ReturnType<typeof recordScripts>) {
	const out: { url: string; at: number }[] = [];
	for (const { request, at } of scripts.requests)
		if (await isChartCode(request)) out.push({ url: request.url(), at });
	return out;
}

test('no chart code loads in the 3 s after the load event; a reader pointing at a chart gets the live chart', async ({
	page
}) => {
	const errors = collectErrors(page);
	const scripts = recordScripts(page);
	await page.goto('/market-share?segment=hbm', { waitUntil: 'load' });
	const chart = page.locator('.echart').first();
	await expect(shownDrawing(chart)).toHaveCount(1);
	// The window is the thing measured: three seconds of a reader only reading.
	await page.waitForTimeout(3000);
	expect(await chartCode(scripts)).toEqual([]);
	await expect(chart).toHaveAttribute('data-chart', 'drawn');

	await liveChart(chart);
	expect(await chartCode(scripts)).toHaveLength(1);
	// The live chart answers the pointer: a point's tooltip names its vendor and share.
	const box = (await chart.boundingBox())!;
	const tooltip = page.locator('.echart div[style*="z-index: 9999999"]');
	for (let x = box.x + 60; x < box.x + box.width - 20 && !(await tooltip.isVisible()); x += 12)
		for (let y = box.y + 60; y < box.y + box.height - 60 && !(await tooltip.isVisible()); y += 12)
			await page.mouse.move(x, y);
	await expect(tooltip).toContainText('%');
	expect(errors).toEqual([]);
});

test('an idle page prefetches the chart code after a few seconds, and still shows the drawings', async ({
	page
}) => {
	const scripts = recordScripts(page);
	await page.goto('/export-controls', { waitUntil: 'load' });
	await expect.poll(async () => (await chartCode(scripts)).length, { timeout: 15_000 }).toBe(1);
	const [prefetch] = await chartCode(scripts);
	expect(prefetch!.at - scripts.loadedAt()).toBeGreaterThanOrEqual(3000);
	// Code only: nothing is redrawn until a reader comes.
	await expect(page.locator('.echart[data-chart="live"]')).toHaveCount(0);
	await liveChart(page.locator('.echart').first());
	expect(await chartCode(scripts)).toHaveLength(1);
});

test('a filter change repaints the charts without a reload, live', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/market-share?segment=hbm');
	const chart = page.locator('.echart').first();
	await expect(shownDrawing(chart)).toHaveCount(1);
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	await page.locator('details:has(input[name="vendor"]) summary').click();
	await page.getByRole('checkbox', { name: 'Micron Technology', exact: true }).check();
	await expect(page).toHaveURL(/vendor=micron/);
	await expect(chart).toHaveAttribute('data-chart', 'live');
	await expect(chart).toHaveAttribute('data-chart-ready', 'true');
	const legend = await chart.locator('.chart-live svg text').allTextContents();
	expect(legend).toContain('Micron');
	expect(legend).not.toContain('SK hynix');
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
	expect(errors).toEqual([]);
});

test.describe('dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('the live chart keeps the dark inks', async ({ page }) => {
		await page.goto('/market-share?segment=hbm');
		const chart = await liveChart(page.locator('.echart').first());
		const label = chart.locator(`.chart-live svg text[fill="${INK.text.light}"]`).first();
		await expect(label).toHaveCSS('fill', rgb(INK.text.dark));
	});
});

test('a filter chosen before the scripts have run is applied once they do', async ({ page }) => {
	// SvelteKit's entry script is held until the reader has chosen, as on a slow connection.
	await beforeHydration(page, '/export-controls', async () => {
		await page.locator('summary', { hasText: 'Authority' }).click();
		await page.getByRole('checkbox', { name: 'China', exact: true }).check();
	});
	await expect(page).toHaveURL(/\?authority=CHN$/);
	await expect(page.getByRole('checkbox', { name: 'China', exact: true })).toBeChecked();
	await expect(page.locator('.echart').first()).toHaveAttribute('data-chart-ready', 'true');
});

test('a box ticked before the scripts run stays ticked while they start and the view arrives', async ({
	page
}) => {
	await beforeHydration(page, '/export-controls', async () => {
		await page.locator('summary', { hasText: 'Authority' }).click();
		await page.getByRole('checkbox', { name: 'China', exact: true }).check();
		// Sample the box every few milliseconds from before hydration until well after the new view.
		await page.evaluate(() => {
			const ticks: (boolean | null)[] = [];
			(window as unknown as { ticks: typeof ticks }).ticks = ticks;
			const box = () => document.querySelector<HTMLInputElement>('input[name="authority"][value="CHN"]');
			const sample = () => {
				ticks.push(box()?.checked ?? null);
				if (ticks.length < 300) setTimeout(sample, 5);
			};
			sample();
		});
	});
	await expect(page).toHaveURL(/\?authority=CHN$/);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { ticks: unknown[] }).ticks.length))
		.toBe(300);
	const ticks = await page.evaluate(() => (window as unknown as { ticks: (boolean | null)[] }).ticks);
	expect(ticks.filter((t) => t !== true)).toEqual([]);
});
