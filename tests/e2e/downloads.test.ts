// The published files as an API: content types, caching, methods, CORS, and the same rows in every format.
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { neutralise } from '../../src/lib/csv';
import { DATASETS } from '../../src/lib/registry';

/** What a JSON value looks like once written to a CSV cell and read back. */
function asCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return neutralise(value.join(';'));
	if (typeof value === 'string') return neutralise(value);
	return String(value);
}

let cutoff = '';
test.beforeAll(async ({ request }) => {
	cutoff = (await (await request.get('/data/sources.json')).json()).cutoff;
});

for (const { id } of DATASETS) {
	test(`/data/${id}.csv round-trips through papaparse to the rows of /data/${id}.json`, async ({
		request
	}) => {
		const csv = await request.get(`/data/${id}.csv`);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(csv.headers()['content-disposition']).toBe(`attachment; filename="${id}-${cutoff}.csv"`);
		const json = await request.get(`/data/${id}.json`);
		expect(json.headers()['content-type']).toBe('application/json');
		const body = await json.json();
		expect(body).toMatchObject({ id, cutoff, licence: { name: 'CC-BY-4.0' }, row_count: body.rows.length });
		const parsed = Papa.parse<Record<string, string>>((await csv.text()).trimEnd(), { header: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toEqual(
			body.rows.map((r: Record<string, unknown>) =>
				Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asCell(v)]))
			)
		);
	});
}

test('ETag and Cache-Control, 304 for If-None-Match, HEAD without a body, CORS for any origin', async ({
	request
}) => {
	const first = await request.get('/data/market-share.csv');
	const etag = first.headers()['etag']!;
	expect(etag).toMatch(/^"[\w-]+"$/);
	expect(first.headers()['cache-control']).toContain('max-age');
	expect(first.headers()['access-control-allow-origin']).toBe('*');
	const again = await request.get('/data/market-share.csv', { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	expect((await again.body()).length).toBe(0);
	const changed = await request.get('/data/market-share.csv', { headers: { 'if-none-match': '"stale"' } });
	expect(changed.status()).toBe(200);
	const head = await request.head('/data/market-share.csv');
	expect(head.status()).toBe(200);
	expect(head.headers()['etag']).toBe(etag);
	expect((await head.body()).length).toBe(0);
});

test('unknown ids are 404, malformed queries 400 in plain words, other methods 405', async ({ request }) => {
	for (const path of [
		'/data/nope.csv',
		'/data/nope.json',
		'/data/market-share.xlsx',
		'/data/..%2Fpackage.json'
	])
		expect((await request.get(path)).status(), path).toBe(404);
	const bad = await request.get('/data/market-share.csv?segment=nope&colour=red');
	expect(bad.status()).toBe(400);
	expect(bad.headers()['content-type']).toContain('text/plain');
	expect(await bad.text()).toContain('segment=nope');
	expect((await request.get('/data/vendors.csv?vendor=nvidia')).status()).toBe(400);
	for (const method of ['post', 'put', 'delete'] as const)
		expect((await request[method]('/data/market-share.csv')).status(), method).toBe(405);
});

test('a filtered download holds only rows that match the filter, with a view file name', async ({
	request
}) => {
	const res = await request.get('/data/sovereign-compute.csv?funding=public-budget&from=2024');
	expect(res.headers()['content-disposition']).toBe(
		`attachment; filename="sovereign-compute-${cutoff}-view.csv"`
	);
	const rows = Papa.parse<Record<string, string>>((await res.text()).trimEnd(), { header: true }).data;
	expect(rows.length).toBeGreaterThan(0);
	for (const r of rows) {
		expect(r.funding).toBe('public-budget');
		expect(Number(r.announced!.slice(0, 4))).toBeGreaterThanOrEqual(2024);
	}
	const json = await (
		await request.get('/data/sovereign-compute.json?funding=public-budget&from=2024')
	).json();
	expect(json.row_count).toBe(rows.length);
	expect(json.filters).toBe('funding=public-budget&from=2024');
});

test('atlas.zip opens and holds a data package whose resources match its CSVs', async ({ request }) => {
	const res = await request.get('/data/atlas.zip');
	expect(res.headers()['content-type']).toBe('application/zip');
	const files = unzipSync(new Uint8Array(await res.body()));
	const root = `ai-compute-atlas-${cutoff}/`;
	const pkg = JSON.parse(strFromU8(files[`${root}datapackage.json`]!));
	expect(Object.keys(files)).toEqual(
		expect.arrayContaining([`${root}README.md`, `${root}LICENSE`, `${root}CHANGELOG.md`])
	);
	expect(pkg.resources).toHaveLength(DATASETS.length);
	for (const resource of pkg.resources) {
		const csv = strFromU8(files[root + resource.path]!);
		const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true });
		expect(parsed.meta.fields, resource.name).toEqual(
			resource.schema.fields.map((f: { name: string }) => f.name)
		);
		const json = JSON.parse(strFromU8(files[`${root}${resource.name}.json`]!));
		expect(parsed.data.length, resource.name).toBe(json.row_count);
	}
});

test('datapackage.json declares types, units, keys and sources', async ({ request }) => {
	const pkg = await (await request.get('/data/datapackage.json')).json();
	expect(pkg.$schema).toContain('datapackage.org/profiles/2.0');
	const programs = pkg.resources.find((r: { name: string }) => r.name === 'sovereign-compute');
	expect(programs.schema.primaryKey).toEqual(['id']);
	expect(programs.schema.foreignKeys).toContainEqual({
		fields: ['country'],
		reference: { resource: 'countries', fields: ['code'] }
	});
	expect(programs.schema.fields.find((f: { name: string }) => f.name === 'amount_usd_m')).toMatchObject({
		type: 'number',
		unit: 'million USD'
	});
	expect(programs.sources.length).toBeGreaterThan(10);
});
