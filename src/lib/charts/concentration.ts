// Concentration over time (HHI per source) against the thresholds that define a highly concentrated market.
import type { EChartsCoreOption } from 'echarts/core';
import { HHI_2010_HIGH, HHI_HIGHLY_CONCENTRATED } from '../concentration';
import { periodMidDate } from '../periods';
import type { Concentration } from '../schemas/derived';
import { AXIS_TEXT, PALETTE } from './palette';
import { escaped } from './html';

export function buildConcentrationOption(
	rows: Concentration[],
	view: { segment: string; market: string; metric: string; title: string },
	names: {
		source: (id: string) => string;
		vendor: (slug: string) => string;
		country: (code: string) => string;
	}
): EChartsCoreOption {
	const own = rows
		.filter((r) => r.segment === view.segment && r.market === view.market && r.metric === view.metric)
		.sort((a, b) => periodMidDate(a.period).localeCompare(periodMidDate(b.period)));
	const sources = [...new Set(own.map((r) => r.source_id))];
	const tip = (r: Concentration) =>
		escaped`${r.period}: HHI <b>${Math.round(r.hhi).toLocaleString('en-US')}</b> from ${r.vendors} vendors covering ${r.coverage_pct}%${r.coverage_pct < 99 ? ' (a lower bound)' : ''}<br/>Top vendor ${names.vendor(r.top_vendor)} ${r.top_share_pct}%; top country ${names.country(r.top_country)} ${r.top_country_share_pct}%<br/>${names.source(r.source_id)}`
			.markup;
	return {
		aria: {
			enabled: true,
			label: {
				description: `${view.title}. ${own.map((r) => `${r.period}: ${Math.round(r.hhi)}`).join(', ')}. Above ${HHI_HIGHLY_CONCENTRATED} is highly concentrated under the 2023 US merger guidelines.`
			}
		},
		color: PALETTE,
		legend: { show: false },
		grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
		tooltip: { trigger: 'item', formatter: (p: { data: { tip: string } }) => p.data.tip },
		xAxis: { type: 'time', axisLabel: { color: AXIS_TEXT, hideOverlap: true } },
		yAxis: {
			type: 'value',
			min: 0,
			max: 10000,
			name: 'HHI',
			nameTextStyle: { color: AXIS_TEXT },
			axisLabel: { color: AXIS_TEXT }
		},
		series: sources.map((source, i) => ({
			type: 'line',
			name: names.source(source),
			symbolSize: 7,
			data: own
				.filter((r) => r.source_id === source)
				.map((r) => ({ value: [periodMidDate(r.period), r.hhi], tip: tip(r) })),
			...(i === 0
				? {
						markLine: {
							symbol: 'none',
							silent: true,
							lineStyle: { type: 'dashed', color: AXIS_TEXT },
							label: { color: AXIS_TEXT, position: 'insideStartTop', fontSize: 10 },
							data: [
								{
									yAxis: HHI_HIGHLY_CONCENTRATED,
									name: 'Highly concentrated (2023 guidelines)',
									label: { formatter: 'Highly concentrated: 1,800 (2023 guidelines)' }
								},
								{
									yAxis: HHI_2010_HIGH,
									name: 'Highly concentrated (2010 guidelines)',
									label: { formatter: '2,500 (2010 guidelines)' }
								}
							]
						}
					}
				: {})
		}))
	};
}
