// 5. Lighthouse 12.2.3 in Debian's Chromium (chrome-launcher), mobile with simulated throttling, on each main
// page; the baseline is the minimal ECharts page of the page-weight section, audited in the same browser.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, type Row } from './util';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = {
	performance: 98,
	accessibility: 100,
	'best-practices': 100,
	seo: 95
};
const SHORT: Record<Category, string> = {
	performance: 'perf',
	accessibility: 'a11y',
	'best-practices': 'bp',
	seo: 'seo'
};
const METRICS: Record<string, string> = {
	'first-contentful-paint': 'FCP',
	'largest-contentful-paint': 'LCP',
	'total-blocking-time': 'TBT',
	'cumulative-layout-shift': 'CLS',
	'speed-index': 'SI'
};

interface Audit {
	scores: Record<Category, number> | null;
	error: string | null;
	/** What cost points: metrics for performance, failing audits for the other categories. */
	misses: string[];
}

async function audit(url: string, port: number): Promise<Audit> {
	const result = await lighthouse(
		url,
		{ port, output: 'json', logLevel: 'error' },
		{
			extends: 'lighthouse:default',
			settings: { onlyCategories: [...CATEGORIES], formFactor: 'mobile', throttlingMethod: 'simulate' }
		}
	);
	if (!result) return { scores: null, error: 'no result', misses: [] };
	const { lhr } = result;
	if (lhr.runtimeError) return { scores: null, error: `${lhr.runtimeError.code}`, misses: [] };
	const scores = {} as Record<Category, number>;
	const misses: string[] = [];
	for (const id of CATEGORIES) {
		const category = lhr.categories[id]!;
		scores[id] = Math.round((category.score ?? 0) * 100);
		if (scores[id] >= 100) continue;
		if (id === 'performance')
			misses.push(
				`perf ${Object.entries(METRICS)
					.map(([audit, name]) => `${name} ${lhr.audits[audit]?.displayValue ?? '?'}`)
					.join(', ')}`
			);
		else
			for (const ref of category.auditRefs) {
				const a = lhr.audits[ref.id]!;
				if (ref.weight > 0 && a.score !== null && a.score < 1) {
					// The first row of the audit's details (an issue type, an element) says what failed.
					const first = (
						a.details as { items?: { issueType?: string; node?: { snippet?: string } }[] } | undefined
					)?.items?.[0];
					const what = a.explanation ?? first?.issueType ?? first?.node?.snippet ?? '';
					misses.push(`${SHORT[id]} ${ref.id}${what ? ` (${what.slice(0, 90)})` : ''}`);
				}
			}
	}
	return { scores, error: null, misses };
}

const show = (s: Record<Category, number>) => CATEGORIES.map((c) => s[c]).join(' / ');

export async function benchLighthouse(
	routes: readonly string[],
	app: { base: () => Promise<string>; running: () => boolean },
	baselineUrl: string,
	log: (line: string) => void
): Promise<{ rows: Row[]; notes: string[] }> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu']
	});
	const rows: Row[] = [];
	const notes: string[] = [];
	try {
		log('lighthouse: baseline page');
		const baseline = await audit(baselineUrl, chrome.port);
		if (!baseline.scores) throw new Error(`Lighthouse failed on the baseline page: ${baseline.error}`);
		if (baseline.misses.length > 0) notes.push(`lighthouse baseline: ${baseline.misses.join('; ')}`);
		for (const route of routes) {
			log(`lighthouse: ${route}`);
			// A page whose server stopped during the audit is audited once more (app.base restarts the server).
			let result = await audit(`${await app.base()}${route}`, chrome.port);
			if (!result.scores || !app.running()) result = await audit(`${await app.base()}${route}`, chrome.port);
			if (!result.scores) {
				rows.push({
					section: '5 Lighthouse',
					figure: `${route} perf / a11y / bp / seo`,
					measured: `error ${result.error}`,
					baseline: show(baseline.scores),
					ratio: null,
					target: '>=98 / 100 / 100 / >=95',
					pass: false
				});
				continue;
			}
			const scores = result.scores;
			const ratio = Math.min(...CATEGORIES.map((c) => scores[c] / Math.max(1, baseline.scores![c])));
			rows.push({
				section: '5 Lighthouse',
				figure: `${route} perf / a11y / bp / seo`,
				measured: show(scores),
				baseline: `${show(baseline.scores)} (baseline page)`,
				ratio,
				target: '>=98 / 100 / 100 / >=95',
				pass: CATEGORIES.every((c) => scores[c] >= TARGETS[c])
			});
			if (result.misses.length > 0) notes.push(`lighthouse ${route}: ${result.misses.join('; ')}`);
		}
	} finally {
		await chrome.kill();
	}
	notes.push("lighthouse ratio: the lowest of the four scores' ratios to the baseline page's scores");
	return { rows, notes };
}
