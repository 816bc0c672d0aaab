// Countries side by side: counts on one chart, money on another (different units never share an axis).
import type { EChartsCoreOption } from 'echarts/core';
import type { Scale } from '../chart-scale';
import type { CountryProfile } from '../datasets/country-profiles/schema';
import { FUNDING_TYPES } from '../vocabulary';
import { colorIn, PLEDGE_HATCH } from './theme';
import { chartSpec, type ChartSpec } from './spec';

const COUNTS = [
	['segments', 'Segments with share'],
	['measures_issued', 'Measures issued'],
	['measures_targeting', 'Measures targeting it']
] as const;

export function buildCompareCountsOption(profiles: CountryProfile[]): EChartsCoreOption {
	const value = (p: CountryProfile, key: (typeof COUNTS)[number][0]) =>
		key === 'segments' ? p.segments.length : p[key];
	return {
		aria: {
			enabled: true,
			label: {
				description: profiles
					.map((p) => `${p.name}: ${COUNTS.map(([k, l]) => `${l.toLowerCase()} ${value(p, k)}`).join(', ')}`)
					.join('; ')
			}
		},
		legend: { top: 0 },
		grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
		xAxis: { type: 'category', data: COUNTS.map(([, l]) => l), axisLabel: { interval: 0 } },
		yAxis: { type: 'value', minInterval: 1 },
		series: profiles.map((p) => ({ type: 'bar', name: p.name, data: COUNTS.map(([k]) => value(p, k)) }))
	};
}

export function buildCompareMoneyOption(
	profiles: CountryProfile[],
	scale: Scale = 'linear'
): EChartsCoreOption {
	const log = scale === 'log';
	const kinds = [
		{ name: 'Public money', amount: (p: CountryProfile) => p.public_usd_m },
		{ name: 'Private pledges', amount: (p: CountryProfile) => p.private_usd_m }
	];
	// On a log scale a bar's length means nothing (and zero has no place): each amount is a dot, a zero is left out.
	const value = (v: number) => (log && v <= 0 ? null : Math.round(v));
	return {
		aria: {
			enabled: true,
			label: {
				description: `${profiles
					.map(
						(p) =>
							`${p.name}: public ${Math.round(p.public_usd_m)} m USD, private pledges ${Math.round(p.private_usd_m)} m USD`
					)
					.join('; ')}${log ? '. On a log scale; amounts of zero are not drawn' : ''}`
			}
		},
		// Public money in the public budget's colour, pledges in the private pledge's, as on the sovereign page.
		color: [colorIn(FUNDING_TYPES, 'public-budget'), colorIn(FUNDING_TYPES, 'private-pledge')],
		legend: { top: 0 },
		// Room above the plot for the axis name under the legend.
		grid: { left: 8, right: 8, top: 52, bottom: 8, containLabel: true },
		tooltip: {
			trigger: log ? 'item' : 'axis',
			...(log ? {} : { axisPointer: { type: 'shadow' } }),
			valueFormatter: (v: number) => `${Math.round(v).toLocaleString('en-US')} m USD`
		},
		xAxis: {
			type: 'category',
			data: profiles.map((p) => p.name),
			axisLabel: { interval: 0 }
		},
		yAxis: {
			type: log ? 'log' : 'value',
			name: log ? 'million USD, log scale' : 'million USD'
		},
		series: kinds.map((kind, i) =>
			log
				? {
						type: 'scatter',
						name: kind.name,
						symbol: i === 0 ? 'circle' : 'emptyCircle',
						symbolSize: 12,
						data: profiles.map((p) => value(kind.amount(p)))
					}
				: {
						type: 'bar',
						name: kind.name,
						data: profiles.map((p) => value(kind.amount(p))),
						...(i === 1
							? {
									itemStyle: { decal: PLEDGE_HATCH }
								}
							: {})
					}
		)
	};
}

export function compareCountsChart(profiles: CountryProfile[]): ChartSpec {
	return chartSpec(buildCompareCountsOption(profiles), 300);
}

export function compareMoneyChart(profiles: CountryProfile[], scale: Scale = 'linear'): ChartSpec {
	return chartSpec(buildCompareMoneyOption(profiles, scale), 300);
}
