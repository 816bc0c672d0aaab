// How a drawn chart takes a new option. `notMerge` rebuilt every component, the tooltip too, and a new
// tooltip measures its container: a forced page layout per chart on every filter change (a CPU profile put
// it at about a third of the update time). Replacing only the data-bearing components keeps the tooltip.
import type { EChartsCoreOption, SetOptionOpts } from 'echarts/core';

/** Components that are rebuilt from the new option; the others (tooltip, aria, title) merge in place. */
export const REPLACED = ['series', 'xAxis', 'yAxis', 'grid', 'legend', 'visualMap', 'dataZoom'] as const;

/**
 * Arguments for setOption on an update: every replaced component the new option lacks is given as [] so
 * that the old one is removed, and transitions are off so that the new view is there at once.
 */
export function replacing(option: EChartsCoreOption): [EChartsCoreOption, SetOptionOpts] {
	const next: EChartsCoreOption = { ...option, animation: false };
	for (const key of REPLACED) if (next[key] === undefined) next[key] = [];
	return [next, { replaceMerge: [...REPLACED] }];
}

/**
 * Identifies what an option draws, to skip charts a change leaves as they were. Functions (formatters) are
 * left out: the builders derive them from the same rows that the data, labels and description show.
 */
export function optionKey(option: EChartsCoreOption): string {
	return JSON.stringify(option);
}
