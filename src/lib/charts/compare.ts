// Countries side by side: counts on one chart, money on another (different units never share an axis).
import type { EChartsCoreOption } from 'echarts/core';
import type { CountryProfile } from '../schemas/derived';
import { AXIS_TEXT, PALETTE } from './palette';

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
		color: PALETTE,
		legend: { top: 0, textStyle: { color: AXIS_TEXT } },
		grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
		xAxis: { type: 'category', data: COUNTS.map(([, l]) => l), axisLabel: { color: AXIS_TEXT, interval: 0 } },
		yAxis: { type: 'value', minInterval: 1, axisLabel: { color: AXIS_TEXT } },
		series: profiles.map((p) => ({ type: 'bar', name: p.name, data: COUNTS.map(([k]) => value(p, k)) }))
	};
}

export function buildCompareMoneyOption(profiles: CountryProfile[]): EChartsCoreOption {
	return {
		aria: {
			enabled: true,
			label: {
				description: profiles
					.map(
						(p) =>
							`${p.name}: public ${Math.round(p.public_usd_m)} m USD, private pledges ${Math.round(p.private_usd_m)} m USD`
					)
					.join('; ')
			}
		},
		color: [PALETTE[0]!, PALETTE[7]!],
		legend: { top: 0, textStyle: { color: AXIS_TEXT } },
		grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			valueFormatter: (v: number) => `${Math.round(v).toLocaleString('en-US')} m USD`
		},
		xAxis: {
			type: 'category',
			data: profiles.map((p) => p.name),
			axisLabel: { color: AXIS_TEXT, interval: 0 }
		},
		yAxis: {
			type: 'value',
			name: 'million USD',
			nameTextStyle: { color: AXIS_TEXT },
			axisLabel: { color: AXIS_TEXT }
		},
		series: [
			{ type: 'bar', name: 'Public money', data: profiles.map((p) => Math.round(p.public_usd_m)) },
			{
				type: 'bar',
				name: 'Private pledges',
				data: profiles.map((p) => Math.round(p.private_usd_m)),
				itemStyle: { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -0.785 } }
			}
		]
	};
}
