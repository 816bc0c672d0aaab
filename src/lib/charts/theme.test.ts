import { describe, expect, it } from 'vitest';
import { CATEGORIES, FUNDING_TYPES } from '../vocabulary';
import { colorIn, darkChartCss, ECHARTS_THEME, INK, PALETTE, SERIES } from './theme';

describe('colorIn', () => {
	it('colours a member by its place in the list, whatever else a chart shows', () => {
		expect(colorIn(CATEGORIES, 'entity-listing')).toBe(PALETTE[CATEGORIES.indexOf('entity-listing')]);
		expect(colorIn(FUNDING_TYPES, 'private-pledge')).not.toBe(colorIn(FUNDING_TYPES, 'public-budget'));
	});
	it('refuses an id outside the list instead of colouring it like another', () => {
		expect(() => colorIn(CATEGORIES, 'nonsense')).toThrow(/nonsense/);
	});
});

describe('darkChartCss', () => {
	const css = darkChartCss();
	it('repaints every light ink as fill and stroke, only in dark mode', () => {
		expect(css.startsWith('@media (prefers-color-scheme: dark){')).toBe(true);
		for (const ink of Object.values(INK)) {
			expect(css).toContain(`.echart [fill="${ink.light}"]{fill:${ink.dark}}`);
			expect(css).toContain(`.echart [stroke="${ink.light}"]{stroke:${ink.dark}}`);
		}
	});
	it('turns the white ECharts gives hollow symbols into the dark page background', () => {
		expect(css).toContain(`.echart [fill="#fff"]{fill:${INK.surface.dark}}`);
	});
	it('lightens the series colours that would vanish on a dark page, and leaves the others', () => {
		const indigo = SERIES.find((s) => s.light === '#332288')!;
		expect(css).toContain(`[fill="#332288"]{fill:${indigo.dark}}`);
		expect(css).not.toContain('[fill="#E69F00"]');
	});
	it('keeps neutral inks apart from data colours, so a remap never recolours data', () => {
		const inks = Object.values(INK).map((i) => i.light.toLowerCase());
		for (const colour of PALETTE) expect(inks).not.toContain(colour.toLowerCase());
	});
	it('is what the ECharts theme draws with', () => {
		expect(ECHARTS_THEME.textStyle.color).toBe(INK.text.light);
		expect(ECHARTS_THEME.valueAxis.splitLine.lineStyle.color).toBe(INK.grid.light);
	});
});
