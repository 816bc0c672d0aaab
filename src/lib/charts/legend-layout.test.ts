import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../server/chart-svg';
import {
	LEGEND_ROW,
	LEGEND_WIDTHS,
	legendRows,
	withWrappedLegends,
	wrappedLegendGrid
} from './legend-layout';
import { chartSpec } from './spec';

const VENDORS = [
	'TSMC',
	'Samsung',
	'SMIC',
	'UMC',
	'GlobalFoundries',
	'Hua Hong',
	'Tower',
	'VIS',
	'PSMC',
	'Nexchip'
];

/** A line per label with its legend on top, drawn by the server's ECharts at one width. */
function drawn(labels: string[], width: number): string {
	const option = {
		legend: { top: 0 },
		xAxis: { type: 'category', data: ['a', 'b'] },
		yAxis: { type: 'value' },
		series: labels.map((name) => ({ type: 'line', name, data: [1, 2] }))
	};
	return renderChartSvg(chartSpec(option, 300), width);
}

/** The distinct heights at which ECharts put the legend's texts (each text is a row's member). */
function drawnRows(svg: string, labels: string[]): number {
	const ys = new Set<number>();
	for (const label of labels) {
		const at = svg.indexOf(`>${label}</text>`);
		expect(at, label).toBeGreaterThan(0);
		const tag = svg.slice(svg.lastIndexOf('<text', at), at);
		const y = /translate\([\d.]+ ([\d.]+)\)/.exec(tag)?.[1] ?? /\sy="([\d.]+)"/.exec(tag)?.[1];
		ys.add(Math.round(Number(y)));
	}
	return ys.size;
}

describe('legendRows', () => {
	it('counts the rows the server renderer wraps a legend onto, at phone and desktop widths', () => {
		for (const width of [260, 358, 560, 1120])
			for (const labels of [
				VENDORS,
				VENDORS.slice(0, 4),
				['Other complete sources', 'Partial sources (under 80% covered)', 'Forecasts']
			])
				expect(legendRows(labels, width), `${labels.length} labels at ${width} px`).toBe(
					drawnRows(drawn(labels, width), labels)
				);
	});
	it('takes one row for a few short names and more as the chart narrows', () => {
		expect(legendRows(VENDORS.slice(0, 3), 358)).toBe(1);
		expect(legendRows(VENDORS, 1120)).toBe(1);
		expect(legendRows(VENDORS, 358)).toBeGreaterThan(1);
		expect(legendRows(VENDORS, 260)).toBeGreaterThanOrEqual(legendRows(VENDORS, 358));
		expect(legendRows([], 358)).toBe(0);
	});
});

describe('wrappedLegendGrid', () => {
	const fit = wrappedLegendGrid({ labels: VENDORS, inset: 48 }, 8);
	it('keeps the one-row inset on the widest chart and adds a row of room per extra row in each narrower band', () => {
		expect(fit.grid).toEqual({ top: 48, bottom: 8 });
		const phone = fit.media.find((m) => m.query.maxWidth === 439)!;
		expect(phone.option.grid.top).toBe(48 + (legendRows(VENDORS, 358) - 1) * LEGEND_ROW);
		expect(phone.option.grid.bottom).toBe(8);
	});
	it('lists every band, widest first, even where nothing changes', () => {
		expect(fit.media.map((m) => m.query.maxWidth)).toEqual(LEGEND_WIDTHS.slice(0, -1).map((w) => w - 1));
		expect(wrappedLegendGrid(40, 8).media).toHaveLength(LEGEND_WIDTHS.length - 1);
	});
	it('is applied by the server renderer: a phone-width drawing starts its plot below a wrapped legend', () => {
		const option = {
			legend: { top: 0 },
			...fit,
			grid: { ...fit.grid, left: 8, right: 16, containLabel: true },
			xAxis: { type: 'category', data: ['a', 'b'] },
			yAxis: { type: 'value', max: 10 },
			series: VENDORS.map((name) => ({ type: 'line', name, data: [1, 2] }))
		};
		const rows = legendRows(VENDORS, 358);
		const topLabel = (svg: string) => Number(/translate\([\d.]+ ([\d.]+)\)[^>]*>10<\/text>/.exec(svg)?.[1]);
		const phone = topLabel(renderChartSvg(chartSpec(option, 300), 358));
		const desktop = topLabel(renderChartSvg(chartSpec(option, 300), 1120));
		expect(phone - desktop).toBeCloseTo((rows - 1) * LEGEND_ROW, 0);
		// and the room matches the rows' real pitch: the last row's text sits one pitch per row below the first
		const ys = [
			...renderChartSvg(chartSpec(option, 300), 358).matchAll(
				/translate\([\d.]+ ([\d.]+)\)[^>]*>(?:TSMC|Nexchip)<\/text>/g
			)
		].map((m) => Number(m[1]));
		expect((ys[1]! - ys[0]!) / (rows - 1)).toBeGreaterThan(LEGEND_ROW - 2);
		expect((ys[1]! - ys[0]!) / (rows - 1)).toBeLessThanOrEqual(LEGEND_ROW);
	});
});

describe('withWrappedLegends', () => {
	const names = VENDORS.map((v) => `${v} Semiconductor Manufacturing`);
	const base = {
		legend: [
			{ top: 0, formatter: (n: string) => n.split(' ')[0] },
			{ bottom: 0, data: names.slice(0, 3) }
		],
		grid: { left: 8, top: 48, bottom: 44 },
		series: names.map((name) => ({ type: 'line', name }))
	};
	it('grows the top by the formatted legend rows and the bottom by the bottom legend rows', () => {
		const fitted = withWrappedLegends(base);
		const phone = fitted.media!.find((m) => m.query.maxWidth === 439)!.option.grid;
		expect(phone.top).toBe(48 + (legendRows(VENDORS, 358) - 1) * LEGEND_ROW);
		expect(phone.bottom).toBe(44 + (legendRows(names.slice(0, 3), 358) - 1) * LEGEND_ROW);
		expect(phone.bottom).toBeGreaterThan(44);
		expect(fitted.grid).toMatchObject({ left: 8, top: 48, bottom: 44 });
	});
	it('leaves an option without a shown legend as it is', () => {
		const hidden = { ...base, legend: { show: false, top: 0 } };
		expect(withWrappedLegends(hidden)).toBe(hidden);
	});
});
