// Share over time by vendor. Lines join only comparable figures: one segment, market, metric and frequency,
// each period defined by one complete, non-forecast source (see share-cells.ts). Everything else a reader may
// want to see (other complete sources, partial sources, forecasts) is drawn as marked points, never joined.
import type { EChartsCoreOption } from 'echarts/core';
import { comparePeriods } from '../periods';
import type { MarketShare } from '../datasets/market-share/schema';
import {
	COMPLETE_COVERAGE_PCT,
	definingCells,
	frequencyOf,
	shareCells,
	trendFrequency,
	type Frequency,
	type ShareCell,
	type ShareRow
} from '../share-cells';
import { OTHERS_VENDOR } from '../vocabulary';
import { periodAxis, itemTipTooltip } from './axes';
import { escaped } from './html';
import { chartSpec, type ChartSpec } from './spec';
import { PALETTE, ink } from './theme';

export interface TrendNames {
	vendor: (slug: string) => string;
	/** A shorter name for the legend, where a vendor has one; tooltips keep the full name. */
	legend?: (slug: string) => string;
	source: (id: string) => string;
	/** Publication date of a source, to prefer the newest complete figure for a period. */
	published: (id: string) => string;
}

export interface ChartEvent {
	/** The measure's id, for the link in the key below the chart. */
	id: string;
	date: string;
	/** Short, for the line's hover label. */
	label: string;
	/** In full, for the key. */
	title: string;
}

/** An event drawn on the chart: its number on the dashed line (and in the key), and the period it sits in. */
export interface NumberedEvent extends ChartEvent {
	n: number;
	period: string;
}

/**
 * The events that fall in the chart's periods, numbered in date order. The number is drawn at the top of each
 * dashed line and heads the event's entry in the key, so a reader without a pointer can tell the lines apart.
 */
export function numberedEvents(
	trend: Pick<Trend, 'periods' | 'frequency'>,
	events: readonly ChartEvent[]
): NumberedEvent[] {
	const { periods, frequency } = trend;
	if (!frequency) return [];
	return events
		.map((e) => ({ ...e, period: periodOfDate(e.date, frequency) }))
		.filter((e) => periods.includes(e.period))
		.map((e, i) => ({ ...e, n: i + 1 }));
}

export interface TrendView {
	segment: string;
	market: string;
	metric: MarketShare['metric'];
	vendors: readonly string[] | null;
	title: string;
	/** The frequency to draw; by default the one with most usable periods. */
	frequency?: Frequency | null;
}

/** Points that are shown but never joined to a line, and why. */
const MARKS = {
	other: { name: 'Other complete sources', symbol: 'emptyCircle' },
	partial: { name: `Partial sources (under ${COMPLETE_COVERAGE_PCT}% covered)`, symbol: 'emptyTriangle' },
	forecast: { name: 'Forecasts', symbol: 'emptyDiamond' }
} as const;
type Mark = keyof typeof MARKS;

export interface Trend {
	frequency: Frequency | null;
	periods: string[];
	vendors: string[];
	/** Per period, the cell that defines it (absent: no complete source for that period). */
	defining: Map<string, ShareCell>;
	/** Figures shown as marked points. */
	marked: { mark: Mark; cell: ShareCell; row: ShareRow }[];
}

/** The comparable series of one segment, market and metric: the chart's state, apart from its drawing. */
export function shareTrend(
	rows: readonly MarketShare[],
	view: TrendView,
	published: (id: string) => string
): Trend {
	const all = shareCells(
		rows.filter((r) => r.segment === view.segment && r.market === view.market && r.metric === view.metric)
	);
	const frequency = view.frequency ?? trendFrequency(all);
	const cells = all.filter((c) => frequencyOf(c.period) === frequency);
	const defining = definingCells(cells, published);
	const periods = [...new Set(cells.map((c) => c.period))].sort(comparePeriods);
	const latest = new Map<string, { period: string; share: number }>();
	for (const period of periods)
		for (const r of defining.get(period)?.rows ?? [])
			if (r.vendor !== OTHERS_VENDOR) latest.set(r.vendor, { period, share: r.share_pct });
	const ranked = [...latest]
		.sort(
			(a, b) => comparePeriods(b[1].period, a[1].period) || b[1].share - a[1].share || (a[0] < b[0] ? -1 : 1)
		)
		.map(([v]) => v);
	// Vendors seen only in marked points come after those with a line.
	const seen = [...new Set(cells.flatMap((c) => c.rows.map((r) => r.vendor)))].filter(
		(v) => v !== OTHERS_VENDOR
	);
	const pool = [...ranked, ...seen.filter((v) => !ranked.includes(v))];
	const vendors = view.vendors ? pool.filter((v) => view.vendors!.includes(v)) : pool.slice(0, 8);
	const marked: Trend['marked'] = [];
	for (const c of cells) {
		if (defining.get(c.period) === c) continue;
		const mark: Mark = c.forecast ? 'forecast' : c.complete ? 'other' : 'partial';
		for (const row of c.rows) if (vendors.includes(row.vendor)) marked.push({ mark, cell: c, row });
	}
	return { frequency, periods, vendors, defining, marked };
}

function tip(names: TrendNames, cell: ShareCell, r: ShareRow, mark: Mark | null): string {
	const why =
		mark === 'partial'
			? escaped`<br/>Partial: this source names ${cell.coverage_pct}% of the market (under ${COMPLETE_COVERAGE_PCT}%), so it does not define the line`
			: mark === 'forecast'
				? escaped`<br/>Forecast, not an observed figure`
				: mark === 'other'
					? escaped`<br/>Another complete source for this period; the line follows the newest`
					: '';
	return escaped`${names.vendor(r.vendor)}, ${r.period}: <b>${r.share_pct}%</b> of ${r.metric} (${r.basis})<br/>${names.source(r.source_id)}${why}`
		.markup;
}

/** The period of the chosen frequency that a date falls in, to place an event on a category axis. */
function periodOfDate(date: string, frequency: Frequency): string {
	const year = date.slice(0, 4);
	const month = Number(date.slice(5, 7));
	if (frequency === 'annual') return year;
	if (frequency === 'half-yearly') return `${year}-H${month <= 6 ? 1 : 2}`;
	return `${year}-Q${Math.ceil(month / 3)}`;
}

export function buildShareTrendOption(
	rows: readonly MarketShare[],
	view: TrendView,
	names: TrendNames,
	events: ChartEvent[] = []
): EChartsCoreOption {
	return trendOption(shareTrend(rows, view, names.published), view, names, events);
}

/** The drawing of a trend already computed (a page that also tables it computes it once). */
export function trendOption(
	trend: Trend,
	view: Pick<TrendView, 'title'>,
	names: TrendNames,
	events: ChartEvent[] = []
): EChartsCoreOption {
	const { periods, vendors, defining, frequency } = trend;
	const color = (vendor: string) => PALETTE[vendors.indexOf(vendor) % PALETTE.length]!;
	// One dashed line per period, numbered with every event in it ("2, 3").
	const byPeriod = new Map<string, NumberedEvent[]>();
	for (const e of numberedEvents(trend, events))
		byPeriod.set(e.period, [...(byPeriod.get(e.period) ?? []), e]);
	const onAxis = [...byPeriod].map(([period, list]) => ({
		period,
		numbers: list.map((e) => e.n).join(', '),
		label: list.map((e) => `${e.n}. ${e.label}`).join('\n')
	}));
	const lines = vendors.map((vendor, i) => ({
		type: 'line',
		name: names.vendor(vendor),
		color: color(vendor),
		// Filled: the hollow circle is reserved for other complete sources' points, which are never joined.
		symbol: 'circle',
		symbolSize: 7,
		connectNulls: false,
		data: periods.map((period) => {
			const cell = defining.get(period);
			const row = cell?.rows.find((r) => r.vendor === vendor);
			return row && cell ? { value: row.share_pct, tip: tip(names, cell, row, null) } : { value: null };
		}),
		...(i === 0 && onAxis.length > 0
			? {
					markLine: {
						symbol: 'none',
						silent: false,
						lineStyle: { type: 'dashed', color: ink('marker') },
						label: { show: true, position: 'end', color: ink('marker'), fontSize: 11 },
						emphasis: {
							label: { formatter: '{b}', position: 'insideEndTop' }
						},
						data: onAxis.map((e) => ({
							xAxis: e.period,
							name: e.label,
							label: { formatter: e.numbers }
						}))
					}
				}
			: {})
	}));
	const marks = (Object.keys(MARKS) as Mark[])
		.map((mark) => ({
			mark,
			points: trend.marked.filter((m) => m.mark === mark)
		}))
		.filter((m) => m.points.length > 0)
		.map(({ mark, points }) => ({
			type: 'scatter',
			name: MARKS[mark].name,
			color: ink('marker'),
			symbol: MARKS[mark].symbol,
			symbolSize: 9,
			data: points.map(({ cell, row }) => ({
				value: [row.period, row.share_pct],
				itemStyle: { color: color(row.vendor) },
				tip: tip(names, cell, row, mark)
			}))
		}));
	const summary = vendors
		.map((v) => {
			const own = periods.flatMap((p) => {
				const r = defining.get(p)?.rows.find((x) => x.vendor === v);
				return r ? [r] : [];
			});
			return own.length === 0
				? `${names.vendor(v)}: no complete source`
				: `${names.vendor(v)} from ${own[0]!.share_pct}% (${own[0]!.period}) to ${own.at(-1)!.share_pct}% (${own.at(-1)!.period})`;
		})
		.join('; ');
	const left = trend.marked.length;
	const legendNames = new Map(vendors.map((v) => [names.vendor(v), names.legend?.(v) ?? names.vendor(v)]));
	return {
		aria: {
			enabled: true,
			label: {
				description: `${view.title}, ${frequency ?? 'no'} figures. ${summary || 'No shares for this selection'}.${
					left > 0 ? ` ${left} figures from other, partial or forecast sources are marked, not joined.` : ''
				}`
			}
		},
		// Vendors on top; below, what each kind of marked point means. Both wrap, never page: every name shows.
		legend: [
			{
				top: 0,
				data: lines.map((l) => l.name),
				formatter: (name: string) => legendNames.get(name) ?? name
			},
			...(marks.length > 0 ? [{ bottom: 0, data: marks.map((m) => m.name) }] : [])
		],
		// Room for each legend on one row; chartSpec adds a row's room per row it wraps onto.
		grid: { left: 8, right: 16, top: 40, bottom: marks.length > 0 ? 44 : 8, containLabel: true },
		tooltip: itemTipTooltip,
		xAxis: periodAxis(periods),
		yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
		series: [...lines, ...marks]
	};
}

export interface TrendPoint {
	period: string;
	vendor: string;
	share_pct: number;
	source_id: string;
	basis: MarketShare['basis'];
	/** Where the figure is drawn: on the line, or as which kind of marked point. */
	placement: 'line' | Mark;
	coverage_pct: number;
}

/** Every figure the chart draws, for its table: line points first in period order, then marked points. */
export function trendPoints(trend: Trend): TrendPoint[] {
	const point = (cell: ShareCell, row: ShareRow, placement: TrendPoint['placement']): TrendPoint => ({
		period: row.period,
		vendor: row.vendor,
		share_pct: row.share_pct,
		source_id: row.source_id,
		basis: row.basis,
		placement,
		coverage_pct: cell.coverage_pct
	});
	const onLine = trend.periods.flatMap((period) => {
		const cell = trend.defining.get(period);
		return (cell?.rows ?? [])
			.filter((r) => trend.vendors.includes(r.vendor))
			.map((r) => point(cell!, r, 'line'));
	});
	return [...onLine, ...trend.marked.map((m) => point(m.cell, m.row, m.mark))];
}

export const PLACEMENT_LABELS: Record<TrendPoint['placement'], string> = {
	line: 'On the line',
	other: 'Other complete source (not joined)',
	partial: `Partial source, under ${COMPLETE_COVERAGE_PCT}% covered (not joined)`,
	forecast: 'Forecast (not joined)'
};

export function trendChart(...args: Parameters<typeof trendOption>): ChartSpec {
	return chartSpec(trendOption(...args), 380);
}

/** The newest period a complete source defines, with its named vendors largest first; null when none does. */
export function latestRanking(trend: Trend): { period: string; sourceId: string; rows: ShareRow[] } | null {
	const period = trend.periods.filter((p) => trend.defining.has(p)).at(-1);
	const cell = period ? trend.defining.get(period) : undefined;
	if (!period || !cell) return null;
	const rows = cell.rows
		.filter((r) => r.vendor !== 'others')
		.sort((a, b) => (b.share_pct ?? 0) - (a.share_pct ?? 0));
	return { period, sourceId: cell.source_id, rows };
}
