import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressVariants, negotiateEncoding } from './compress';

describe('negotiateEncoding', () => {
	it('prefers brotli, then gzip, and sends nothing compressed without the header', () => {
		expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
		expect(negotiateEncoding(null)).toBeNull();
		expect(negotiateEncoding('identity')).toBeNull();
	});
	it('honours weights and q=0 refusals', () => {
		expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
		expect(negotiateEncoding('br;q=0.2, gzip;q=0.8')).toBe('gzip');
		expect(negotiateEncoding('*;q=0')).toBeNull();
		expect(negotiateEncoding('*')).toBe('br');
		expect(negotiateEncoding('BR')).toBe('br');
		expect(negotiateEncoding('gzip;q=nonsense')).toBeNull();
	});
});

describe('compressVariants', () => {
	it('gives bodies that decompress to the original bytes, and smaller for repetitive HTML', () => {
		const html = new TextEncoder().encode('<tr><td>TSMC</td><td>61.7</td></tr>'.repeat(2000));
		const { br, gzip } = compressVariants(html);
		expect(Buffer.from(brotliDecompressSync(br)).equals(Buffer.from(html))).toBe(true);
		expect(Buffer.from(gunzipSync(gzip)).equals(Buffer.from(html))).toBe(true);
		expect(br.byteLength).toBeLessThan(html.byteLength / 10);
	});
});
