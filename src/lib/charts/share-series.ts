// Share over time in several segments at once, one line per segment (for a country's or a vendor's page).
import type { EChartsCoreOption } from 'echarts/core';
import type { ShareSeries } from '../views/profiles';
import { AXIS_TEXT, PALETTE } from './palette';
import { escaped } from './html';

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
		xAxis: { type: 'time', axisLabel: { color: AXIS_TEXT, hideOverlap: true } },
		yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', color: AXIS_TEXT } },
		series: series.map((s) => ({
			type: 'line',
			name: names.segment(s.segment),
			symbolSize: 7,
			data: s.points.map((p) => ({ value: [p.date, p.share], tip: tip(s, p) }))
		}))
	};
}
