// Readers can follow what changed: Atom feeds of the whole atlas, of a country and of a vendor, valid Atom whose
// entries open the page they concern, linked from the pages, and the same entries on the home page.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { expect, test, type APIRequestContext } from '@playwright/test';

const ATOM = 'http://www.w3.org/2005/Atom';

async function readFeed(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
	const errors: string[] = [];
	const doc = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(
		await response.text(),
		'application/xml'
	);
	expect(errors, path).toEqual([]);
	const root = doc.documentElement!;
	expect(root.localName).toBe('feed');
	expect(root.namespaceURI).toBe(ATOM);
	const child = (el: Element, name: string) => el.getElementsByTagNameNS(ATOM, name)[0];
	// RFC 4287: a feed has an id, a title and an updated date; so has every entry, with a link.
	for (const name of ['id', 'title', 'updated']) expect(child(root, name)?.textContent, name).toBeTruthy();
	const entries = [...root.getElementsByTagNameNS(ATOM, 'entry')].map((e) => ({
		id: child(e, 'id')!.textContent!,
		title: child(e, 'title')!.textContent!,
		updated: child(e, 'updated')!.textContent!,
		href: child(e, 'link')!.getAttribute('href')!
	}));
	for (const e of entries) {
		expect(e.id).toMatch(/^tag:ai-compute-atlas,2026:/);
		expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
	}
	expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
	const dates = entries.map((e) => e.updated);
	expect([...dates].sort().reverse()).toEqual(dates);
	return entries;
}

test('the whole atlas’s feed is valid Atom, newest first, and its entries open their pages', async ({
	request
}) => {
	const entries = await readFeed(request, '/feed.atom');
	expect(entries.length).toBeGreaterThan(20);
	const kinds = new Set(entries.map((e) => e.id.split(':')[2]!.split('/')[0]));
	expect(kinds).toEqual(new Set(['status', 'program', 'share', 'release']));
	for (const e of entries.slice(0, 8)) {
		const path = new URL(e.href).pathname + new URL(e.href).search;
		expect((await request.get(path)).status(), path).toBe(200);
	}
});

test('a country’s and a vendor’s feeds hold only what concerns them', async ({ request }) => {
	const china = await readFeed(request, '/countries/CHN/feed.atom');
	expect(china.length).toBeGreaterThan(5);
	expect(china.some((e) => e.title.startsWith('China:'))).toBe(true);
	const nvidia = await readFeed(request, '/vendors/nvidia/feed.atom');
	expect(nvidia.length).toBeGreaterThan(3);
	// Events link to the measure or the segment; a release to the dataset's page or the one row it changed.
	for (const e of nvidia)
		expect(e.href).toMatch(
			e.title.startsWith('Data release')
				? /\/(export-controls|market-share|chips|vendors\/nvidia)\b/
				: /\/(export-controls\/|market-share\?segment=)/
		);
	expect((await request.get('/countries/XXX/feed.atom')).status()).toBe(404);
	expect((await request.get('/vendors/no-such-vendor/feed.atom')).status()).toBe(404);
});

test('each data release is in the feed, per dataset, with the counts /data shows for it', async ({
	request,
	page
}) => {
	const entries = (await readFeed(request, '/feed.atom')).filter((e) => e.id.includes(':release/'));
	expect(entries.length).toBeGreaterThan(3);
	const measures = entries.find((e) => e.id.endsWith('/export-controls'))!;
	const [, released, added] = /^Data release (\d{4}-\d{2}-\d{2}): .*?, (\d+) added/.exec(measures.title)!;
	expect(measures.updated).toBe(`${released}T00:00:00Z`);
	expect(new URL(measures.href).pathname).toBe('/export-controls');
	await page.goto('/data#releases');
	const row = page
		.locator(`section.release:has(h3[id="release-${released}"]) tr`, {
			hasText: 'Export-control measures on'
		})
		.first();
	await expect(row.locator('td').first()).toHaveText(added!);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('pages link their feeds, and the home page lists what changed from the same entries', async ({
		page
	}) => {
		await page.goto('/countries/JPN');
		const alternates = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
		await expect(alternates).toHaveCount(2);
		expect(await alternates.nth(1).getAttribute('href')).toBe('/countries/JPN/feed.atom');
		await page.goto('/');
		const recent = page.getByRole('region', { name: 'What changed recently' });
		await expect(recent.locator('li')).toHaveCount(10);
		await recent.locator('li a').first().click();
		await expect(page.locator('h1')).toBeVisible();
		expect(page.url()).not.toMatch(/\/$/);
	});
});

test.describe('citing a chart, without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each chart panel says how to cite the view it shows, filters included, and how recent its data are', async ({
		page
	}) => {
		await page.goto('/market-share?segment=hbm');
		const panel = page.locator('section.panel').first();
		await expect(panel.locator('.meta')).toContainText(/Data up to \d{4}-\d{2}-\d{2}/);
		await panel.locator('summary', { hasText: 'Cite this chart' }).click();
		const cite = panel.locator('.cite');
		await expect(cite.locator('p')).toContainText('/market-share?segment=hbm');
		await expect(cite.locator('p')).toContainText(/\(accessed \d{4}-\d{2}-\d{2}\)/);
		await expect(cite.locator('pre')).toContainText(/^@misc\{ai_compute_atlas_/);
	});
});
