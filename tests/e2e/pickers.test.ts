// Filter lists behave like menus: one open at a time, closed by Escape (focus back on the list's button) or a
// click elsewhere, and long lists narrowed by typing; open lists never cover the Apply button.
import { expect, test } from '@playwright/test';

for (const width of [1280, 390])
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 900 } });

		test('one list open at a time; Escape and an outside click close it', async ({ page }) => {
			await page.goto('/export-controls');
			await expect(page.locator('form.filters')).toBeVisible();
			// Hydrated: the search box of a long list only exists once the scripts run.
			const authority = page.locator('details', { has: page.locator('summary', { hasText: 'Authority' }) });
			const category = page.locator('details', { has: page.locator('summary', { hasText: 'Category' }) });
			await authority.locator('summary').click();
			await expect(authority).toHaveAttribute('open', '');
			// Its search box (more than ten options) comes with the scripts: the page is live from here on.
			await expect(authority.getByRole('searchbox')).toBeVisible();
			await category.locator('summary').click();
			await expect(category).toHaveAttribute('open', '');
			await expect(authority).not.toHaveAttribute('open', '');
			await category.getByRole('checkbox').first().focus();
			await page.keyboard.press('Escape');
			await expect(category).not.toHaveAttribute('open', '');
			await expect(category.locator('summary')).toBeFocused();
			await authority.locator('summary').click();
			await page.locator('h1').click();
			await expect(authority).not.toHaveAttribute('open', '');
		});
	});

test('a long list can be narrowed by typing, and the choice made there applies', async ({ page }) => {
	await page.goto('/export-controls');
	const country = page.locator('details', { has: page.locator('summary', { hasText: 'Target country' }) });
	await country.locator('summary').click();
	await expect(country.getByRole('searchbox')).toBeVisible();
	const find = country.getByRole('searchbox', { name: 'Find in Target country' });
	await find.fill('neth');
	const visible = country.locator('label:visible');
	await expect(visible).toHaveCount(1);
	await expect(visible).toHaveText('Netherlands');
	await visible.getByRole('checkbox').check();
	await expect(page).toHaveURL(/country=NLD/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the vendor list offers only vendors with figures in the segments shown', async ({ page }) => {
		const vendorsOffered = async (path: string) => {
			await page.goto(path);
			const list = page.locator('details', { has: page.locator('summary', { hasText: 'Vendor' }) });
			return list.locator('label').allTextContents();
		};
		const foundry = (await vendorsOffered('/market-share?segment=foundry')).map((t) => t.trim());
		expect(foundry).toContain('Taiwan Semiconductor Manufacturing Co.');
		expect(foundry).not.toContain('Amazon Web Services');
		const cloud = (await vendorsOffered('/market-share?segment=cloud-infrastructure')).map((t) => t.trim());
		expect(cloud).toContain('Amazon Web Services');
		expect(cloud).not.toContain('Taiwan Semiconductor Manufacturing Co.');
	});
});
