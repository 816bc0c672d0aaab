// A view's preview image for link previews (og:image): its first chart as the page draws it, framed like a
// downloaded image, rasterised on the server with the system's fonts.
import { Resvg } from '@resvg/resvg-js';
import { standaloneSvg, type ImageText } from '$lib/charts/image';
import { INK } from '$lib/charts/theme';
import { chartPanels, decodeEntities, widestDrawing } from '$lib/embed';

/** Link previews show about 1200 px wide. */
const PREVIEW_WIDTH = 1200;

export function previewSvg(
	html: string,
	text: Omit<ImageText, 'title' | 'subtitle' | 'source'>
): string | null {
	const panel = chartPanels(html)[0];
	if (!panel) return null;
	const drawing = widestDrawing(panel.markup);
	if (!drawing) return null;
	const subtitle = /<p class="description[^"]*">([\s\S]*?)<\/p>/.exec(panel.markup)?.[1] ?? '';
	return standaloneSvg(drawing.svg, drawing.width, drawing.height, {
		...text,
		title: panel.title,
		subtitle: decodeEntities(subtitle.replace(/<[^>]+>/g, '')).trim(),
		source: 'Sources cited on the page'
	});
}

export function previewPng(svg: string): Uint8Array {
	const image = new Resvg(svg, {
		fitTo: { mode: 'width', value: PREVIEW_WIDTH },
		background: INK.surface.light,
		font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }
	});
	return image.render().asPng();
}
