// HTTP caching for the data endpoints: strong ETags from the body, 304 when the client already has it, and
// brotli or gzip for clients that accept it (a whole CSV is several hundred KB of repetitive text).
import { createHash } from 'node:crypto';
import { compressVariants, MIN_COMPRESS_BYTES, negotiateEncoding, type Encoding } from './compress';

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

/** Archives and images are compressed already; text formats are worth compressing. */
const COMPRESSIBLE = /^(text\/|application\/(json|schema\+json|ld\+json|atom\+xml))/;

/** Compressed bodies of the published files, made once per file and encoding (the files never change). */
const encodedFiles = new Map<string, Record<Encoding, Uint8Array>>();

function encoded(body: string | Uint8Array, cacheKey?: string): Record<Encoding, Uint8Array> {
	const cached = cacheKey ? encodedFiles.get(cacheKey) : undefined;
	if (cached) return cached;
	const variants = compressVariants(typeof body === 'string' ? new TextEncoder().encode(body) : body);
	if (cacheKey) encodedFiles.set(cacheKey, variants);
	return variants;
}

export function cachedResponse(
	request: Request,
	body: string | Uint8Array,
	headers: Record<string, string>,
	cacheKey?: string
): Response {
	const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
	const encoding =
		COMPRESSIBLE.test(headers['content-type'] ?? '') && size >= MIN_COMPRESS_BYTES
			? negotiateEncoding(request.headers.get('accept-encoding'))
			: null;
	// Each encoding is its own representation, with its own strong ETag (RFC 9110 8.8.3).
	const etag = encoding ? etagOf(body, cacheKey).replace(/"$/, `-${encoding}"`) : etagOf(body, cacheKey);
	const all: Record<string, string> = {
		...headers,
		etag,
		'cache-control': 'public, max-age=3600, must-revalidate',
		vary: 'Accept-Encoding',
		...(encoding ? { 'content-encoding': encoding } : {})
	};
	if (notModified(request, etag)) return new Response(null, { status: 304, headers: all });
	const sent = encoding ? encoded(body, cacheKey)[encoding] : body;
	return new Response(sent as BodyInit, { headers: all });
}
