// The drawings the server puts in a chart's HTML. This module holds no ECharts: the server registers its
// renderer here at start-up (hooks.server.ts), so a component can ask for SVG while the browser bundle never
// carries the library up front.
import { STATIC_WIDTHS, type ChartSpec } from './spec';

export type SvgRenderer = (spec: ChartSpec, width: number) => string;

let renderer: SvgRenderer | null = null;

export function useStaticRenderer(render: SvgRenderer | null): void {
	renderer = render;
}

/**
 * Readies one ECharts SVG for the page: its size comes from CSS (the viewBox keeps the proportions), it is
 * hidden from assistive technology (the chart's box carries the description), and the ids and classes ECharts
 * numbers per process (clip paths, gradients) are renamed per chart, so that two drawings never share an id and a page's bytes depend on
 * its URL only.
 */
export function placeSvg(svg: string, width: number, prefix: string, wholePixels = false): string {
	const placed = svg
		.replace(/^<svg\b[^>]*>/, (tag) =>
			tag
				.replace(/\s(?:width|height|version|baseProfile)="[^"]*"/g, '')
				.replace(/^<svg/, `<svg data-width="${width}" aria-hidden="true" focusable="false"`)
		)
		// What only a live chart uses: hover styles, the hooks of ECharts' SSR client, pointer hints.
		.replace(/<style\b[\s\S]*?<\/style>/g, '')
		.replace(/\s(?:ecmeta_[a-z_]+|pointer-events)="[^"]*"/g, '')
		.replace(/\sclass="zr\d+-cls-\d+"/g, '')
		.replace(/ {2,}/g, ' ')
		.replace(/\bzr\d+-/g, `${prefix}-`)
		.replace(/>\s+</g, '><');
	return wholePixels
		? placed.replace(/\sd="[^"]*"/g, (d) => d.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n)))))
		: placed;
}

/** Every drawing of a chart, one per width of its layout; empty where no renderer is registered or it fails. */
export function staticMarkup(spec: ChartSpec, id: string): string {
	if (!renderer) return '';
	try {
		return (
			STATIC_WIDTHS[spec.layout]
				// A map's outlines are plain paths in page pixels (no scaled symbols): whole pixels are exact enough and
				// make its drawing about a third smaller.
				.map((width, i) => placeSvg(renderer!(spec, width), width, `${id}w${i}`, spec.layout === 'map'))
				.join('')
		);
	} catch (error) {
		// The live chart still draws it; one chart must not cost the page.
		console.error('server chart rendering failed:', error);
		return '';
	}
}
