import { describe, expect, it } from 'vitest';
import { buildWorldMapOption, moneyScale, NO_DATA, TREATMENT_COLORS } from './world-map';
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
