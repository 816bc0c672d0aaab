// What goes over the wire: compressed pages for clients that accept it, and no zod in the browser bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const PAGE = '/export-controls?authority=USA';

async function raw(url: string, encoding: string): Promise<{ headers: Headers; body: Buffer }> {
	// fetch would decompress the body itself; node:http gives the bytes as they were sent.
	return new Promise((resolve, reject) => {
		request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({
					headers: new Headers(res.headers as Record<string, string>),
					body: Buffer.concat(chunks)
				})
			);
		})
			.on('error', reject)
			.end();
	});
}

test('pages are sent with brotli or gzip as the client accepts, and decode to the same HTML', async ({
	baseURL
}) => {
	const url = `${baseURL}${PAGE}`;
	const plain = await raw(url, 'identity');
	expect(plain.headers.get('content-encoding')).toBeNull();
	const br = await raw(url, 'gzip, br');
	expect(br.headers.get('content-encoding')).toBe('br');
	expect(br.headers.get('vary')).toContain('Accept-Encoding');
	const gz = await raw(url, 'gzip');
	expect(gz.headers.get('content-encoding')).toBe('gzip');
	expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
	expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
	expect(br.body.length).toBeLessThan(plain.body.length / 3);
});

test('data downloads are compressed too, each encoding with its own ETag', async ({ baseURL }) => {
	const url = `${baseURL}/data/market-share.csv`;
	const plain = await raw(url, 'identity');
	const br = await raw(url, 'br');
	expect(br.headers.get('content-encoding')).toBe('br');
	expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
	expect(br.headers.get('etag')).not.toBe(plain.headers.get('etag'));
	const zip = await raw(`${baseURL}/data/atlas.zip`, 'br');
	expect(zip.headers.get('content-encoding')).toBeNull();
});

test('the browser bundle carries no zod (validation runs in the pipeline and on the server)', () => {
	const dir = 'build/app/client/_app/immutable';
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
	expect(files.length).toBeGreaterThan(5);
	const withZod = files.filter((f) => /\$ZodError|_zod\.def/.test(readFileSync(join(dir, f), 'utf8')));
	expect(withZod).toEqual([]);
});
