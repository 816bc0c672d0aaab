// HTTP caching for the data endpoints: strong ETags from the body, 304 when the client already has it.
import { createHash } from 'node:crypto';

const etags = new Map<string, string>();

export function etagOf(body: string | Uint8Array, cacheKey?: string): string {
	const cached = cacheKey ? etags.get(cacheKey) : undefined;
	if (cached) return cached;
	const tag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
	if (cacheKey) etags.set(cacheKey, tag);
	return tag;
}

/** True when If-None-Match names this ETag (or is "*"), per RFC 9110 section 13.1.2. */
export function notModified(request: Request, etag: string): boolean {
	const header = request.headers.get('if-none-match');
	if (!header) return false;
	return header
		.split(',')
		.map((t) => t.trim().replace(/^W\//, ''))
		.some((t) => t === etag || t === '*');
}

export function cachedResponse(
	request: Request,
	body: string | Uint8Array,
	headers: Record<string, string>,
	cacheKey?: string
): Response {
	const etag = etagOf(body, cacheKey);
	const all = {
		...headers,
		etag,
		'cache-control': 'public, max-age=3600, must-revalidate',
		vary: 'Accept-Encoding'
	};
	if (notModified(request, etag)) return new Response(null, { status: 304, headers: all });
	return new Response(body as BodyInit, { headers: all });
}
