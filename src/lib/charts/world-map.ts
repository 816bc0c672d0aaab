// View models for world maps: each country filled by one value, with the legend kept in HTML beside it.
import type { EChartsCoreOption } from 'echarts/core';
import { ink } from './theme';
import { escaped } from './html';
import { chartSpec, STATIC_WIDTHS, type ChartSpec } from './spec';

export const WORLD_MAP = 'world';
export const NO_DATA = ink('noData');

export interface MapArea {
	/** ISO 3166-1 alpha-3. */
	code: string;
	color: string;
	/** Tooltip text (plain). */
	text: string;
	/** Drawn with white stripes: the value rests on a schedule, not on a source reporting it. */
	hatched?: boolean;
}

export interface LegendItem {
	color: string;
	label: string;
	hatched?: boolean;
}

/** Diagonal white stripes over the fill, the same in both renderers and in both colour schemes. */
export const HATCH = {
	symbol: 'rect',
	symbolSize: 1,
	dashArrayX: [1, 0],
	dashArrayY: [2, 3],
	rotation: Math.PI / 4,
	color: 'rgba(255,255,255,0.75)'
};

export function buildWorldMapOption(areas: MapArea[], description: string): EChartsCoreOption {
	return {
		aria: { enabled: true, label: { description } },
		tooltip: {
			trigger: 'item',
			formatter: (p: { data?: { text: string } }) => (p.data ? escaped`${p.data.text}`.markup : 'No data')
		},
		series: [
			{
				type: 'map',
				map: WORLD_MAP,
				roam: false,
				left: 0,
				right: 0,
				top: 0,
				bottom: 0,
				// Never stretched to the box: the world keeps its shape, centred, if the box's differs.
				preserveAspect: 'contain',
				itemStyle: { areaColor: NO_DATA, borderColor: ink('surface'), borderWidth: 0.4 },
				emphasis: {
					label: { show: false },
					itemStyle: { areaColor: undefined, borderColor: ink('text'), borderWidth: 1 }
				},
				select: { disabled: true },
				data: areas.map((a) => ({
					name: a.code,
					text: a.text,
					itemStyle: a.hatched ? { areaColor: a.color, decal: HATCH } : { areaColor: a.color }
				}))
			}
		]
	};
}

/** Colours for treatments, strictest darkest: a sequential red ramp, then greens for permissive treatments. */
export const TREATMENT_COLORS: Record<string, string> = {
	ban: '#67000d',
	'presumption-of-denial': '#a50f15',
	'tier-3': '#cb181d',
	'entity-listed': '#ef3b2c',
	'tier-2': '#fb6a4a',
	'licence-required': '#fc9272',
	'case-by-case': '#fcbba1',
	'presumption-of-approval': '#c7e9c0',
	'tier-1': '#74c476',
	exempt: '#31a354'
};

/** Bins of a log scale for money, from light to dark; returns the colour and the legend. */
export function moneyScale(values: number[]): { color: (v: number) => string; legend: LegendItem[] } {
	const ramp = ['#deebf7', '#9ecae1', '#4292c6', '#2171b5', '#08519c', '#08306b'];
	const positive = values.filter((v) => v > 0);
	if (positive.length === 0) return { color: () => NO_DATA, legend: [] };
	const lo = Math.floor(Math.log10(Math.min(...positive)));
	const hi = Math.ceil(Math.log10(Math.max(...positive)));
	const steps = Math.max(1, hi - lo);
	const bin = (v: number) =>
		Math.min(ramp.length - 1, Math.floor(((Math.log10(v) - lo) / steps) * ramp.length));
	const fmt = (n: number) =>
		n >= 1000 ? `${(n / 1000).toLocaleString('en-US')} bn` : `${n.toLocaleString('en-US')} m`;
	const legend = ramp.map((color, i) => {
		const from = 10 ** (lo + (i * steps) / ramp.length);
		const to = 10 ** (lo + ((i + 1) * steps) / ramp.length);
		return { color, label: `${fmt(Number(from.toPrecision(2)))} to ${fmt(Number(to.toPrecision(2)))} USD` };
	});
	return { color: (v) => (v > 0 ? ramp[bin(v)]! : NO_DATA), legend };
}

/**
 * Width over height of the world as ECharts draws it: the geometry's longitude span over its latitude span,
 * times ECharts' default aspectScale (0.75, the cosine of mid latitudes). A box of any other shape would stretch
 * the countries; world-map.test.ts checks the figure against the geometry.
 */
export const MAP_ASPECT = 1.94;

export function worldMapChart(areas: MapArea[], description: string): ChartSpec {
	// The height at the widest drawing; narrower boxes keep the aspect (EChart.svelte), so a phone's map is smaller, not squeezed.
	return chartSpec(buildWorldMapOption(areas, description), STATIC_WIDTHS.map[0]! / MAP_ASPECT, 'map');
}
