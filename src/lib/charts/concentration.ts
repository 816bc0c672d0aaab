// Concentration over time (HHI per source) against the thresholds that define a highly concentrated market.
import type { EChartsCoreOption } from 'echarts/core';
import { HHI_2010_HIGH, HHI_HIGHLY_CONCENTRATED } from '../concentration';
import { comparePeriods } from '../periods';
import { COMPLETE_COVERAGE_PCT, frequencyOf, mostFrequent } from '../share-cells';
import type { Concentration } from '../datasets/concentration/schema';
import { ink } from './theme';
import { periodAxis, itemTipTooltip } from './axes';
import { escaped } from './html';
import { chartSpec, type ChartSpec } from './spec';

/**
 * The cells the concentration chart (and its table) shows: complete, observed, and of one frequency (the one
 * with most periods), in period order.
 */
export function chartedConcentration(
	rows: readonly Concentration[],
	view: { segment: string; market: string; metric: string }
): Concentration[] {
	const usable = rows.filter(
		(r) =>
			r.segment === view.segment &&
			r.market === view.market &&
			r.metric === view.metric &&
			r.complete &&
			!r.forecast
	);
	const frequency = mostFrequent(usable.map((r) => r.period));
	return usable
		.filter((r) => frequencyOf(r.period) === frequency)
		.sort((a, b) => comparePeriods(a.period, b.period) || (a.source_id < b.source_id ? -1 : 1));
}

export function buildConcentrationOption(
	rows: readonly Concentration[],
	view: { segment: string; market: string; metric: string; title: string },
	names: {
		source: (id: string) => string;
		vendor: (slug: string) => string;
		country: (code: string) => string;
	}
): EChartsCoreOption {
	const own = chartedConcentration(rows, view);
	const frequency = own[0] ? frequencyOf(own[0].period) : null;
	const periods = [...new Set(own.map((r) => r.period))];
	const sources = [...new Set(own.map((r) => r.source_id))];
	const left =
		rows.filter((r) => r.segment === view.segment && r.market === view.market && r.metric === view.metric)
			.length - own.length;
	const tip = (r: Concentration) =>
		escaped`${r.period}: HHI <b>${Math.round(r.hhi).toLocaleString('en-US')}</b> from ${r.vendors} vendors covering ${r.coverage_pct}%${r.coverage_pct < 99 ? ' (a lower bound)' : ''}<br/>Top vendor ${names.vendor(r.top_vendor)} ${r.top_share_pct}%; top country ${names.country(r.top_country)} ${r.top_country_share_pct}%<br/>${names.source(r.source_id)}`
			.markup;
	return {
		aria: {
			enabled: true,
			label: {
				description: `${view.title}, ${frequency ?? 'no'} figures from sources naming at least ${COMPLETE_COVERAGE_PCT}% of the market. ${own.length > 0 ? own.map((r) => `${r.period}: ${Math.round(r.hhi)}`).join(', ') : 'No complete source'}.${left > 0 ? ` ${left} partial, forecast or other-frequency figures are left out.` : ''} Above ${HHI_HIGHLY_CONCENTRATED} is highly concentrated under the 2023 US merger guidelines.`
			}
		},
		// Each source is its own line; with several, the legend says which is which.
		legend: { show: sources.length > 1, top: 0 },
		// Room above the plot for the axis name (and the legend when there is one).
		grid: { left: 8, right: 16, top: sources.length > 1 ? 48 : 32, bottom: 8, containLabel: true },
		tooltip: itemTipTooltip,
		xAxis: periodAxis(periods),
		yAxis: {
			type: 'value',
			min: 0,
			max: 10000,
			name: 'HHI'
		},
		series: sources.map((source, i) => ({
			type: 'line',
			name: names.source(source),
			symbolSize: 7,
			connectNulls: false,
			data: periods.map((period) => {
				const r = own.find((x) => x.source_id === source && x.period === period);
				return r ? { value: r.hhi, tip: tip(r) } : { value: null };
			}),
			...(i === 0
				? {
						markLine: {
							symbol: 'none',
							silent: true,
							lineStyle: { type: 'dashed', color: ink('marker') },
							label: { color: ink('marker'), position: 'insideStartTop', fontSize: 10 },
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

export function concentrationChart(...args: Parameters<typeof buildConcentrationOption>): ChartSpec {
	return chartSpec(buildConcentrationOption(...args), 300);
}
