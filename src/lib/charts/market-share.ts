// View models for market-share charts.
import type { EChartsCoreOption } from 'echarts/core';
import { comparePeriods } from '../periods';
import type { MarketShare } from '../schemas/market-share';
import { AXIS_TEXT, PALETTE } from './palette';

export interface ShareView {
	segment: string;
	metric: MarketShare['metric'];
	period: string;
	source_id: string;
}

const METRIC_ORDER: MarketShare['metric'][] = ['revenue', 'shipments', 'units', 'capacity'];

/** The most recent period of a segment, its preferred metric, and the source that reports most vendors for it. */
export function latestShareView(rows: MarketShare[], segment: string): ShareView | undefined {
	const inSegment = rows.filter((r) => r.segment === segment);
	if (inSegment.length === 0) return undefined;
	const period = inSegment.map((r) => r.period).sort(comparePeriods).at(-1)!;
	const atPeriod = inSegment.filter((r) => r.period === period);
	const metric = METRIC_ORDER.find((m) => atPeriod.some((r) => r.metric === m))!;
	const counts = new Map<string, number>();
	for (const r of atPeriod.filter((r) => r.metric === metric)) counts.set(r.source_id, (counts.get(r.source_id) ?? 0) + 1);
	const source_id = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
	return { segment, metric, period, source_id };
}

export function viewRows(rows: MarketShare[], view: ShareView): MarketShare[] {
	return rows
		.filter(
			(r) =>
				r.segment === view.segment && r.metric === view.metric && r.period === view.period && r.source_id === view.source_id
		)
		.sort((a, b) => b.share_pct - a.share_pct || (a.vendor < b.vendor ? -1 : 1));
}

/** Ranked horizontal bars of each vendor's share in one segment, period, metric and source. */
export function buildShareBarOption(
	rows: MarketShare[],
	view: ShareView,
	names: { vendor: (slug: string) => string; source: (id: string) => string; segment: (id: string) => string }
): EChartsCoreOption {
	const ranked = viewRows(rows, view).reverse(); // ECharts draws the first category at the bottom
	const label = `${names.segment(view.segment)}: share of ${view.metric}, ${view.period}`;
	return {
		aria: { enabled: true, label: { description: `${label}. ${ranked.map((r) => `${names.vendor(r.vendor)} ${r.share_pct}%`).reverse().join(', ')}. Source: ${names.source(view.source_id)}.` } },
		color: PALETTE,
		grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (p: { dataIndex: number }) => {
				const r = ranked[p.dataIndex]!;
				return `${names.vendor(r.vendor)}: ${r.share_pct}% of ${r.metric}<br/>${r.period} · ${names.source(r.source_id)}`;
			}
		},
		xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%', color: AXIS_TEXT } },
		yAxis: { type: 'category', data: ranked.map((r) => names.vendor(r.vendor)), axisLabel: { color: AXIS_TEXT } },
		series: [
			{
				type: 'bar',
				name: label,
				data: ranked.map((r) => r.share_pct),
				label: { show: true, position: 'right', formatter: '{c}%', color: AXIS_TEXT }
			}
		]
	};
}
