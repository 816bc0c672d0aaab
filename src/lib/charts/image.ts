// A chart as an image that stands on its own once it leaves the page: its title and subtitle above, and below
// it the sources, the atlas's name, the data cut-off, the licence and the view's address. Pure: the chart's own
// SVG comes in, one SVG document goes out (the browser turns it into PNG when asked).
import { escapeXml } from '../xml';
import { FONT_FAMILY, INK } from './theme';

/** The context key under which a chart panel tells its chart what to print around it. */
export const PANEL_TEXT = Symbol('chart panel text');

export interface PanelText {
	title: string;
	subtitle: string;
	source: string;
}

export interface ImageText {
	title: string;
	subtitle: string;
	/** "Source: TrendForce, ...; Counterpoint, ..." as the panel states it. */
	source: string;
	cutoff: string;
	/** The view's address, filters included. */
	url: string;
}

const PAD = 24;
const TITLE_SIZE = 20;
const TEXT_SIZE = 13;
const SMALL_SIZE = 11;
/** Arial's average advance is a little over half its size: wrap at that many characters per line. */
const AVERAGE_ADVANCE = 0.52;

/** Breaks text into lines that fit `width` pixels at `size`, at spaces (a word longer than a line stands alone). */
export function wrapLines(text: string, width: number, size: number): string[] {
	const max = Math.max(10, Math.floor(width / (size * AVERAGE_ADVANCE)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** The chart's SVG (its outer <svg> element, `width` x `height`) framed by its title, subtitle and credits. */
export function standaloneSvg(chartSvg: string, width: number, height: number, text: ImageText): string {
	const inner = width - 2 * PAD;
	const title = wrapLines(text.title, inner, TITLE_SIZE);
	const subtitle = wrapLines(text.subtitle, inner, TEXT_SIZE);
	const credits = [
		...wrapLines(text.source, inner, SMALL_SIZE),
		...wrapLines(`AI Compute Atlas · data up to ${text.cutoff} · CC BY 4.0 · ${text.url}`, inner, SMALL_SIZE)
	];
	const lineHeight = (size: number) => Math.round(size * 1.35);
	let y = PAD;
	const rows: string[] = [];
	const put = (lines: string[], size: number, fill: string, weight = 'normal') => {
		for (const line of lines) {
			y += lineHeight(size);
			rows.push(
				`<text x="${PAD}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`
			);
		}
	};
	put(title, TITLE_SIZE, INK.strong.light, 'bold');
	put(subtitle, TEXT_SIZE, INK.text.light);
	const chartTop = y + 12;
	y = chartTop + height + 4;
	put(credits, SMALL_SIZE, INK.text.light);
	const total = y + PAD;
	// The chart keeps its own coordinates inside a nested <svg> placed below the text.
	const placed = chartSvg.replace(/^<svg\b/, `<svg x="0" y="${chartTop}"`);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(FONT_FAMILY)}">`,
		`<rect width="100%" height="100%" fill="${INK.surface.light}"/>`,
		...rows,
		placed,
		'</svg>'
	].join('\n');
}
