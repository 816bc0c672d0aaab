// Accessibility: axe-core finds no serious or critical violation on the main pages, in light and dark mode.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DETAIL_PAGES, MAIN_PAGES } from '../support/routes';

const PAGES = [...MAIN_PAGES.map((p) => p.path), ...DETAIL_PAGES];

for (const scheme of ['light', 'dark'] as const)
	for (const path of PAGES)
		test(`${path} has no serious accessibility violations (${scheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' ')}`);
			expect(serious).toEqual([]);
		});
