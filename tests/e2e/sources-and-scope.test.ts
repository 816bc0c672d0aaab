// What a reader can quote: sources named by their original with the copy read beside them, import-side
// measures kept apart from export treatments, treatments that rest on a schedule drawn apart on the map, EU money
// flagged inside national programs, and licences by destination read through dated country groups.
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { tableRows } from '../support/tables';

const parse = (csv: string) =>
	Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true, skipEmptyLines: true }).data;

test('every source names an address that is not a bare IP, and a copy read comes with who hosts it', async ({
	request
}) => {
	const sources = parse(await (await request.get('/data/sources.csv')).text());
	expect(sources.length).toBeGreaterThan(600);
	const bareIp = /^https?:\/\/\d{1,3}(\.\d{1,3}){3}/;
	for (const s of sources) {
		expect(s.url || s.copy_url, s.id).toBeTruthy();
		expect(bareIp.test(s.url ?? '') || bareIp.test(s.copy_url ?? ''), s.id).toBe(false);
		expect(Boolean(s.copy_url), s.id).toBe(Boolean(s.copy_publisher));
	}
	// Federal Register documents read on a mirror cite the Federal Register as the original.
	const fr = sources.find((s) => s.id === 'fr-2022-21658-advanced-computing-ifr')!;
	expect(fr).toMatchObject({ type: 'primary', url: 'https://www.federalregister.gov/d/2022-21658' });
	expect(fr.copy_publisher).not.toBe('');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the source list says where a copy was read, and tables say whether a source is primary', async ({
		page
	}) => {
		await page.goto('/data/sources?q=Advanced+Computing');
		const rows = await tableRows(page.locator('main table').first());
		expect(rows.some((r) => r['Read via'] && r.Type === 'Primary')).toBe(true);
		await page.goto('/market-share?segment=foundry');
		await expect(page.locator('main table').first()).toContainText('· secondary');
	});

	test('purchase and import restrictions are measures of their own kind, filterable and named as such', async ({
		page
	}) => {
		await page.goto('/export-controls?direction=procurement');
		const rows = await tableRows(page.locator('#table-measures table'));
		expect(rows.length).toBeGreaterThanOrEqual(3);
		for (const r of rows) expect(r.Category).toContain('(restricts purchases');
		await expect(page.locator('.lede').first()).toContainText('import or purchase measures');
		await page.goto('/export-controls/chn-2025-09-rtx-pro-6000d-purchase-ban');
		await expect(page.locator('.lede')).toContainText('restricts purchases');
	});

	test('a treatment that applies only by schedule is striped on the map and marked in its table', async ({
		page
	}) => {
		// The UK's 2024 controls: in force from their stated date, which no later source confirms.
		await page.goto('/export-controls?authority=GBR');
		await expect(page.getByRole('list', { name: 'Map legend' })).toContainText('Striped: by schedule');
		await expect(page.locator('.map svg pattern').first()).toBeAttached();
		await page.goto('/export-controls?authority=USA');
		await expect(page.getByRole('list', { name: 'Map legend' })).not.toContainText('Striped');
	});

	test('a measure page lists its licences by destination with review policies and conditions', async ({
		page
	}) => {
		await page.goto('/export-controls/usa-bis-2023-10-advanced-computing-ifr');
		const table = page.locator('#destination-policy + p + .table-wrap table');
		const rows = await tableRows(table);
		expect(rows.find((r) => r.Destination?.startsWith('EAR Country Group D:5'))?.['Review policy']).toBe(
			'Presumption of denial'
		);
		const d1 = rows.filter((r) => r.Destination?.startsWith('EAR Country Group D:1'));
		expect(d1.map((r) => r.From)).toEqual(['2023-11-17', '2024-04-04']);
		expect(d1[0]!.Destination).toContain('except');
		expect(d1[1]!.Conditions).toContain('License Exception ACA');
	});

	test('the checker places a country in a group on the date, and says when membership is inferred', async ({
		page
	}) => {
		await page.goto('/chips/check?chip=h100-sxm&country=SAU&date=2024-06-01');
		await expect(page.locator('main')).toContainText('A licence was required');
		await expect(page.locator('main')).toContainText('presumption of approval');
		await expect(page.locator('main')).toContainText('is inferred from a later list of the group');
		await page.goto('/chips/check?chip=b200&country=ARE&date=2025-12-01');
		await expect(page.locator('main')).toContainText('35,000 GB300s');
	});

	test('each program has a page of its own, reached from the table, the country page and search', async ({
		page
	}) => {
		await page.goto('/sovereign-compute?country=ITA');
		await page
			.locator('#table-programs')
			.getByRole('link', { name: /IT4LIA/ })
			.first()
			.click();
		await expect(page).toHaveURL(/\/sovereign-compute\/ita-2024-it4lia-ai-factory$/);
		await expect(page.locator('h1')).toContainText('IT4LIA');
		await expect(page.locator('.facts')).toContainText('The amount includes EU money: 50%');
		await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
		await page.goto('/search?q=it4lia');
		await expect(page.locator('.results li a').first()).toHaveAttribute(
			'href',
			'/sovereign-compute/ita-2024-it4lia-ai-factory'
		);
		expect((await page.goto('/sovereign-compute/no-such-program'))?.status()).toBe(404);
	});

	test('a country page names its country groups; national programs flag EU money; a stalled program says so', async ({
		page
	}) => {
		await page.goto('/countries/CHN');
		const groups = page.locator('h3', { hasText: 'US country groups' }).locator('+ p');
		for (const g of ['D:1', 'D:4', 'D:5']) await expect(groups).toContainText(g);
		await page.goto('/sovereign-compute?country=ITA');
		await expect(page.locator('main')).toContainText('incl. EU money (50%)');
		await page.goto('/countries/KEN');
		await expect(page.locator('main')).toContainText('Stalled');
	});
});

test('the downloads carry the new fields: direction, EU co-funding, destination policy and membership', async ({
	request
}) => {
	const measures = parse(await (await request.get('/data/export-controls.csv')).text());
	expect(new Set(measures.map((m) => m.direction))).toEqual(new Set(['export', 'import', 'procurement']));
	const programs = parse(await (await request.get('/data/sovereign-compute.csv')).text());
	expect(programs.filter((p) => p.eu_cofunded === 'true').length).toBeGreaterThan(5);
	const policy = parse(await (await request.get('/data/destination-policy.csv')).text());
	expect(policy.some((p) => p.kind === 'decision' && (p.condition ?? '').includes('15%'))).toBe(true);
	const members = parse(await (await request.get('/data/country-groups.csv')).text());
	expect(members.find((m) => m.group === 'EAR-D5' && m.country === 'NIC')).toMatchObject({
		from: '2024-03-15',
		from_basis: 'added'
	});
});

test.describe('money on a log scale, without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the sovereign money charts switch between linear bars and a log scale of totals', async ({
		page
	}) => {
		await page.goto('/sovereign-compute');
		const chart = page
			.locator('section.panel', { hasText: 'Public AI compute funding by country' })
			.locator('.echart');
		expect(await chart.getAttribute('aria-label')).not.toContain('log scale');
		await page.getByRole('link', { name: 'log', exact: true }).click();
		await expect(page).toHaveURL(/\/sovereign-compute\?scale=log$/);
		expect(await chart.getAttribute('aria-label')).toContain('million US dollars on a log scale');
		await expect(page.getByRole('status')).toHaveCount(0);
		await page.getByRole('link', { name: 'linear', exact: true }).click();
		await expect(page).toHaveURL(/\/sovereign-compute$/);
	});
});
