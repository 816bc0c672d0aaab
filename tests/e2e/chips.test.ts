// The chips pages: every chip with its figures and classifications, a scatter of the rule regions, a page per
// chip, and links from vendors and measures.
import { expect, test } from '@playwright/test';
import { collectErrors } from '../support/console';
import { liveChart, shownDrawing } from '../support/charts';
import { beforeHydration } from '../support/hydration';
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

for (const javaScriptEnabled of [false, true])
	test.describe(`checker, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		test('the checker answers from its GET form', async ({ page }) => {
			await page.goto('/chips/check');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Was it controlled?');
			await expect(page.getByText('Not legal advice.')).toBeVisible();
			await page.getByLabel('Chip', { exact: true }).selectOption('h200');
			await page.getByLabel('Destination').selectOption('CHN');
			await page.getByLabel('Date').fill('2026-02-01');
			await page.getByRole('button', { name: 'Check' }).click();
			await expect(page).toHaveURL(/chip=h200/);
			const sentence = page.locator('.sentence');
			await expect(sentence).toHaveText(
				/A licence was required .* China on 2026-02-01, reviewed under case by case\./
			);
			await expect(
				page.locator('li[data-finding="meets"]', { hasText: 'H200-class review zone' })
			).toBeVisible();
			await expect(page.getByRole('link', { name: /^Revision to licence review policy/ })).toBeVisible();
			await expect(page.getByText(/Headquarters rule/).first()).toBeVisible();
		});
	});

test('the checker explains a bad query with a 400 page, and its JSON twin with a 400 message', async ({
	page,
	request
}) => {
	const bad = await page.goto('/chips/check?chip=h20&country=CHN&date=2025-02-30');
	expect(bad?.status()).toBe(400);
	await expect(page.getByText('date: expected a calendar date that exists')).toBeVisible();
	for (const [query, message] of [
		['chip=nope&country=CHN', 'no chip "nope"'],
		['chip=h20&country=ZZZ', 'no country "ZZZ"'],
		['tpp=-1&country=CHN', 'tpp: expected a number of 0 or more'],
		['tpp=lots&country=CHN', 'tpp: expected a number'],
		['country=CHN', 'give a chip']
	] as const) {
		const response = await request.get(`/chips/check.json?${query}`);
		expect(response.status(), query).toBe(400);
		expect((await response.json()).error).toContain(message);
	}
});

test('the JSON answer carries the classification, the licence, the policy, the measures and the reasons', async ({
	request
}) => {
	const h20 = await (await request.get('/chips/check.json?chip=h20&country=CHN&date=2025-05-01')).json();
	expect(h20).toMatchObject({
		chip: 'h20',
		country: 'CHN',
		date: '2025-05-01',
		classification: 'H20-level bandwidth',
		licence_required: true,
		measures: ['usa-bis-2025-04-h20-mi308-licence-requirement']
	});
	expect(h20.reasons.length).toBeGreaterThan(0);
	const before = await (await request.get('/chips/check.json?chip=h20&country=CHN&date=2025-04-01')).json();
	expect(before.licence_required).toBe(false);
	const custom = await (await request.get('/chips/check.json?tpp=5000&country=CHN&date=2024-01-01')).json();
	expect(custom).toMatchObject({
		chip: null,
		licence_required: true,
		review_policy: 'presumption-of-denial'
	});
});

test('a vintage chosen before the scripts have run is shown once they do', async ({ page }) => {
	await beforeHydration(page, '/chips', async () => {
		await page.getByLabel('Rule vintage').selectOption(RULE_2022);
	});
	await expect(page).toHaveURL(new RegExp(`vintage=${RULE_2022}`));
	await expect(page.getByLabel('Rule vintage')).toHaveValue(RULE_2022);
});

test('figures typed into the checker before the scripts have run survive hydration', async ({ page }) => {
	await beforeHydration(page, '/chips/check', async () => {
		await page.getByLabel('Chip', { exact: true }).selectOption('h200');
		await page.getByLabel('Date').fill('2026-02-01');
	});
	// Hydration has run once the scripts have loaded and the network has been quiet.
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Date')).toHaveValue('2026-02-01');
	await expect(page.getByLabel('Chip', { exact: true })).toHaveValue('h200');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page).toHaveURL(/chip=h200.*date=2026-02-01/);
});
