// The chips scatter: total processing performance against performance density, both on log scales, with the
// regions a rule vintage controls drawn behind the chips.
import type { EChartsCoreOption } from 'echarts/core';
import type { Chip } from '../datasets/chips/schema';
import type { Region } from '../views/chips';
import { escaped } from './html';
import { chartSpec, type ChartSpec } from './spec';
import { ink, PALETTE } from './theme';

/** Axis ranges that hold every chip with both figures, and the thresholds (1.6 to 5.92 PD, 1600 to 4800 TPP). */
export const PD_RANGE: [number, number] = [0.5, 50];
export const TPP_RANGE: [number, number] = [500, 50000];

const KINDS = [
	{ id: 'datacenter', name: 'Data-centre chips', symbol: 'circle', color: PALETTE[0]! },
	{ id: 'china', name: 'China-market variants', symbol: 'diamond', color: PALETTE[5]! },
	{ id: 'consumer', name: 'Not for data centres', symbol: 'triangle', color: PALETTE[7]! }
] as const;
const kindOf = (c: Chip) => (c.china_variant_of ? 'china' : c.datacenter ? 'datacenter' : 'consumer');

/** Tests a region also makes that the axes cannot show, as its label names them. */
const ALSO: Partial<Record<string, string>> = { io_bw_gbs: 'I/O', memory_bw_gbs: 'memory bandwidth' };

/** A paragraph's colour: its place among the vintage's paragraphs. */
const REGION_COLORS = [PALETTE[5]!, PALETTE[1]!, PALETTE[3]!];

export function buildChipScatterOption(
	chips: readonly Chip[],
	regions: readonly Region[],
	title: string,
	classification: (slug: string) => string
): EChartsCoreOption {
	const drawn = chips.filter((c) => c.tpp !== null && c.pd !== null);
	const shaded = regions.filter((r) => r.drawable);
	const paragraphs = [...new Set(shaded.map((r) => r.paragraph))];
	const clamp = (v: number | null, [lo, hi]: [number, number], fallback: number) =>
		v === null ? fallback : Math.min(hi, Math.max(lo, v));
	return {
		aria: {
			enabled: true,
			label: {
				description: `${title}: ${drawn.length} chips with both figures (${chips.length - drawn.length} without a die area or throughput are in the table only). ${drawn
					.map((c) => `${c.name}: TPP ${Math.round(c.tpp!)}, density ${c.pd}`)
					.join('; ')}.`
			}
		},
		legend: { top: 0, data: [...KINDS.map((k) => k.name), ...paragraphs] },
		// Room for the legend on one row above the axis name; chartSpec adds a row's room per row it wraps onto.
		grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? ''
		},
		xAxis: {
			type: 'log',
			min: PD_RANGE[0],
			max: PD_RANGE[1],
			name: 'performance density (TPP per mm²)',
			nameLocation: 'middle',
			nameGap: 28
		},
		yAxis: { type: 'log', min: TPP_RANGE[0], max: TPP_RANGE[1], name: 'TPP' },
		series: [
			...paragraphs.map((paragraph, i) => ({
				type: 'scatter',
				name: paragraph,
				data: [],
				itemStyle: { color: REGION_COLORS[i % REGION_COLORS.length] },
				markArea: {
					silent: true,
					itemStyle: { color: REGION_COLORS[i % REGION_COLORS.length], opacity: 0.14 },
					label: { color: ink('text'), fontSize: 10, position: 'insideTopLeft' },
					data: shaded
						.filter((r) => r.paragraph === paragraph)
						.map((r) => [
							{
								// * marks a clause for data-centre parts only (the panel's description says so).
								name: `${r.paragraph}${r.datacenterOnly ? '*' : ''}${r.also.map((a) => ` + ${ALSO[a.metric] ?? a.metric}`).join('')}`,
								coord: [clamp(r.pd[0], PD_RANGE, PD_RANGE[0]), clamp(r.tpp[0], TPP_RANGE, TPP_RANGE[0])]
							},
							{ coord: [clamp(r.pd[1], PD_RANGE, PD_RANGE[1]), clamp(r.tpp[1], TPP_RANGE, TPP_RANGE[1])] }
						])
				}
			})),
			...KINDS.map((kind) => ({
				type: 'scatter',
				name: kind.name,
				symbol: kind.symbol,
				symbolSize: 9,
				// Above the shaded regions, so that a chip inside one keeps its colour.
				z: 3,
				itemStyle: { color: kind.color },
				label: { show: true, position: 'right', fontSize: 10, color: ink('text'), formatter: '{b}' },
				labelLayout: { hideOverlap: true },
				data: drawn
					.filter((c) => kindOf(c) === kind.id)
					.map((c) => ({
						name: c.name.replace(/^(NVIDIA|AMD|Intel|Huawei|Google|AWS)\s+/, ''),
						value: [c.pd, c.tpp],
						id: c.slug,
						tip: escaped`<b>${c.name}</b><br/>TPP ${Math.round(c.tpp!).toLocaleString('en-US')} · density ${c.pd}<br/>${classification(c.slug)}`
							.markup
					}))
			}))
		]
	};
}

export function chipScatterChart(...args: Parameters<typeof buildChipScatterOption>): ChartSpec {
	return chartSpec(buildChipScatterOption(...args), 480);
}
