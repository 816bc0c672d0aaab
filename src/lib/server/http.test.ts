import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cachedResponse } from './http';

const CSV = 'segment,vendor,share_pct\n' + 'hbm,sk-hynix,55.5\n'.repeat(500);
const csvHeaders = { 'content-type': 'text/csv; charset=utf-8' };
const get = (headers: Record<string, string> = {}) => new Request('http://x/data/a.csv', { headers });

describe('cachedResponse', () => {
	it('sends brotli or gzip as accepted, each decoding to the same bytes, with its own ETag', async () => {
		const plain = cachedResponse(get(), CSV, csvHeaders, 'a.csv');
		const br = cachedResponse(get({ 'accept-encoding': 'gzip, br' }), CSV, csvHeaders, 'a.csv');
		const gz = cachedResponse(get({ 'accept-encoding': 'gzip' }), CSV, csvHeaders, 'a.csv');
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		const text = await plain.text();
		expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(text);
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(text);
		const tags = new Set([plain, br, gz].map((r) => r.headers.get('etag')));
		expect(tags.size).toBe(3);
	});
	it('answers 304 only to the ETag of the representation asked for', () => {
		const br = cachedResponse(get({ 'accept-encoding': 'br' }), CSV, csvHeaders, 'a.csv');
		const tag = br.headers.get('etag')!;
		expect(
			cachedResponse(get({ 'accept-encoding': 'br', 'if-none-match': tag }), CSV, csvHeaders).status
		).toBe(304);
		expect(cachedResponse(get({ 'if-none-match': tag }), CSV, csvHeaders).status).toBe(200);
	});
	it('leaves archives and small bodies as they are', () => {
		const zip = cachedResponse(get({ 'accept-encoding': 'br' }), new Uint8Array(5000), {
			'content-type': 'application/zip'
		});
		expect(zip.headers.get('content-encoding')).toBeNull();
		const small = cachedResponse(get({ 'accept-encoding': 'br' }), 'a,b\n1,2\n', csvHeaders);
		expect(small.headers.get('content-encoding')).toBeNull();
	});
});
