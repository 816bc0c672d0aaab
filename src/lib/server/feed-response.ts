// A feed as an HTTP response: Atom's media type, cached and compressed like the data files.
import { feedDocument, type FeedScope } from './feeds';
import { cachedResponse } from './http';

export function feedResponse(
	request: Request,
	url: URL,
	scope: FeedScope,
	title: string,
	pagePath: string
): Response {
	const body = feedDocument(scope, title, url.origin, url.pathname, pagePath);
	return cachedResponse(request, body, { 'content-type': 'application/atom+xml; charset=utf-8' });
}
