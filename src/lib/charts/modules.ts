// Which ECharts modules an option needs, and loading them on demand: each is its own small chunk.
import type { EChartsCoreOption } from 'echarts/core';

const LOADERS = {
	bar: () => import('./modules/bar'),
	line: () => import('./modules/line'),
	scatter: () => import('./modules/scatter'),
	grid: () => import('./modules/grid'),
	legend: () => import('./modules/legend'),
	markLine: () => import('./modules/mark-line'),
	markArea: () => import('./modules/mark-area'),
	labelLayout: () => import('./modules/label-layout')
} as const;
export type ModuleName = keyof typeof LOADERS;

/** Series types drawn by a module; `map` is registered with its geometry (echarts-map.ts). */
const SERIES_MODULES: Record<string, ModuleName | null> = {
	bar: 'bar',
	line: 'line',
	scatter: 'scatter',
	map: null
};

/** An option's component or series, one or many, as a list (ECharts takes either). */
export const optionList = (value: unknown): Record<string, unknown>[] =>
	value === undefined || value === null ? [] : ((Array.isArray(value) ? value : [value]) as never);

/** The modules an option draws with; throws on a series type no module here provides. */
export function modulesFor(option: EChartsCoreOption): ModuleName[] {
	const needed = new Set<ModuleName>();
	for (const series of optionList(option.series)) {
		const type = String(series.type);
		if (!(type in SERIES_MODULES)) throw new Error(`no ECharts module registered for series type "${type}"`);
		const module = SERIES_MODULES[type];
		if (module) needed.add(module);
		if (series.markLine) needed.add('markLine');
		if (series.markArea) needed.add('markArea');
		if (series.labelLayout) needed.add('labelLayout');
	}
	if (['grid', 'xAxis', 'yAxis'].some((key) => optionList(option[key]).length > 0)) needed.add('grid');
	if (optionList(option.legend).length > 0) needed.add('legend');
	return [...needed].sort();
}

const loaded = new Set<ModuleName>();

/** Modules of the option not loaded yet (empty once they are, so updates can paint at once). */
export function missingModules(option: EChartsCoreOption): ModuleName[] {
	return modulesFor(option).filter((m) => !loaded.has(m));
}

export async function loadModules(names: readonly ModuleName[]): Promise<void> {
	await Promise.all(names.map((name) => LOADERS[name]().then(() => loaded.add(name))));
}
