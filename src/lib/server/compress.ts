// Rendered pages are sent compressed when the client accepts it: the heavy explore pages are 350-600 KB of
// HTML, and the server is often run without a compressing proxy in front.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
export const MIN_COMPRESS_BYTES = 1024;

/** The encoding to send for an Accept-Encoding header: brotli, then gzip, honouring q=0 (RFC 9110 12.5.3). */
export function negotiateEncoding(header: string | null): Encoding | null {
	if (!header) return null;
	const q = new Map<string, number>();
	for (const part of header.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const value = qParam ? Number(qParam.slice(2)) : 1;
		q.set(name, Number.isFinite(value) ? value : 0);
	}
	const weight = (name: Encoding) => q.get(name) ?? (q.has('*') ? q.get('*')! : 0);
	const best = (['br', 'gzip'] as const).filter((e) => weight(e) > 0);
	if (best.length === 0) return null;
	return best.reduce((a, b) => (weight(b) > weight(a) ? b : a));
}

/** Brotli at a middling quality: each page is compressed once, on its first request, while a client waits. */
export function compressVariants(body: Uint8Array): Record<Encoding, Uint8Array> {
	return {
		br: brotliCompressSync(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 6,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
			}
		}),
		gzip: gzipSync(body, { level: 6 })
	};
}
