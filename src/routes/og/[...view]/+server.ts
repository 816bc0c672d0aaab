// /og/<view path>?<the view's query>: the view's first chart as a PNG, for link previews (og:image).
import { error } from '@sveltejs/kit';
import { embeddable } from '$lib/embed';
import { dataset } from '$lib/server/datasets';
import { cachedResponse } from '$lib/server/http';
import { previewPng, previewSvg } from '$lib/server/preview-image';

/** The cut-off the view's panels print ("Data up to"), read from the data rather than from the page. */
const cutoff = dataset('sources').cutoff;

export async function GET({ params, url, fetch, request }) {
	if (!embeddable(params.view)) error(404, 'No chart view at this address');
	const viewPath = `/${params.view}${url.search}`;
	const page = await fetch(viewPath);
	if (!page.ok)
		error(page.status === 404 ? 404 : 400, `The view ${viewPath.slice(0, 200)} answered ${page.status}`);
	const html = await page.text();
	const svg = previewSvg(html, { cutoff, url: `${url.host}${viewPath}` });
	if (!svg) error(404, 'This view has no chart to preview');
	return cachedResponse(request, previewPng(svg), { 'content-type': 'image/png' }, `og:${viewPath}`);
}
