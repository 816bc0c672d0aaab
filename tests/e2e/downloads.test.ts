// The published files: right content types, a file name for CSV, and the same rows in CSV and JSON.
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { DATASETS } from '../../src/lib/registry';

for (const { id } of DATASETS) {
	test(`/data/${id}.csv and .json hold the same rows`, async ({ request }) => {
		const csv = await request.get(`/data/${id}.csv`);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(csv.headers()['content-disposition']).toBe(`attachment; filename="${id}.csv"`);
		const json = await request.get(`/data/${id}.json`);
		expect(json.headers()['content-type']).toBe('application/json');
		const body = await json.json();
		const parsed = Papa.parse<Record<string, string>>((await csv.text()).trimEnd(), { header: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data.length).toBe(body.rows.length);
		expect(body.row_count).toBe(body.rows.length);
		const key = Object.keys(body.rows[0])[0]!;
		expect(parsed.data.map((r) => r[key])).toEqual(
			body.rows.map((r: Record<string, unknown>) => String(r[key] ?? ''))
		);
	});
}

test('datapackage.json lists every dataset with a table schema', async ({ request }) => {
	const res = await request.get('/data/datapackage.json');
	expect(res.headers()['content-type']).toBe('application/json');
	const pkg = await res.json();
	expect(pkg.resources.map((r: { name: string }) => r.name).sort()).toEqual(DATASETS.map((d) => d.id).sort());
	const share = pkg.resources.find((r: { name: string }) => r.name === 'market-share');
	expect(share.schema.fields.find((f: { name: string }) => f.name === 'share_pct').constraints).toMatchObject(
		{
			minimum: 0,
			maximum: 100
		}
	);
});

test('unknown datasets and files are 404, not 500', async ({ request }) => {
	for (const path of [
		'/data/nope.csv',
		'/data/nope.json',
		'/data/market-share.xlsx',
		'/data/..%2Fpackage.json'
	])
		expect((await request.get(path)).status(), path).toBe(404);
});
