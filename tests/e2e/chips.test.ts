// The chips pages: every chip with its figures and classifications, a scatter of the rule regions, a page per
// chip, and links from vendors and measures.
import { expect, test } from '@playwright/test';
import { collectErrors } from '../support/console';
import { liveChart, shownDrawing } from '../support/charts';
import { tableRows } from '../support/tables';

const H20_RULE = 'usa-bis-2025-04-h20-mi308-licence-requirement';
const RULE_2022 = 'usa-bis-2022-10-advanced-computing-semiconductor-ifr';

for (const javaScriptEnabled of [false, true])
	test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('the index lists at least 40 chips with TPP, density and a classification per vintage', async ({
			page
		}) => {
			await page.goto('/chips');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which chips the rules catch');
			const table = page.locator('#table-chips');
			expect(Number(await table.getAttribute('data-total-rows'))).toBeGreaterThanOrEqual(40);
			await expect(table.locator('thead th', { hasText: 'From 2023-11-17' })).toBeVisible();
			await page.goto('/chips?sort=chips.-tpp');
			const rows = await tableRows(page.locator('#table-chips table'));
			const tpp = rows
				.map((r) => r.TPP!)
				.filter(Boolean)
				.map((t) => Number(t.replace(/,/g, '')));
			expect(tpp.length).toBeGreaterThan(5);
			expect([...tpp].sort((a, b) => b - a)).toEqual(tpp);
			// The first row is the chip with the highest TPP, classified under the 2023 rule.
			expect(rows[0]!['From 2023-11-17']).toContain('3A090.a');
		});

		test('the scatter draws the chosen vintage’s regions, and another vintage is one choice away', async ({
			page
		}) => {
			await page.goto('/chips');
			const chart = page.locator('.echart').first();
			const legend = async () => (await shownDrawing(chart).locator('text').allTextContents()).join(' ');
			await expect(shownDrawing(chart)).toHaveCount(1);
			expect(await legend()).toContain('3A090.b');
			if (javaScriptEnabled) {
				await page.getByLabel('Rule vintage').selectOption(RULE_2022);
				await expect(page).toHaveURL(new RegExp(`vintage=${RULE_2022}`));
				await expect(chart).toHaveAttribute('data-chart', 'live');
				await expect(
					chart.locator('.chart-live svg text', { hasText: '3A090.a (2022)' }).first()
				).toBeAttached();
			} else {
				await page.getByLabel('Rule vintage').selectOption(RULE_2022);
				await page.getByRole('button', { name: 'Show' }).click();
				await expect(page).toHaveURL(new RegExp(`vintage=${RULE_2022}`));
				expect(await legend()).toContain('3A090.a (2022)');
				expect(await legend()).not.toContain('3A090.b');
			}
			await page.goto(`/chips?vintage=${H20_RULE}`);
			await expect(page.locator('section.panel p').first()).toContainText('tests bandwidth');
		});

		test('chip pages give specs with sources, the classification under each vintage and the measures naming it', async ({
			page
		}) => {
			await page.goto('/chips/h20');
			await expect(page.getByRole('heading', { level: 1 })).toContainText('H20');
			await expect(page.getByRole('row', { name: /Performance density \(derived\)/ })).toContainText('2.91');
			await expect(
				page.locator('li[data-finding="meets"]', { hasText: 'H20-level bandwidth' }).first()
			).toBeVisible();
			await expect(page.locator('li[data-finding="below"]', { hasText: '3A090.a' }).first()).toBeVisible();
			await expect(
				page.getByRole('link', { name: /Licence requirement for Nvidia H20/ }).first()
			).toBeVisible();
			await expect(page.getByRole('link', { name: /H100 SXM5/ })).toHaveAttribute('href', '/chips/h100-sxm');

			await page.goto('/chips/h800');
			await expect(page.locator('li[data-finding="below"]', { hasText: '3A090.a (2022)' })).toContainText(
				'I/O bandwidth (GB/s) 400 ≥ 600: no'
			);
			await page.goto('/chips/a100-sxm');
			await expect(page.locator('li[data-finding="meets"]', { hasText: '3A090.a (2022)' })).toBeVisible();
			await expect(page.getByRole('list').filter({ hasText: 'China-market variants' })).toHaveCount(0);
			await expect(page.getByText('China-market variants:')).toContainText('A800');
		});
	});

test('an unknown chip is a 404 page, an unknown vintage is ignored and said so', async ({ page }) => {
	const missing = await page.goto('/chips/no-such-chip');
	expect(missing?.status()).toBe(404);
	const odd = await page.goto('/chips?vintage=%3Cb%3Ex');
	expect(odd?.status()).toBe(200);
	await expect(page.getByRole('status')).toContainText('vintage=<b>x');
});

test('vendors list their chips and measures list the chips they caught', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/vendors/nvidia');
	await expect(page.getByRole('heading', { name: 'Its chips' })).toBeVisible();
	await page.getByRole('link', { name: 'NVIDIA H800 SXM5' }).first().click();
	await expect(page).toHaveURL(/\/chips\/h800$/);
	await page.goto('/export-controls/usa-bis-2023-10-advanced-computing-ifr');
	const caught = page.locator('ul.chips');
	await expect(caught).toContainText('H800');
	await expect(caught).not.toContainText('HGX H20');
	expect(errors).toEqual([]);
});

test('the scatter goes live on pointing and keeps its description, which names the chips drawn', async ({
	page
}) => {
	await page.goto('/chips');
	const chart = await liveChart(page.locator('.echart').first());
	await expect(chart).toHaveAttribute('data-chart-ready', 'true');
	await expect(page.locator('.echart').first()).toHaveAttribute('aria-label', /H100/);
});
