// Charts in the browser: the server's drawing until a reader moves to the chart, then the live ECharts chart.
import { expect, type Locator, type Page, type Request } from '@playwright/test';

/** The drawing a chart box shows (one per box; the others are for other widths). */
export const shownDrawing = (chart: Locator) => chart.locator('.chart-static > svg:visible');

/**
 * Moves the pointer onto a chart and waits until the live chart has replaced the drawing. The chart listens for
 * the pointer once its scripts run, which its download buttons (rendered then) show: a pointer that arrives
 * earlier is, rightly, not noticed.
 */
export async function liveChart(chart: Locator): Promise<Locator> {
	await expect(
		chart.locator('xpath=following-sibling::div[1]').getByRole('button', { name: 'Download PNG' })
	).toBeVisible();
	await chart.scrollIntoViewIfNeeded();
	await chart.hover({ position: { x: 5, y: 5 } });
	await expect(chart).toHaveAttribute('data-chart', 'live');
	return chart;
}

/** ECharts' own chunk: the one script that carries zrender, its drawing engine. */
export async function isChartCode(request: Request): Promise<boolean> {
	if (request.resourceType() !== 'script') return false;
	const response = await request.response();
	return response !== null && (await response.text()).includes('zrender');
}

/** Scripts a page requests, with the time after the page's load event (negative: before it). */
export function recordScripts(page: Page): {
	requests: { request: Request; at: number }[];
	loadedAt: () => number;
} {
	let loaded = Number.POSITIVE_INFINITY;
	const requests: { request: Request; at: number }[] = [];
	page.on('load', () => (loaded = Date.now()));
	page.on('request', (request) => {
		if (request.resourceType() === 'script') requests.push({ request, at: Date.now() });
	});
	return { requests, loadedAt: () => loaded };
}
