// Share over time in several segments at once, one line per segment (for a country's or a vendor's page).
import type { EChartsCoreOption } from 'echarts/core';
import type { ShareSeries } from '../views/profiles';

import { escaped } from './html';
import { chartSpec, type ChartSpec } from './spec';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** More lines than this on one chart overlap: the rest are in the table beside it. */
export const MAX_SERIES = 6;

/** The segments a chart draws: those where the share is largest in its latest period, at most MAX_SERIES. */
export function chartedSeries(series: readonly ShareSeries[]): ShareSeries[] {
	return [...series]
		.sort((a, b) => b.points.at(-1)!.share - a.points.at(-1)!.share || (a.segment < b.segment ? -1 : 1))
		.slice(0, MAX_SERIES);
}

export function buildShareSeriesOption(
	all: ShareSeries[],
	title: string,
	names: { segment: (id: string) => string; source: (id: string) => string }
): EChartsCoreOption {
	const series = chartedSeries(all);
	const tip = (s: ShareSeries, p: ShareSeries['points'][number]) =>
		escaped`${names.segment(s.segment)}, ${p.period}: <b>${p.share}%</b> of ${s.metric}<br/>${names.source(p.source_id)}`
			.markup;
	return {
		aria: {
			enabled: true,
			label: {
				description: `${title}${all.length > series.length ? ` (the ${series.length} of ${all.length} segments with the largest latest share)` : ''}. ${series
					.map(
						(s) => `${names.segment(s.segment)}: ${s.points.map((p) => `${p.period} ${p.share}%`).join(', ')}`
					)
					.join('; ')}.`
			}
		},
		// Every line named, never a paged legend: it wraps, and chartSpec makes room for its rows.
		legend: { top: 0 },
		grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
		tooltip: { trigger: 'item', formatter: (p: { data: { tip: string } }) => p.data.tip },
		// Periods, not clock time: ticks are years, however few the points (one point ticked in hours).
		xAxis: {
			type: 'time',
			minInterval: YEAR_MS,
			axisLabel: { hideOverlap: true, formatter: '{yyyy}' }
		},
		yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
		series: series.map((s) => ({
			type: 'line',
			name:
				s.frequency === 'annual' ? names.segment(s.segment) : `${names.segment(s.segment)} (${s.frequency})`,
			symbolSize: 7,
			data: s.points.map((p) => ({ value: [p.date, p.share], tip: tip(s, p) }))
		}))
	};
}

/** A country's or a vendor's share lines: room for a legend of up to MAX_SERIES names above them. */
export function shareSeriesChart(...args: Parameters<typeof buildShareSeriesOption>): ChartSpec {
	return chartSpec(buildShareSeriesOption(...args), 380);
}
