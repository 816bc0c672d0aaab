// A chart as both renderers take it: the option (from a pure builder), its height, and where it sits on the
// page, which says at which widths the server draws it.
import type { EChartsCoreOption } from 'echarts/core';
import { withWrappedLegends } from './legend-layout';

/**
 * `full`: the width of the page's column; `half`: one of a pair of panels side by side on a wide screen;
 * `map`: a world map, drawn once and scaled (its shapes carry no text).
 */
export type ChartLayout = 'full' | 'half' | 'map';

export interface ChartSpec {
	option: EChartsCoreOption;
	/** Pixels; the same at every width, so the box does not move when the live chart replaces the drawing. */
	height: number;
	layout: ChartLayout;
}

/**
 * Widths (px) the server draws each layout at: a 390 px phone's column (358), a tablet's, and the widest column
 * (72rem less padding). The browser shows the drawing nearest its box, scaled at most about 1.3 times either way,
 * so text stays between about 9 and 16 px.
 */
export const STATIC_WIDTHS: Record<ChartLayout, readonly number[]> = {
	full: [358, 720, 1120],
	half: [358, 548],
	map: [1120]
};

export function chartSpec(
	option: EChartsCoreOption,
	height: number,
	layout: ChartLayout = 'full'
): ChartSpec {
	// A map's legend is HTML beside it; every other legend wraps, and the grid makes room for its rows.
	return {
		option: layout === 'map' ? option : withWrappedLegends(option),
		height: Math.round(height),
		layout
	};
}

/**
 * Which drawing a box of each width shows: the ranges meet at the geometric mean of neighbouring widths, where
 * scaling down the wider drawing and scaling up the narrower one are equally far from 1.
 */
export function widthRanges(widths: readonly number[]): { width: number; from: number; to: number }[] {
	return widths.map((width, i) => ({
		width,
		from: i === 0 ? 0 : Math.round(Math.sqrt(widths[i - 1]! * width)),
		to: i === widths.length - 1 ? Infinity : Math.round(Math.sqrt(width * widths[i + 1]!))
	}));
}

/** Container queries that show one drawing per chart box, the one drawn nearest the box's width. */
export function staticChartCss(): string {
	const rules = [
		'.echart{container-type:inline-size}',
		'.chart-static>svg{display:none;width:100%;height:100%}'
	];
	for (const [layout, widths] of Object.entries(STATIC_WIDTHS))
		for (const { width, from, to } of widthRanges(widths)) {
			const rule = `.chart-static.${layout}>svg[data-width="${width}"]{display:block}`;
			const range =
				from === 0 && to === Infinity
					? null
					: from === 0
						? `(width < ${to}px)`
						: to === Infinity
							? `(width >= ${from}px)`
							: `(${from}px <= width < ${to}px)`;
			rules.push(range ? `@container ${range}{${rule}}` : rule);
		}
	return rules.join('');
}

/**
 * What a screen reader hears for the chart: the description its builder wrote for ECharts' aria component (which
 * names what the chart shows, with its figures), else the page's short label.
 */
export function chartDescription(spec: ChartSpec, fallback: string): string {
	const aria = spec.option.aria as { label?: { description?: unknown } } | undefined;
	const description = aria?.label?.description;
	return typeof description === 'string' && description.length > 0 ? description : fallback;
}
