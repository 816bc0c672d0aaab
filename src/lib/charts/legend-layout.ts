// Legends that wrap instead of paging: a phone shows every name on as many rows as it needs, and the plot
// moves down (or up, for a legend at the bottom) by those rows. ECharts does not move the grid for a legend
// itself, so the builders reserve the room, per width band, through media queries that both renderers apply:
// the server at each width it draws, the browser at the chart's real width on every resize.
import { DEFAULT_TEXT_WIDTH_MAP } from 'zrender/lib/core/platform.js';
import { optionList } from './modules';

/** ECharts' legend defaults: icon width, gap from icon to text, gap between items and rows, padding, font. */
const ICON = 25;
const ICON_TEXT_GAP = 5;
const ITEM_GAP = 10;
const PADDING = 5;
const FONT_SIZE = 12;
/** One more row of a legend, as ECharts draws it: a row's height (about 11 px of text) and the 10 px gap. */
export const LEGEND_ROW = 22;

/**
 * Widths the room is reserved for, widest first. The base option holds the widest; each narrower band
 * (between two of these) is laid out for its narrowest width, so a legend never wraps more than planned.
 * 358 is a 390 px phone's column, the narrowest the server draws.
 */
export const LEGEND_WIDTHS = [1120, 900, 720, 560, 440, 358, 300, 260] as const;

/** The width of a text by zrender's own table, which the server lays out with (the browser's Arial is within a few per cent). */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
	let width = 0;
	for (const char of text) width += (DEFAULT_TEXT_WIDTH_MAP[char] ?? 1) * fontSize;
	return width;
}

/** How many rows a horizontal legend of these labels takes in a chart of this width. */
export function legendRows(labels: readonly string[], chartWidth: number): number {
	if (labels.length === 0) return 0;
	const room = chartWidth - 2 * PADDING;
	let rows = 1;
	let x = 0;
	for (const label of labels) {
		const width = ICON + ICON_TEXT_GAP + textWidth(label);
		if (x > 0 && x + width > room) {
			rows += 1;
			x = 0;
		}
		x += width + ITEM_GAP;
	}
	return rows;
}

export interface LegendEdge {
	/** The texts the legend shows (after any formatter). */
	labels: readonly string[];
	/** The grid's inset on that edge with the legend on one row. */
	inset: number;
}

interface Insets {
	top: number;
	bottom: number;
}

export interface LegendMedia {
	query: { maxWidth: number };
	option: { grid: Insets };
}

/** The grid's top and bottom insets at one width: each edge's one-row inset plus its legend's extra rows. */
function insetsAt(width: number, top: LegendEdge | number, bottom: LegendEdge | number): Insets {
	const inset = (edge: LegendEdge | number) =>
		typeof edge === 'number'
			? edge
			: edge.inset + Math.max(0, legendRows(edge.labels, width) - 1) * LEGEND_ROW;
	return { top: inset(top), bottom: inset(bottom) };
}

/**
 * The grid's top and bottom for the widest layout, and media queries for each narrower band. Every band is
 * always listed, even where nothing changes: ECharts keeps a chart's old media list when an update has none.
 */
export function wrappedLegendGrid(
	top: LegendEdge | number,
	bottom: LegendEdge | number
): { grid: Insets; media: LegendMedia[] } {
	return {
		grid: insetsAt(LEGEND_WIDTHS[0], top, bottom),
		media: LEGEND_WIDTHS.slice(1).map((width, i) => ({
			query: { maxWidth: LEGEND_WIDTHS[i]! - 1 },
			option: { grid: insetsAt(width, top, bottom) }
		}))
	};
}

type Obj = Record<string, unknown>;

/** What a legend shows: its `data` (names or `{ name }`), else every named series, through its formatter. */
function legendLabels(legend: Obj, series: Obj[]): string[] {
	const data = Array.isArray(legend.data)
		? legend.data.map((d) => (typeof d === 'string' ? d : String((d as Obj).name)))
		: [...new Set(series.map((s) => s.name).filter((n): n is string => typeof n === 'string'))];
	const format = legend.formatter;
	return typeof format === 'function' ? data.map((name) => String(format(name))) : data;
}

/**
 * The option with its grid's top and bottom growing with the rows its legends wrap onto at each width. The
 * builders set the insets for a legend on one row (`grid.top` for a legend at `top`, `grid.bottom` for one at
 * `bottom`); an option with no shown legend, or with a `media` list of its own, is left as it is.
 */
export function withWrappedLegends<T extends Obj>(option: T): T & { media?: LegendMedia[] } {
	const grid = option.grid as (Obj & { top?: unknown; bottom?: unknown }) | undefined;
	if (!grid || Array.isArray(grid) || option.media !== undefined) return option;
	const legends = optionList(option.legend).filter((l) => l.show !== false);
	if (legends.length === 0) return option;
	const series = optionList(option.series);
	const edge = (side: 'top' | 'bottom'): LegendEdge | number => {
		const inset = typeof grid[side] === 'number' ? (grid[side] as number) : 0;
		const legend = legends.find((l) => l[side] !== undefined);
		return legend ? { labels: legendLabels(legend, series), inset } : inset;
	};
	const fit = wrappedLegendGrid(edge('top'), edge('bottom'));
	return { ...option, grid: { ...grid, ...fit.grid }, media: fit.media };
}
