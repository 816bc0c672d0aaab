import { describe, expect, it } from 'vitest';
import { standaloneSvg, wrapLines } from './image';

describe('wrapLines', () => {
	it('breaks at spaces so each line fits, keeping every word', () => {
		const text =
			'Share of high-bandwidth memory revenue by vendor, quarterly, from sources naming most of the market';
		const lines = wrapLines(text, 200, 13);
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.join(' ')).toBe(text);
		for (const l of lines.slice(0, -1)) expect(l.length).toBeLessThanOrEqual(Math.floor(200 / (13 * 0.52)));
	});
});

describe('standaloneSvg', () => {
	const chart =
		'<svg width="1120" height="300" xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>';
	const svg = standaloneSvg(chart, 1120, 300, {
		title: 'HBM <share> & rank',
		subtitle: 'Quarterly, complete sources only',
		source: 'Source: TrendForce, HBM ranking (2025-09) · secondary',
		cutoff: '2026-07-31',
		url: 'https://atlas.example/market-share?segment=hbm'
	});
	it('carries the title, subtitle, source, atlas name, cut-off, licence and address, escaped', () => {
		for (const text of [
			'HBM &lt;share&gt; &amp; rank',
			'Quarterly, complete sources only',
			'Source: TrendForce, HBM ranking (2025-09) · secondary',
			'AI Compute Atlas · data up to 2026-07-31 · CC BY 4.0 · https://atlas.example/market-share?segment=hbm'
		])
			expect(svg).toContain(text);
	});
	it('places the chart below the text and sizes the document to hold everything', () => {
		const y = Number(/<svg x="0" y="(\d+)" width="1120"/.exec(svg)![1]);
		const height = Number(/^<svg [^>]*height="(\d+)"/.exec(svg)![1]);
		expect(y).toBeGreaterThan(40);
		expect(height).toBeGreaterThan(y + 300);
		expect(svg.match(/<svg/g)).toHaveLength(2);
	});
});
