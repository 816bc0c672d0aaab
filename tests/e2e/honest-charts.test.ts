// Charts that mean what they show: each case a reader found misleading, read from the chart's table (rendered
// on the server) and its accessible description.
import { expect, test, type Page } from '@playwright/test';
import { tableRows } from '../support/tables';

/** Every row of the table whose caption starts with `caption` (all pages: the server renders the first 25). */
async function trendTable(page: Page, caption: string): Promise<Record<string, string>[]> {
	const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
	const all = table.locator('xpath=../following-sibling::div[1]').getByRole('button', { name: /^Show all/ });
	if ((await all.count()) > 0) await all.click();
	return tableRows(table);
}

test.describe('without JavaScript: the tables behind the charts', () => {
	test.use({ javaScriptEnabled: false });

	test('foundry: one definition on the line, no Foundry 2.0 dip, no packaging house', async ({ page }) => {
		await page.goto('/market-share?segment=foundry&vendor=tsmc,ase');
		const rows = await trendTable(page, 'Foundry share over time');
		const line = rows.filter((r) => r['Drawn as'] === 'On the line');
		expect(line.length).toBeGreaterThan(10);
		// TSMC's pure-play share never fell to 31-35%: those were Counterpoint's wider Foundry 2.0 market.
		for (const r of line) expect(Number(r['Share (%)']), r.Period).toBeGreaterThan(50);
		expect(rows.some((r) => (r.Vendor ?? '').startsWith('ASE'))).toBe(false);
		await page.goto('/market-share?segment=foundry-2-0');
		const wide = await trendTable(page, 'Foundry 2.0 (Counterpoint definition) share over time');
		expect(wide.some((r) => (r.Vendor ?? '').startsWith('ASE'))).toBe(true);
	});

	test('process control: the e-beam sub-sector is apart, and no partial source makes a ranking', async ({
		page
	}) => {
		await page.goto('/market-share?segment=process-control');
		await expect(page.getByTestId('no-complete-source')).toBeVisible();
		const rows = await trendTable(page, 'Process control share over time');
		expect(rows.every((r) => (r['Drawn as'] ?? '').startsWith('Partial'))).toBe(true);
		expect(rows.map((r) => r['Share (%)'])).not.toContain('49');
		await expect(page.getByRole('heading', { name: /^Latest/ })).toHaveCount(0);
		await page.goto('/market-share?segment=ebeam-inspection');
		expect(
			(await trendTable(page, 'E-beam inspection share over time')).map((r) => r['Share (%)'])
		).toContain('49');
	});

	test('EDA: says it has no worldwide shares instead of ranking China-only figures', async ({ page }) => {
		await page.goto('/market-share?segment=eda');
		await expect(page.getByTestId('no-worldwide')).toContainText(
			'No worldwide share data for this layer yet'
		);
		await expect(page.getByRole('heading', { name: /Who holds this layer/ })).toHaveCount(0);
		await expect(page.getByRole('heading', { name: /concentration/ })).toHaveCount(0);
	});

	test('HBM: the latest panel is an observed, complete source; annual figures are one click away', async ({
		page
	}) => {
		await page.goto('/market-share?segment=hbm');
		const latest = page.getByRole('heading', { name: /^Latest: / });
		await expect(latest).toHaveText(/Latest: \d{4}-Q\d/);
		const rows = await trendTable(page, 'High-bandwidth memory (HBM) share over time');
		expect(
			rows.filter((r) => r['Drawn as'] === 'On the line').every((r) => /-Q\d$/.test(r.Period ?? ''))
		).toBe(true);
		for (const r of rows.filter((r) => r.Basis === 'Forecast'))
			expect(r['Drawn as']).toBe('Forecast (not joined)');
		await page.getByTestId('frequency').getByRole('link', { name: 'annual' }).click();
		await expect(page).toHaveURL(/frequency=annual/);
		const annual = await trendTable(page, 'High-bandwidth memory (HBM) share over time');
		expect(annual.length).toBeGreaterThan(0);
		expect(annual.every((r) => /^\d{4}$/.test(r.Period ?? ''))).toBe(true);
		// The annual HBM figures for 2024 and 2025 are forecasts: neither may be "the latest".
		await expect(page.getByRole('heading', { name: /^Latest: / })).toHaveText(/^Latest: 2023 /);
	});

	test('a partial source never defines the concentration chart', async ({ page }) => {
		await page.goto('/market-share?segment=hbm');
		const table = page.locator('table', {
			has: page.locator('caption', { hasText: 'concentration by period and source' })
		});
		const rows = await tableRows(table);
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) expect(Number(r['Coverage (%)']), r.Period).toBeGreaterThanOrEqual(80);
	});
});

test('the share chart says what it left off its lines, and the US combined share has no partial-source dips', async ({
	page
}) => {
	await page.goto('/market-share?segment=foundry');
	const chart = page.locator('[data-chart-ready="true"]').first();
	await expect(chart).toHaveAttribute('aria-label', /quarterly figures/);
	await expect(chart).toHaveAttribute(
		'aria-label',
		/figures from other, partial or forecast sources are marked/
	);

	await page.goto('/countries/USA');
	const combined = page.locator('[data-chart-ready="true"]').first();
	await expect(combined).toHaveAttribute('aria-label', /Discrete GPUs/);
	const description = (await combined.getAttribute('aria-label'))!;
	const gpus = /Discrete GPUs \(add-in boards\)[^:]*: ([^;]+)/.exec(description)![1]!;
	// US vendors (NVIDIA, AMD, Intel) hold nearly all of the market: 2% or 20% came from sources naming one of
	// them. A point now comes only from a source naming at least 90% of the market.
	for (const [, share] of gpus.matchAll(/ (\d+(?:\.\d+)?)%/g))
		expect(Number(share)).toBeGreaterThanOrEqual(90);
	// At most six lines, every one named in a legend that does not page; the table has every segment.
	expect(description).toMatch(/the 6 of \d+ segments with the largest latest share/);
	await expect(page.locator('#table-shares')).toHaveAttribute('data-total-rows', /^[1-9]\d+$/);
});

test.describe('without JavaScript: comparable money', () => {
	test.use({ javaScriptEnabled: false });

	test('rankings compare money that buys compute; broad plans and funds are one click away, labelled', async ({
		page
	}) => {
		await page.goto('/sovereign-compute');
		await expect(page.getByTestId('scope-note')).toContainText('Showing money that buys compute');
		const programs = page.locator('#table-programs');
		await expect(programs).not.toContainText('AI and semiconductor support framework');
		await expect(programs).not.toContainText('MGX AI and semiconductor investment vehicle');
		await page.getByTestId('scope-note').getByRole('link', { name: 'show every scope' }).click();
		await expect(page).toHaveURL(/scope=compute,compute-and-chips,broad/);
		const rows = await tableRows(page.locator('#table-programs table'));
		const japan = rows.find((r) => (r.Program ?? '').startsWith('AI and semiconductor support framework'))!;
		expect(japan.Scope).toBe('Compute and chips');
		expect(rows.find((r) => (r.Program ?? '').startsWith('MGX'))!.Scope).toBe('Broad AI plan or fund');
	});

	test('a country page counts its public compute money, not its chip subsidies', async ({ page }) => {
		await page.goto('/countries/JPN');
		const summary = await page.locator('main').textContent();
		const [, amount, unit] = /US\$ ([\d.,]+) (bn|m) of public money for compute/.exec(summary!)!;
		expect(unit === 'm' || Number(amount) < 10).toBe(true);
	});
});

test.describe('without JavaScript: labels that say what the numbers are', () => {
	test.use({ javaScriptEnabled: false });

	test('accelerators: GPU-only counts are their own segment, not "GPUs and custom accelerators"', async ({
		page
	}) => {
		await page.goto('/market-share?segment=ai-accelerators');
		const all = await trendTable(page, 'Data-center AI accelerators share over time');
		expect(all.map((r) => r['Share (%)'])).not.toContain('98');
		await page.goto('/market-share?segment=dc-gpu');
		await expect(page.locator('.lede').nth(1)).toContainText('excludes TPUs and other custom accelerators');
		const gpus = await trendTable(page, 'Data-center GPUs share over time');
		expect(gpus.map((r) => r['Share (%)'])).toContain('98');
	});

	test('no chart panel ends in an empty "Sources:" line', async ({ page }) => {
		for (const path of ['/countries/USA', '/countries/NLD', '/countries/IND']) {
			await page.goto(path);
			for (const meta of await page.locator('section.panel .meta').allTextContents())
				expect(meta.trim(), path).not.toMatch(/Sources?:\s*$/);
		}
	});
});
