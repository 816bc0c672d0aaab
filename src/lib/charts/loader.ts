// When the browser's ECharts loads: on a reader's first move towards a chart (pointer, focus, a filter change),
// or as a prefetch once the page has been idle for a while after its load event. Until then a chart is the SVG
// the server drew, and no chart code runs.
import type { EChartsCoreOption } from 'echarts/core';
import { loadModules, missingModules } from './modules';

type Lib = (typeof import('./echarts'))['echarts'];

let core: Promise<Lib> | null = null;
let resolved: Lib | null = null;

/** ECharts and the modules the option draws with (each loaded once per page, however many charts ask). */
export async function loadChartCode(option: EChartsCoreOption): Promise<Lib> {
	core ??= import('./echarts').then((m) => (resolved = m.echarts));
	const [lib] = await Promise.all([core, loadModules(missingModules(option))]);
	return lib;
}

/** ECharts, if it and every module the option needs have loaded already (for work that cannot wait). */
export function chartCodeNow(option: EChartsCoreOption): Lib | null {
	return resolved && missingModules(option).length === 0 ? resolved : null;
}

/** Past the load event, the prefetch waits this long, then for an idle moment. */
export const PREFETCH_AFTER_LOAD_MS = 5000;

const pending: EChartsCoreOption[] = [];
let scheduled = false;

/** Asks for the code of a chart on the page once the page has been quiet for a while (never at once). */
export function prefetchWhenIdle(option: EChartsCoreOption): void {
	pending.push(option);
	if (scheduled) return;
	scheduled = true;
	const afterLoad = () => {
		const loadEnd = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
			?.loadEventEnd;
		const wait = Math.max(0, (loadEnd || performance.now()) + PREFETCH_AFTER_LOAD_MS - performance.now());
		setTimeout(() => {
			const run = () => {
				for (const option of pending.splice(0)) void loadChartCode(option);
				scheduled = false;
			};
			if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
			else run();
		}, wait);
	};
	if (document.readyState === 'complete') afterLoad();
	else window.addEventListener('load', afterLoad, { once: true });
}
