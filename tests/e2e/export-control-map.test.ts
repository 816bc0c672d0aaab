// The export-control map informs: one authority at a time, entity listings counted apart, rules for every
// destination said aloud, and "On date" driving the timeline and table too. Country pages agree with it.
import { expect, test, type Page } from '@playwright/test';
import { tableRows } from '../support/tables';

/** Every row of the map's table (it pages by 25: "Show all" needs JavaScript). */
async function mapRows(page: Page): Promise<Record<string, string>[]> {
	const wrap = page.locator('#table-map');
	const total = Number(await wrap.getAttribute('data-total-rows'));
	await page.locator('summary', { hasText: 'Show the numbers' }).last().click();
	if (total > 25)
		await wrap
			.locator('xpath=following-sibling::div[1]')
			.getByRole('button', { name: /^Show all/ })
			.click();
	await expect(wrap.locator('tbody tr')).toHaveCount(total);
	return tableRows(wrap.locator('table'));
}

test('the default map is one authority’s, and never paints its own country', async ({ page }) => {
	await page.goto('/export-controls');
	await expect(
		page.getByRole('heading', { name: /^What the United States applied where on / })
	).toBeVisible();
	await expect(page.getByTestId('map-authority').getByRole('link', { name: 'China' })).toBeVisible();
	const rows = await mapRows(page);
	expect(rows.length).toBeGreaterThan(50);
	expect(rows.find((r) => r.Country === 'United States')).toBeUndefined();
});

test('a rule for every destination is named above the map and marked in its table', async ({ page }) => {
	await page.goto('/export-controls?authority=CHN');
	await expect(page.getByTestId('worldwide-rules')).toContainText('Nexperia');
	const rows = await mapRows(page);
	expect(rows.find((r) => r.Country === 'Brazil')!.Applies).toBe('Every destination');
	// Japan is named by a ban of its own; the US-specific ban is suspended on the cut-off.
	expect(rows.find((r) => r.Country === 'Japan')!.Applies).toBe('Named');
	expect(rows.find((r) => r.Country === 'United States')!.Applies).toBe('Every destination');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('entity listings are counted, not shown as a country’s treatment', async ({ page }) => {
		await page.goto('/export-controls?authority=USA&date=2023-01-01');
		const china = (await tableRows(page.locator('#table-map table'))).find((r) => r.Country === 'China')!;
		// (China sorts within the first page of 25.)
		expect(china['Strictest treatment']).not.toBe('Entity listed');
		expect(Number(china['Entity listings'])).toBeGreaterThan(0);
	});

	test('"On date" sets the timeline and the table too: measures known then, with their status then', async ({
		page
	}) => {
		await page.goto('/export-controls?authority=USA&date=2025-03-01');
		const rows = await tableRows(page.locator('#table-measures table'));
		expect(rows.length).toBeGreaterThan(5);
		for (const r of rows) expect((r.Date ?? '') <= '2025-03-01', r.Measure).toBe(true);
		const diffusion = rows.find((r) =>
			(r.Measure ?? '').startsWith('Framework for Artificial Intelligence Diffusion')
		)!;
		expect(diffusion.Status).toMatch(/^In force/);
		await page.goto('/export-controls?authority=USA');
		const today = await tableRows(page.locator('#table-measures table'));
		expect(
			today.find((r) => (r.Measure ?? '').startsWith('Framework for Artificial Intelligence Diffusion'))!
				.Status
		).not.toMatch(/^In force/);
	});

	test('a country’s treatment history agrees with its status today and includes rules for every destination', async ({
		page
	}) => {
		await page.goto('/countries/NLD');
		const history = await tableRows(page.locator('#table-history table'));
		const nexperia = history.find((r) =>
			(r.Measure ?? '').startsWith('Ministerial order under the Goods Availability Act')
		)!;
		expect(nexperia.Until).toBe('2025-11-19');
		await page.goto('/countries/IND');
		const india = await tableRows(page.locator('#table-history table'));
		const tier2 = india.find((r) => r.Treatment === 'Tier 2 (rule for every destination)')!;
		expect(tier2.Measure).toMatch(/Artificial Intelligence Diffusion/);
		expect(tier2.Until).not.toBe('still applies');
	});
});

test('the map’s description counts what it shows, by name and by rules for every destination', async ({
	page
}) => {
	await page.goto('/export-controls');
	const map = page.locator('section[aria-label^="What the United States"] [data-chart-ready]');
	await map.scrollIntoViewIfNeeded();
	await expect(map).toHaveAttribute('data-chart-ready', 'true');
	await expect(map).toHaveAttribute('aria-label', /Map of the United States' export-control treatment/);
	const description = (await map.getAttribute('aria-label'))!;
	expect(description).not.toMatch(/Ban 2\d\d countries/);
	expect(description).toMatch(/under a rule for every destination: \d+ countries/);
});

test('a rule for Country Group D:5 colours its members on the date: Iran under a presumption of denial', async ({
	page
}) => {
	// The October 2023 rule: presumption of denial for D:5 and Macau, a licence for D:1 and D:4 (Saudi Arabia is
	// in D:4 in Supplement No. 1 to part 740).
	await page.goto('/export-controls');
	const rows = await mapRows(page);
	const row = (name: string) => rows.find((r) => r.Country === name);
	expect(row('Iran')).toMatchObject({ 'Strictest treatment': 'Presumption of denial', Applies: 'Named' });
	expect(row('Saudi Arabia')?.['Strictest treatment']).toBe('Licence required');
});
