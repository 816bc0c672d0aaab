// Embedding one chart of a view elsewhere: the chart is named by its title, and its panel is cut out of the
// view's own server-rendered page, so an embed shows exactly what the page shows. Pure string work.
import { escapeXml } from './xml';

/** A chart's name in an embed address: its title in lower case, words joined by hyphens. */
export function chartSlug(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);
}

/** Text with the entities Svelte writes decoded (an attribute's value, or markup whose tags are gone). */
export const decodeEntities = (text: string) =>
	text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** Every chart panel of a page: its title and its markup, in page order. */
export function chartPanels(html: string): { title: string; markup: string }[] {
	const panels: { title: string; markup: string }[] = [];
	const open = /<section class="panel[^"]*" aria-label="([^"]*)"/g;
	for (let m = open.exec(html); m; m = open.exec(html)) {
		// Panels may hold sections of their own: find the matching close.
		let depth = 0;
		const tags = /<section\b|<\/section>/g;
		tags.lastIndex = m.index;
		for (let t = tags.exec(html); t; t = tags.exec(html)) {
			depth += t[0] === '</section>' ? -1 : 1;
			if (depth === 0) {
				panels.push({ title: decodeEntities(m[1]!), markup: html.slice(m.index, tags.lastIndex) });
				open.lastIndex = tags.lastIndex;
				break;
			}
		}
	}
	return panels;
}

/** The stylesheets a page links, as root-relative addresses, so that an embed of its panel looks the same. */
export function stylesheets(html: string): string[] {
	return [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"[^>]*>/g)].map(
		(m) => `/${m[1]!.replace(/^(?:\.\.?\/)+/, '')}`
	);
}

/** Views that have charts (a path without its leading slash); anything else is not embeddable. */
const VIEWS =
	/^(market-share|export-controls|sovereign-compute|compare|chips|chips\/[a-z0-9-]+|countries\/[A-Z]{3}|vendors\/[a-z0-9-]+)$/;

export const embeddable = (view: string) => VIEWS.test(view);

/** The chart view at `url` (its path without the leading slash, its query without `chart`), if it has one. */
function chartView(url: URL): { view: string; query: URLSearchParams } | null {
	const view = url.pathname.replace(/^\//, '');
	if (!embeddable(view)) return null;
	const query = new URLSearchParams(url.searchParams);
	query.delete('chart');
	return { view, query };
}

/** The embed address of a chart in the view at `url`, or null when the view is not embeddable. */
export function embedUrl(url: URL, title: string): string | null {
	const at = chartView(url);
	if (!at) return null;
	at.query.set('chart', chartSlug(title));
	return `${url.origin}/embed/${at.view}?${at.query}`;
}

/** The snippet a reader pastes into their page. */
export function embedSnippet(src: string, title: string, height: number): string {
	return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** The widest drawing in a panel's markup, with the size it was drawn at (its viewBox). */
export function widestDrawing(panel: string): { svg: string; width: number; height: number } | null {
	let best: { svg: string; width: number; height: number } | null = null;
	for (const m of panel.matchAll(/<svg data-width="(\d+)"[\s\S]*?<\/svg>/g)) {
		const width = Number(m[1]);
		const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(m[0]);
		if (!box || (best && best.width >= width)) continue;
		const height = Math.round(Number(box[2]));
		// Stands alone: sized, not hidden from assistive technology as it was beside the page's own description.
		const svg = m[0]
			.replace(/^<svg data-width="\d+"/, `<svg width="${width}" height="${height}"`)
			.replace(/\s(?:aria-hidden|focusable)="[^"]*"/g, '');
		best = { svg, width, height };
	}
	return best;
}

/** The address of a view's preview image (its first chart), or null when the view has no charts to show. */
export function previewImageUrl(url: URL): string | null {
	const at = chartView(url);
	return at ? `${url.origin}/og/${at.view}${at.query.size > 0 ? `?${at.query}` : ''}` : null;
}
