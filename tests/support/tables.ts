// Reads a rendered table as a reader sees it: one record per row, keyed by the column headings.
import type { Locator } from '@playwright/test';

export async function tableRows(table: Locator): Promise<Record<string, string>[]> {
	const headers = (await table.locator('thead th').allTextContents()).map((h) =>
		h.replace(/[▲▼]/g, '').trim()
	);
	return Promise.all(
		(await table.locator('tbody tr').all()).map(async (row) => {
			const cells = (await row.locator('td').allTextContents()).map((c) => c.trim());
			return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
		})
	);
}
