// One chart of a view, for other sites to frame: /embed/<view path>?<the view's query>&chart=<chart name>. The
// panel is the view's own server-rendered one (title, description, drawing, sources, citation), with a link
// back; this is the only route that may be framed.
import { error } from '@sveltejs/kit';
import { chartPanels, chartSlug, embeddable, stylesheets } from '$lib/embed';
import { escapeXml } from '$lib/xml';

const EMBED_HEADERS = {
	'content-type': 'text/html; charset=utf-8',
	'content-security-policy':
		"default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'self'; form-action 'none'; frame-ancestors *",
	'cache-control': 'public, max-age=3600'
};

export async function GET({ params, url, fetch }) {
	if (!embeddable(params.view)) error(404, 'No embeddable view at this address');
	const query = new URLSearchParams(url.searchParams);
	const wanted = query.get('chart');
	query.delete('chart');
	const search = query.size > 0 ? `?${query}` : '';
	const viewPath = `/${params.view}${search}`;
	const page = await fetch(viewPath);
	if (!page.ok)
		error(page.status === 404 ? 404 : 400, `The view ${viewPath.slice(0, 200)} answered ${page.status}`);
	const html = await page.text();
	const panels = chartPanels(html);
	const panel = wanted === null ? panels[0] : panels.find((p) => chartSlug(p.title) === wanted);
	if (!panel)
		error(
			404,
			`No chart "${(wanted ?? '').slice(0, 80)}" in this view; its charts: ${panels.map((p) => chartSlug(p.title)).join(', ')}`
		);
	const title = escapeXml(panel.title);
	// Scheme-relative: resolved against the embed's own address, right whether or not ORIGIN names the scheme.
	const back = escapeXml(`//${url.host}${viewPath}`);
	const body = [
		'<!doctype html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${title} · AI Compute Atlas</title>`,
		'<meta name="robots" content="noindex">',
		// Links in the panel (sources, a view's other frequency, its CSV) open the atlas, not the frame.
		`<base href="${back}" target="_blank">`,
		...stylesheets(html).map((href) => `<link rel="stylesheet" href="${escapeXml(href)}">`),
		'<style>body{margin:0;padding:0 12px}.panel{margin:8px 0}.embed-credit{font-size:.8125rem;margin:0 0 8px}</style>',
		'</head>',
		'<body>',
		'<main>',
		panel.markup,
		`<p class="embed-credit"><a href="${back}" target="_blank" rel="noopener">Open in AI Compute Atlas</a></p>`,
		'</main>',
		'</body>',
		'</html>'
	].join('\n');
	return new Response(body, { headers: EMBED_HEADERS });
}
