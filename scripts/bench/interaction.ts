// 4. Interaction: 50 filter changes (a checkbox in a filter <details>) on a chart page, each timed in the
// page from the change event to the frame after the last chart's `chartpainted` event; the baseline is a
// no-op DOM change followed by requestAnimationFrame in the same page. Each change starts on a settled page:
// the previous change's chart animations have ended (nothing inside the charts changed for 150 ms).
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, drawAllCharts, ms, quantile, type Row } from './util';

const CHANGES = 50;
const CONTROL = 'vendor';
/** Vendors whose filtered view keeps the HBM panel's four charts, so each change repaints the same charts. */
const PREFERRED = ['samsung', 'micron', 'sk-hynix'];

interface Change {
	/** Change event to the frame after the last chart's setOption. */
	total: number;
	/** Change event to the first and to the last `chartpainted` event (setOption done). */
	first: number;
	last: number;
	/** Change event to the end of the __data.json response. */
	data: number;
	/** Change event to the last change inside the charts' SVG (the end of ECharts' transition animation). */
	settled: number;
}

declare global {
	interface Window {
		__bench: { t0: number; frames: { painted: number; frame: number }[]; mutated: number };
	}
}

async function instrument(page: Page): Promise<void> {
	await page.evaluate(() => {
		const bench = (window.__bench = {
			t0: 0,
			frames: [] as { painted: number; frame: number }[],
			mutated: 0
		});
		const observer = new MutationObserver(() => (bench.mutated = performance.now()));
		for (const chart of document.querySelectorAll('.echart'))
			observer.observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
		document.addEventListener(
			'change',
			() => {
				performance.clearResourceTimings();
				bench.t0 = performance.now();
				bench.frames = [];
			},
			true
		);
		document.addEventListener('chartpainted', () => {
			const painted = performance.now();
			requestAnimationFrame(() => bench.frames.push({ painted, frame: performance.now() }));
		});
	});
}

async function timeChange(page: Page, value: string): Promise<Change> {
	await page.locator(`input[name="${CONTROL}"][value="${value}"]`).click();
	// Done when every chart has painted since the change, and nothing in the charts has changed for 150 ms.
	await page.waitForFunction(
		() => {
			const { frames, mutated } = window.__bench;
			const charts = document.querySelectorAll('.echart').length;
			const last = Math.max(mutated, ...frames.map((f) => f.frame));
			return frames.length >= charts && performance.now() - last > 150;
		},
		undefined,
		{ timeout: 15_000, polling: 20 }
	);
	return page.evaluate(() => {
		const { t0, frames, mutated } = window.__bench;
		const data = performance
			.getEntriesByType('resource')
			.filter((e) => e.name.includes('__data.json') && e.startTime >= t0) as PerformanceResourceTiming[];
		return {
			total: Math.max(...frames.map((f) => f.frame)) - t0,
			first: Math.min(...frames.map((f) => f.painted)) - t0,
			last: Math.max(...frames.map((f) => f.painted)) - t0,
			data: data.length > 0 ? data[data.length - 1]!.responseEnd - t0 : NaN,
			settled: mutated - t0
		};
	});
}

export async function benchInteraction(
	base: string,
	route: string
): Promise<{ rows: Row[]; notes: string[] }> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		await page.goto(`${base}${route}`, { waitUntil: 'networkidle' });
		// Every chart drawn, as after a visitor has scrolled the page: each change then repaints all of them.
		await drawAllCharts(page);
		if ((await page.locator('.echart').count()) === 0) throw new Error(`no chart on ${route}`);
		const available = await page
			.locator(`input[name="${CONTROL}"]`)
			.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
		const values = PREFERRED.filter((v) => available.includes(v));
		if (values.length === 0) values.push(...available.slice(0, 3));
		await page.locator(`details:has(input[name="${CONTROL}"]) summary`).click();
		await instrument(page);
		// Warm-up: one change on and off, not counted (first use of the client router and data endpoint).
		await timeChange(page, values[0]!);
		await timeChange(page, values[0]!);
		const changes: Change[] = [];
		for (let i = 0; i < CHANGES; i++)
			changes.push(await timeChange(page, values[Math.floor(i / 2) % values.length]!));
		const charts = await page.locator('.echart').count();
		const noop: number[] = [];
		for (let i = 0; i < CHANGES; i++)
			noop.push(
				await page.evaluate(async (n) => {
					const start = performance.now();
					document.body.dataset.benchNoop = String(n);
					await new Promise((resolve) => requestAnimationFrame(resolve));
					return performance.now() - start;
				}, i)
			);
		const totals = changes.map((c) => c.total);
		const p95 = quantile(totals, 0.95);
		const median = quantile(totals, 0.5);
		const baseP95 = quantile(noop, 0.95);
		const baseMedian = quantile(noop, 0.5);
		const med = (f: (c: Change) => number) => quantile(changes.map(f), 0.5);
		const figure = `${route}, ${CHANGES} ${CONTROL} toggles, ${charts} charts`;
		return {
			rows: [
				{
					section: '4 Interaction',
					figure: `change -> charts repainted, median (${figure})`,
					measured: ms(median),
					baseline: `${ms(baseMedian)} (no-op DOM change + rAF)`,
					ratio: median / baseMedian,
					target: 'report',
					pass: null
				},
				{
					section: '4 Interaction',
					figure: 'change -> charts repainted, p95',
					measured: ms(p95),
					baseline: ms(baseP95),
					ratio: p95 / baseP95,
					target: '<= 50 ms',
					pass: p95 <= 50
				}
			],
			notes: [
				`interaction medians from the change event: __data.json received ${ms(med((c) => c.data))}, ` +
					`first chart's setOption done ${ms(med((c) => c.first))}, last (${charts} charts) ${ms(med((c) => c.last))}, ` +
					`next frame ${ms(median)}; slowest change ${ms(Math.max(...totals))}; ` +
					`ECharts transition animations end ${ms(med((c) => c.settled))} after the change`
			]
		};
	} finally {
		await browser.close();
	}
}
