// Headers every response carries, a cache of rendered pages, and plain 4xx answers to oversized queries.
import { building } from '$app/environment';
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { compressVariants, MIN_COMPRESS_BYTES, negotiateEncoding } from '$lib/server/compress';
import { ResponseCache, type CachedResponse } from '$lib/server/response-cache';
import { useStaticRenderer } from '$lib/charts/static-svg';
import { renderChartSvg } from '$lib/server/chart-svg';

// Charts are drawn into the HTML as SVG, readable before (and without) any script.
useStaticRenderer(renderChartSvg);

const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()'
};

/** Longer query strings than any view needs are refused before routing. */
const MAX_QUERY_LENGTH = 2048;

const cache = new ResponseCache();
/**
 * Renders under way, by cache key: a burst of requests for a page not yet cached waits for one render instead
 * of starting a render each (a hundred at once held a hundred large pages in memory and ran out of heap).
 */
const inFlight = new Map<string, Promise<CachedResponse | null>>();

/**
 * A cached page in the encoding the client accepts; a fresh Response each time (bodies are single-use). The
 * Response copies the bytes it is given, so the cached ones are passed as they are.
 */
function serve(request: Request, entry: CachedResponse): Response {
	const headers = new Headers(entry.headers);
	headers.delete('content-length');
	const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
	const encoded = encoding ? entry.encoded?.[encoding] : undefined;
	if (entry.encoded) headers.append('vary', 'Accept-Encoding');
	if (encoded) headers.set('content-encoding', encoding!);
	// Cached bytes live in plain ArrayBuffers (never shared memory), which is what a Response body takes.
	return new Response((encoded ?? entry.body) as Uint8Array<ArrayBuffer>, { status: entry.status, headers });
}

/** Pages and their client-side data loads; /data endpoints answer from prebuilt bytes already. */
function cacheable(request: Request, url: URL): boolean {
	return request.method === 'GET' && !url.pathname.startsWith('/data/');
}

export const handle: Handle = async ({ event, resolve }) => {
	// Prerendered files (the search index) have no query string, and reading it then is an error.
	if (!building && event.url.search.length > MAX_QUERY_LENGTH)
		return new Response('Query string too long\n', {
			status: 414,
			headers: { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }
		});
	// The raw request URL: event.url is the page's URL for its __data.json request too, which must not share a key.
	const key =
		building || !cacheable(event.request, event.url)
			? null
			: `${event.isDataRequest ? 'data:' : 'page:'}${event.request.url}`;
	const hit = key ? cache.get(key) : undefined;
	if (hit) return serve(event.request, hit);
	const pending = key ? inFlight.get(key) : undefined;
	if (pending) {
		const entry = await pending;
		if (entry) return serve(event.request, entry);
	}

	let settle: (entry: CachedResponse | null) => void = () => {};
	if (key && !pending) {
		inFlight.set(
			key,
			new Promise((done) => {
				settle = done;
			})
		);
	}
	try {
		return await render(event, resolve, key, (entry) => settle(entry));
	} finally {
		settle(null);
		if (key && !pending) inFlight.delete(key);
	}
};

/** Renders a request, caches a cacheable page, and hands the cached entry to requests waiting for it. */
async function render(
	event: Parameters<Handle>[0]['event'],
	resolve: Parameters<Handle>[0]['resolve'],
	key: string | null,
	share: (entry: CachedResponse) => void
): Promise<Response> {
	const response = await resolve(event);
	// Embeds are made to be framed by other sites (their own CSP says so); every other page is never framed.
	const framable = event.url.pathname.startsWith('/embed/');
	for (const [name, value] of Object.entries(SECURITY_HEADERS))
		if (!response.headers.has(name) && !(framable && name === 'x-frame-options'))
			response.headers.set(name, value);
	if (key && response.status === 200 && !response.headers.has('set-cookie')) {
		const body = new Uint8Array(await response.arrayBuffer());
		const entry: CachedResponse = { status: 200, headers: [...response.headers], body };
		if (body.byteLength >= MIN_COMPRESS_BYTES && !response.headers.has('content-encoding'))
			entry.encoded = compressVariants(body);
		cache.set(key, entry);
		share(entry);
		return serve(event.request, entry);
	}
	return response;
}

/** Bad requests (an undecodable path, an unknown page) are the client's: only server faults are logged. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	return { message };
};
