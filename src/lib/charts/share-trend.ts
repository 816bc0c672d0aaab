// Share over time by vendor: one line per vendor through the newest source's figure, other sources as points.
import type { EChartsCoreOption } from 'echarts/core';
import { periodMidDate } from '../periods';
import type { MarketShare } from '../schemas/market-share';
import { hasShare, type ShareRow } from './market-share';
import { AXIS_TEXT, PALETTE } from './palette';
import { escaped } from './html';

export interface TrendNames {
	vendor: (slug: string) => string;
	source: (id: string) => string;
	/** Publication date of a source, to prefer the newest figure for a cell. */
	published: (id: string) => string;
}

export interface ChartEvent {
	date: string;
	label: string;
}

export interface TrendCell {
	vendor: string;
	period: string;
	shown: ShareRow;
	others: ShareRow[];
}

/** Groups observations per vendor and period; the newest publication is drawn, the rest stay visible as points. */
export function trendCells(rows: ShareRow[], published: (id: string) => string): TrendCell[] {
	const cells = new Map<string, ShareRow[]>();
	for (const r of rows)
		cells.set(`${r.vendor}|${r.period}`, [...(cells.get(`${r.vendor}|${r.period}`) ?? []), r]);
	return [...cells.values()].map((obs) => {
		const sorted = [...obs].sort(
			(a, b) =>
				published(b.source_id).localeCompare(published(a.source_id)) || (a.source_id < b.source_id ? -1 : 1)
		);
		return {
			vendor: sorted[0]!.vendor,
			period: sorted[0]!.period,
			shown: sorted[0]!,
			others: sorted.slice(1)
		};
	});
}

/** Vendors to draw: the chosen ones, else the largest by their latest share (at most `limit`). */
export function trendVendors(cells: TrendCell[], chosen: readonly string[] | null, limit = 8): string[] {
	const latest = new Map<string, TrendCell>();
	for (const c of cells) {
		const prev = latest.get(c.vendor);
		if (!prev || periodMidDate(c.period) > periodMidDate(prev.period)) latest.set(c.vendor, c);
	}
	const ranked = [...latest.values()]
		.sort((a, b) => b.shown.share_pct - a.shown.share_pct || (a.vendor < b.vendor ? -1 : 1))
		.map((c) => c.vendor);
	return chosen ? ranked.filter((v) => chosen.includes(v)) : ranked.slice(0, limit);
}

function tip(cell: TrendCell, names: TrendNames, r: ShareRow): string {
	const all = [cell.shown, ...cell.others];
	const range =
		all.length > 1
			? escaped`<br/>Sources disagree: ${Math.min(...all.map((o) => o.share_pct))}–${Math.max(...all.map((o) => o.share_pct))}% across ${all.length} sources`
			: '';
	return escaped`${names.vendor(r.vendor)}, ${r.period}: <b>${r.share_pct}%</b> of ${r.metric}${r.basis === 'reported' ? '' : ` (${r.basis})`}<br/>${names.source(r.source_id)}${range}`
		.markup;
}

export function buildShareTrendOption(
	rows: MarketShare[],
	view: {
		segment: string;
		market: string;
		metric: MarketShare['metric'];
		vendors: readonly string[] | null;
		title: string;
	},
	names: TrendNames,
	events: ChartEvent[] = []
): EChartsCoreOption {
	const shareRows = rows
		.filter(hasShare)
		.filter((r) => r.segment === view.segment && r.market === view.market && r.metric === view.metric);
	const cells = trendCells(shareRows, names.published);
	const vendors = trendVendors(cells, view.vendors);
	const color = (i: number) => PALETTE[i % PALETTE.length]!;
	const series = vendors.flatMap((vendor, i) => {
		const own = cells
			.filter((c) => c.vendor === vendor)
			.sort((a, b) => periodMidDate(a.period).localeCompare(periodMidDate(b.period)));
		const line = {
			type: 'line',
			name: names.vendor(vendor),
			color: color(i),
			symbolSize: 7,
			data: own.map((c) => ({
				value: [periodMidDate(c.period), c.shown.share_pct],
				tip: tip(c, names, c.shown)
			})),
			...(i === 0 && events.length > 0
				? {
						markLine: {
							symbol: 'none',
							silent: false,
							lineStyle: { type: 'dashed', color: AXIS_TEXT },
							label: { show: false },
							emphasis: {
								label: { show: true, formatter: '{b}', color: AXIS_TEXT, position: 'insideEndTop' }
							},
							data: events.map((e) => ({ xAxis: Date.parse(e.date), name: e.label }))
						}
					}
				: {})
		};
		const others = own.flatMap((c) =>
			c.others.map((o) => ({ value: [periodMidDate(c.period), o.share_pct], tip: tip(c, names, o) }))
		);
		return others.length === 0
			? [line]
			: [
					line,
					{
						type: 'scatter',
						name: names.vendor(vendor),
						color: color(i),
						symbol: 'emptyCircle',
						symbolSize: 8,
						data: others
					}
				];
	});
	const summary = vendors
		.map((v) => {
			const own = cells
				.filter((c) => c.vendor === v)
				.sort((a, b) => periodMidDate(a.period).localeCompare(periodMidDate(b.period)));
			return `${names.vendor(v)} from ${own[0]!.shown.share_pct}% (${own[0]!.period}) to ${own.at(-1)!.shown.share_pct}% (${own.at(-1)!.period})`;
		})
		.join('; ');
	return {
		aria: {
			enabled: true,
			label: { description: `${view.title}. ${summary || 'No shares for this selection'}.` }
		},
		legend: { top: 0, textStyle: { color: AXIS_TEXT }, type: 'scroll' },
		grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
		tooltip: { trigger: 'item', formatter: (p: { data: { tip: string } }) => p.data.tip },
		xAxis: { type: 'time', axisLabel: { color: AXIS_TEXT, hideOverlap: true } },
		yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', color: AXIS_TEXT } },
		series
	};
}
