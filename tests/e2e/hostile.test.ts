// Hostile and malformed requests: always a 4xx or a filtered page, never a 5xx, never markup reflected raw.
import { expect, test } from '@playwright/test';
import { DETAIL_PAGES, MAIN_PAGES } from '../support/routes';

const PATHS = [
	'/data/..%2f..%2fpackage.json',
	'/data/%2e%2e/%2e%2e/etc/passwd',
	'/data/market-share.csv%00.json',
	'/countries/%00',
	'/countries/%E0%A4%A',
	'/export-controls/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'/vendors/..%5c..%5cwindows',
	'/generated/data/market-share.csv',
	'/src/lib/registry.ts',
	'/.env',
	'/package.json',
	'/%ff%fe'
];

const QUERIES = [
	'/market-share?segment=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
	'/export-controls?date=2025-02-30&status=%00&authority=%',
	'/sovereign-compute?from=1e9&to=-1&country=USA%00',
	'/market-share?vendor=' + 'nvidia,'.repeat(200),
	'/compare?country=%3Csvg%20onload%3Dalert(1)%3E',
	'/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'/countries?q=%E0%A4%A',
	'/data/market-share.csv?segment=%E0%A4%A',
	'/market-share?toString=1&__proto__=1&constructor=x',
	'/data/sources?dataset=%3Cb%3Ex%3C%2Fb%3E&type=%00&q=%3Cscript%3E'
];

test('malformed and traversal paths answer 4xx and never serve files outside the published data', async ({
	request
}) => {
	for (const path of PATHS) {
		const res = await request.get(path, { failOnStatusCode: false });
		expect(res.status(), path).toBeGreaterThanOrEqual(400);
		expect(res.status(), path).toBeLessThan(500);
		const body = await res.text();
		expect(body, path).not.toContain('"devDependencies"');
		expect(body, path).not.toContain('root:x:0:0');
	}
});

test('hostile query strings give a filtered page or a 4xx, with markup escaped', async ({ request }) => {
	for (const path of QUERIES) {
		const res = await request.get(path, { failOnStatusCode: false });
		expect(res.status(), path).toBeLessThan(500);
		const body = await res.text();
		for (const raw of ['<img src=x onerror', '<script>alert(1)', '<svg onload'])
			expect(body, path).not.toContain(raw);
	}
	const long = await request.get(`/market-share?vendor=${'x'.repeat(5000)}`, { failOnStatusCode: false });
	expect(long.status()).toBe(414);
});

test('every page sends a content security policy and the other security headers', async ({ request }) => {
	for (const path of [...MAIN_PAGES.map((p) => p.path), ...DETAIL_PAGES, '/nope']) {
		const res = await request.get(path, { failOnStatusCode: false });
		const headers = res.headers();
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy'], path).toContain("script-src 'self'");
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
	}
});
