// Share over time in several segments at once, one line per segment (for a country's or a vendor's page).
import type { EChartsCoreOption } from 'echarts/core';
import type { ShareSeries } from '../views/profiles';
import { AXIS_TEXT, PALETTE } from './palette';
import { escaped } from './html';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

export function buildShareSeriesOption(
	series: ShareSeries[],
	title: string,
	names: { segment: (id: string) => string; source: (id: string) => string }
): EChartsCoreOption {
	const tip = (s: ShareSeries, p: ShareSeries['points'][number]) =>
		escaped`${names.segment(s.segment)}, ${p.period}: <b>${p.share}%</b> of ${s.metric}<br/>${names.source(p.source_id)}`
			.markup;
	return {
		aria: {
			enabled: true,
			label: {
				description: `${title}. ${series
					.map(
						(s) => `${names.segment(s.segment)}: ${s.points.map((p) => `${p.period} ${p.share}%`).join(', ')}`
					)
					.join('; ')}.`
			}
		},
		color: PALETTE,
		legend: { top: 0, type: 'scroll', textStyle: { color: AXIS_TEXT } },
		grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
		tooltip: { trigger: 'item', formatter: (p: { data: { tip: string } }) => p.data.tip },
		// Periods, not clock time: ticks are years, however few the points (one point ticked in hours).
		xAxis: {
			type: 'time',
			minInterval: YEAR_MS,
			axisLabel: { color: AXIS_TEXT, hideOverlap: true, formatter: '{yyyy}' }
		},
		yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', color: AXIS_TEXT } },
		series: series.map((s) => ({
			type: 'line',
			name:
				s.frequency === 'annual' ? names.segment(s.segment) : `${names.segment(s.segment)} (${s.frequency})`,
			symbolSize: 7,
			data: s.points.map((p) => ({ value: [p.date, p.share], tip: tip(s, p) }))
		}))
	};
}
