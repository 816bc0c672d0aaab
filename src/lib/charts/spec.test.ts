import { describe, expect, it } from 'vitest';
import { STATIC_WIDTHS, staticChartCss, widthRanges } from './spec';

describe('widthRanges', () => {
	it('gives every box width exactly one drawing, switching at the geometric mean of neighbours', () => {
		const ranges = widthRanges([358, 720, 1120]);
		expect(ranges.map((r) => [r.from, r.to])).toEqual([
			[0, 508],
			[508, 898],
			[898, Infinity]
		]);
		for (let width = 200; width < 1400; width += 7)
			expect(ranges.filter((r) => r.from <= width && width < r.to)).toHaveLength(1);
	});
	it('keeps each drawing within about 1.5 times of the box it is shown in', () => {
		for (const widths of Object.values(STATIC_WIDTHS))
			for (const { width, from, to } of widthRanges(widths)) {
				if (from > 0) expect(width / from).toBeLessThan(1.5);
				if (to < Infinity) expect(to / width).toBeLessThan(1.5);
			}
	});
});

describe('staticChartCss', () => {
	it('shows the one drawing per layout whose range holds the box width', () => {
		const css = staticChartCss();
		expect(css).toContain(
			'@container (width < 508px){.chart-static.full>svg[data-width="358"]{display:block}}'
		);
		expect(css).toContain(
			'@container (508px <= width < 898px){.chart-static.full>svg[data-width="720"]{display:block}}'
		);
		// A layout drawn once shows that drawing at every width.
		expect(css).toContain('.chart-static.map>svg[data-width="1120"]{display:block}');
		expect(css).not.toMatch(/@container[^{]*\{\.chart-static\.map/);
	});
});
