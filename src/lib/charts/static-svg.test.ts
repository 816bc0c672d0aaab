import { afterEach, describe, expect, it } from 'vitest';
import { renderChartSvg } from '../server/chart-svg';
import { chartSpec } from './spec';
import { placeSvg, staticMarkup, useStaticRenderer } from './static-svg';
import { buildWorldMapOption } from './world-map';

const bars = (name: string) =>
	chartSpec(
		{
			xAxis: { type: 'category', data: [name, 'B'] },
			yAxis: { type: 'value' },
			series: [{ type: 'bar', data: [3, 5] }]
		},
		200
	);

afterEach(() => useStaticRenderer(null));

describe('placeSvg', () => {
	const raw =
		'<svg width="400" height="200" xmlns="http://www.w3.org/2000/svg" version="1.1" baseProfile="full" viewBox="0 0 400 200">' +
		'<path d="M0 0" pointer-events="visible" class="zr12-cls-3" ecmeta_series_index="0"></path>' +
		'<g clip-path="url(#zr12-c0)"></g><style ><![CDATA[.zr12-cls-3:hover{cursor:pointer}]]></style></svg>';
	const placed = placeSvg(raw, 400, 'c7w0');
	it('lets CSS size the drawing and hides it from screen readers (the box has the description)', () => {
		expect(placed).toMatch(/^<svg data-width="400" aria-hidden="true" focusable="false"/);
		expect(placed).toContain('viewBox="0 0 400 200"');
		expect(placed).not.toMatch(/\s(width|height)="/);
	});
	it('renames per-process ids per chart and drops what only a live chart uses', () => {
		expect(placed).toContain('url(#c7w0-c0)');
		expect(placed).not.toMatch(/zr12|ecmeta|pointer-events|<style|cls-/);
	});
});

describe('staticMarkup with the server renderer', () => {
	it('draws one SVG per width of the layout, with the axis labels as text', () => {
		useStaticRenderer(renderChartSvg);
		const markup = staticMarkup(bars('Alpha'), 's1');
		expect(markup.match(/<svg data-width="(\d+)"/g)).toEqual([
			'<svg data-width="358"',
			'<svg data-width="720"',
			'<svg data-width="1120"'
		]);
		expect(markup).toContain('>Alpha</text>');
		expect(markup).toContain('<path d="M');
	});
	it('is the same bytes for the same chart, however many charts the process drew before', () => {
		useStaticRenderer(renderChartSvg);
		const first = staticMarkup(bars('Alpha'), 's1');
		staticMarkup(bars('Other'), 's2');
		expect(staticMarkup(bars('Alpha'), 's1')).toBe(first);
	});
	it('escapes text from the data', () => {
		useStaticRenderer(renderChartSvg);
		const markup = staticMarkup(bars('<img src=x onerror=alert(1)> & co'), 's1');
		expect(markup).not.toContain('<img');
		expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
	});
	it('draws the world map the browser draws, country by country', () => {
		useStaticRenderer(renderChartSvg);
		const spec = chartSpec(
			buildWorldMapOption([{ code: 'FRA', color: '#a50f15', text: 'France' }], 'A map'),
			420,
			'map'
		);
		const markup = staticMarkup(spec, 's1');
		expect(markup.match(/<svg /g)).toHaveLength(1);
		expect(markup.match(/fill="#a50f15"/g)).toHaveLength(1);
		expect((markup.match(/<path /g) ?? []).length).toBeGreaterThan(150);
	});
	it('leaves the box to the live chart when there is no renderer or drawing fails', () => {
		expect(staticMarkup(bars('A'), 's1')).toBe('');
		useStaticRenderer(() => {
			throw new Error('boom');
		});
		const errors: unknown[] = [];
		const original = console.error;
		console.error = (...args) => errors.push(args);
		try {
			expect(staticMarkup(bars('A'), 's1')).toBe('');
		} finally {
			console.error = original;
		}
		expect(errors).toHaveLength(1);
	});
});

describe('placeSvg in whole pixels', () => {
	it('rounds path coordinates and nothing else', () => {
		const placed = placeSvg(
			'<svg width="10" height="10" viewBox="0 0 10 10"><path d="M1.4 2.6L3.5 4" stroke-width="0.4"></path></svg>',
			10,
			'p',
			true
		);
		expect(placed).toContain('d="M1 3L4 4"');
		expect(placed).toContain('stroke-width="0.4"');
	});
});
