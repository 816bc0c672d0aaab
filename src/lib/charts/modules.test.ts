import { describe, expect, it } from 'vitest';
import { buildWorldMapOption } from './world-map';
import { modulesFor } from './modules';

describe('modulesFor', () => {
	it('asks for each series type, the grid of cartesian charts, legends and mark lines', () => {
		expect(
			modulesFor({
				xAxis: { type: 'time' },
				yAxis: { type: 'value' },
				legend: { type: 'scroll' },
				series: [
					{ type: 'line', data: [], markLine: { data: [] } },
					{ type: 'scatter', data: [] }
				]
			})
		).toEqual(['grid', 'legend', 'line', 'markLine', 'scatter']);
		expect(modulesFor({ xAxis: [], yAxis: [], series: { type: 'bar', data: [] } })).toEqual(['bar']);
	});
	it('needs nothing beyond the core for a world map (its module comes with the geometry)', () => {
		expect(modulesFor(buildWorldMapOption([], 'A map'))).toEqual([]);
	});
	it('refuses a series type it cannot load, instead of drawing an empty chart', () => {
		expect(() => modulesFor({ series: [{ type: 'sankey' }] })).toThrow(/sankey/);
	});
});
