// View models for market-share charts.
import type { EChartsCoreOption } from 'echarts/core';
import { comparePeriods } from '../periods';
import type { MarketShare } from '../datasets/market-share/schema';
import { ink } from './theme';
import { definingCells, hasShare, shareCells, usable, type ShareRow } from '../share-cells';
import { escaped } from './html';
import { chartSpec, type ChartSpec } from './spec';

export interface ShareView {
	segment: string;
	market: string;
	metric: MarketShare['metric'];
	period: string;
	source_id: string;
}

const METRIC_ORDER: MarketShare['metric'][] = ['revenue', 'shipments', 'units', 'capacity'];

/**
 * The view to open a segment on: the most recent period with a usable cell (a complete, non-forecast source;
 * see share-cells.ts), preferring revenue; within it the cell that defines that period on the share line (the
 * newest publication), so the "latest" ranking and the line's last point never quote different sources. None
 * when no source is complete enough: a partial or forecast ranking is not shown as "the latest".
 */
export function latestShareView(
	rows: readonly MarketShare[],
	segment: string,
	published: (id: string) => string
): ShareView | undefined {
	const cells = shareCells(rows.filter((r) => r.segment === segment)).filter(usable);
	const top = [...cells].sort(
		(a, b) =>
			comparePeriods(b.period, a.period) || METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric)
	)[0];
	const best =
		top &&
		definingCells(
			cells.filter((c) => c.period === top.period && c.metric === top.metric && c.market === top.market),
			published
		).get(top.period);
	return (
		best && {
			segment,
			market: best.market,
			metric: best.metric,
			period: best.period,
			source_id: best.source_id
		}
	);
}

export function viewRows(rows: MarketShare[], view: ShareView): ShareRow[] {
	return rows
		.filter(hasShare)
		.filter(
			(r) =>
				r.segment === view.segment &&
				r.metric === view.metric &&
				r.period === view.period &&
				r.source_id === view.source_id
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
		aria: {
			enabled: true,
			label: {
				description: `${label}. ${ranked
					.map((r) => `${names.vendor(r.vendor)} ${r.share_pct}%`)
					.reverse()
					.join(', ')}. Source: ${names.source(view.source_id)}.`
			}
		},
		grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (p: { dataIndex: number }) => {
				const r = ranked[p.dataIndex]!;
				return escaped`${names.vendor(r.vendor)}: ${r.share_pct}% of ${r.metric} (${r.basis})<br/>${r.period} · ${names.source(r.source_id)}`
					.markup;
			}
		},
		xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
		yAxis: {
			type: 'category',
			data: ranked.map((r) => names.vendor(r.vendor))
		},
		series: [
			{
				type: 'bar',
				name: label,
				data: ranked.map((r) => r.share_pct),
				label: { show: true, position: 'right', formatter: '{c}%', color: ink('text') }
			}
		]
	};
}

/** The latest ranking, one bar's room per vendor; half the column on a wide screen. */
export function shareBarChart(...args: Parameters<typeof buildShareBarOption>): ChartSpec {
	const [rows, view] = args;
	return chartSpec(
		buildShareBarOption(...args),
		Math.max(180, viewRows(rows, view).length * 30 + 40),
		'half'
	);
}
