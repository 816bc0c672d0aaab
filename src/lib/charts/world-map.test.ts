import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json';
import { renderChartSvg } from '../server/chart-svg';
import { alpha3ByNumeric } from '../server/geo';
import { worldFeatures, type WorldTopology } from './world-geo';
import {
	buildWorldMapOption,
	MAP_ASPECT,
	moneyScale,
	NO_DATA,
	TREATMENT_COLORS,
	worldMapChart
} from './world-map';
import { SEVERITY } from '../views/export-controls';

describe('moneyScale', () => {
	const { color, legend } = moneyScale([5, 500, 50000]);
	it('darkens with the amount on a log scale', () => {
		expect(legend).toHaveLength(6);
		expect(color(5)).toBe(legend[0]!.color);
		expect(color(50000)).toBe(legend.at(-1)!.color);
		expect(color(0)).toBe(NO_DATA);
	});
});

describe('world map', () => {
	it('gives every treatment but "suspended" a colour (suspended measures are not drawn)', () => {
		expect(SEVERITY.filter((t) => !TREATMENT_COLORS[t])).toEqual(['suspended']);
	});
	it('fills each area by ISO code with its own colour', () => {
		const option = buildWorldMapOption([{ code: 'NLD', color: '#123456', text: 'Netherlands' }], 'x') as {
			series: { data: { name: string; itemStyle: { areaColor: string } }[] }[];
		};
		expect(option.series[0]!.data).toEqual([
			{ name: 'NLD', text: 'Netherlands', itemStyle: { areaColor: '#123456' } }
		]);
	});
});

describe('the map’s shape', () => {
	const spec = worldMapChart([], 'x');
	it('states the aspect the geometry has as ECharts projects it (longitude span over latitude span, times 0.75)', () => {
		const world = worldFeatures(topology as unknown as WorldTopology, alpha3ByNumeric()) as {
			features: { geometry: { coordinates: unknown } }[];
		};
		const xs: number[] = [];
		const ys: number[] = [];
		const walk = (c: unknown): void => {
			if (Array.isArray(c) && typeof c[0] === 'number') {
				xs.push(c[0]);
				ys.push(c[1] as number);
			} else if (Array.isArray(c)) c.forEach(walk);
		};
		for (const f of world.features) walk(f.geometry.coordinates);
		const aspect = ((Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys))) * 0.75;
		expect(MAP_ASPECT).toBeCloseTo(aspect, 2);
	});
	it('is drawn unstretched: the countries span the box in that aspect, and a phone-shaped box letterboxes them', () => {
		const extent = (svg: string) => {
			const xs: number[] = [];
			const ys: number[] = [];
			for (const [, d] of svg.matchAll(/<path d="([^"]+)"/g))
				for (const [, x, y] of d!.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)) {
					xs.push(Number(x));
					ys.push(Number(y));
				}
			return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
		};
		expect(extent(renderChartSvg(spec, 1120))).toBeCloseTo(MAP_ASPECT, 1);
		expect(extent(renderChartSvg({ ...spec, height: 420 }, 358))).toBeCloseTo(MAP_ASPECT, 1);
	});
});
