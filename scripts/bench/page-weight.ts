// 2. Page weight: gzip size of the client JS each main route loads, read from the HTML that `node build`
// serves (scripts, modulepreload links in the HTML and the Link header) plus the chunks those files import at
// run time (the echarts chunk, the map chunk), against a minimal Vite page built in the same run that imports
// only the ECharts modules the route uses.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS, gzipSize, kib, KiB, type Row } from './util';

export const ROUTES = [
	'/',
	'/market-share',
	'/export-controls',
	'/sovereign-compute',
	'/countries',
	'/vendors',
	'/data'
] as const;
/** The world geometry (world-atlas TopoJSON) in the map chunk: a route that loads it draws a map, and its
 * baseline also registers MapChart. */
const MAP_MARKER = /\bTopology\b/;

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`\s]+?\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`\s]+?\.js)["'`]\s*\)/g;
/**
 * SvelteKit's router entry lists every route's node as a dynamic import. Only the page's own nodes
 * (node_ids in the start script) load, plus node 1, the root error page, which the client loads at start.
 */
const ROUTER_ENTRY = /\/_app\/immutable\/entry\/app\.[^/]+\.js$/;
const NODE_FILE = /\/nodes\/(\d+)\.[^/]+\.js$/;
const ROOT_ERROR_NODE = 1;

const specifiers = (code: string, re: RegExp) => [...code.matchAll(re)].map((m) => m[1]!);

interface Script {
	url: string;
	gzip: number;
	dynamic: boolean;
	map: boolean;
}

const cache = new Map<string, string>();
async function text(url: string): Promise<string> {
	if (!cache.has(url)) {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
		cache.set(url, await response.text());
	}
	return cache.get(url)!;
}

/** Entry scripts of a page: <script src>, inline import("..."), modulepreload links in HTML and headers. */
function entries(pageUrl: string, html: string, linkHeader: string | null): string[] {
	const urls: string[] = [];
	for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (href && /\brel="modulepreload"/.test(tag)) urls.push(href);
	}
	for (const tag of html.match(/<script\b[^>]*\bsrc="[^"]+"/g) ?? [])
		urls.push(/\bsrc="([^"]+)"/.exec(tag)![1]!);
	for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [])
		urls.push(...specifiers(script, DYNAMIC_IMPORT));
	for (const part of (linkHeader ?? '').split(/,\s*(?=<)/))
		if (/;\s*rel="?modulepreload"?/.test(part)) urls.push(/^<([^>]+)>/.exec(part.trim())?.[1] ?? '');
	return urls.filter(Boolean).map((u) => new URL(u, pageUrl).href);
}

/** Every JS file a route loads, each marked as loaded up front or at run time (dynamic import). */
export async function routeScripts(base: string, route: string): Promise<Script[]> {
	const pageUrl = `${base}${route}`;
	const response = await fetch(pageUrl);
	const html = await response.text();
	const found = new Map<string, boolean>();
	const add = async (url: string, dynamic: boolean) => {
		const queue = [url];
		while (queue.length > 0) {
			const next = queue.shift()!;
			if (found.has(next)) continue;
			found.set(next, dynamic);
			for (const spec of specifiers(await text(next), STATIC_IMPORT)) queue.push(new URL(spec, next).href);
		}
	};
	for (const url of entries(pageUrl, html, response.headers.get('link'))) await add(url, false);
	const nodeIds = new Set(
		(/node_ids:\s*\[([\d,\s]*)\]/.exec(html)?.[1] ?? '').split(',').filter(Boolean).map(Number)
	);
	nodeIds.add(ROOT_ERROR_NODE);
	// Follow run-time imports (charts, maps) until nothing new turns up.
	for (let size = -1; size !== found.size;) {
		size = found.size;
		for (const url of [...found.keys()]) {
			const router = ROUTER_ENTRY.test(url);
			for (const spec of specifiers(await text(url), DYNAMIC_IMPORT)) {
				const target = new URL(spec, url).href;
				const node = NODE_FILE.exec(target);
				if (router && !(node && nodeIds.has(Number(node[1])))) continue;
				// A node the router loads at start counts as up front; a chart's or map's import as run time.
				await add(target, !router);
			}
		}
	}
	const scripts: Script[] = [];
	for (const [url, dynamic] of found) {
		const code = await text(url);
		scripts.push({ url, gzip: gzipSize(code), dynamic, map: MAP_MARKER.test(code) });
	}
	return scripts;
}

const BASELINE_HTML = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="description" content="A minimal ECharts page: the baseline of the page-weight benchmark." />
		<link rel="icon" href="data:," />
		<title>Baseline chart</title>
	</head>
	<body>
		<main>
			<h1>Baseline chart</h1>
			<div id="chart" role="img" aria-label="Bar, line and scatter chart" style="width: 100%; height: 360px"></div>
		</main>
		<script type="module" src="./main.js"></script>
	</body>
</html>
`;

function baselineMain(map: boolean): string {
	return `import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart${map ? ', MapChart' : ''} } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
	BarChart, LineChart, ScatterChart, ${map ? 'MapChart, ' : ''}
	AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer
]);
const chart = echarts.init(document.getElementById('chart'), null, { renderer: 'svg' });
${
	map
		? `const square = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
echarts.registerMap('square', {
	type: 'FeatureCollection',
	features: [{ type: 'Feature', properties: { name: 'A' }, geometry: square }]
});
chart.setOption({ series: [{ type: 'map', map: 'square', data: [{ name: 'A', value: 1 }] }] });`
		: `chart.setOption({
	aria: { enabled: true },
	tooltip: {},
	legend: {},
	xAxis: { type: 'category', data: ['2022', '2023', '2024'] },
	yAxis: { type: 'value' },
	series: [
		{ type: 'bar', name: 'a', data: [50, 53, 52] },
		{ type: 'line', name: 'b', data: [40, 38, 42], markLine: { data: [{ xAxis: '2023' }] } },
		{ type: 'scatter', name: 'c', data: [10, 9, 6] }
	]
});`
}
`;
}

export interface Baseline {
	dir: string;
	gzip: number;
}

/** Builds the minimal baseline page with Vite (same version, default minifier) and sums its JS gzip sizes. */
export async function buildBaseline(
	root: string,
	work: string,
	name: string,
	map: boolean
): Promise<Baseline> {
	// Outside the project (so that lint never sees it), with the project's node_modules linked in for `echarts`.
	const dir = join(work, name);
	mkdirSync(dir, { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	writeFileSync(join(dir, 'index.html'), BASELINE_HTML);
	writeFileSync(join(dir, 'main.js'), baselineMain(map));
	const outDir = join(dir, 'dist');
	await build({ root: dir, configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
	const assets = join(outDir, 'assets');
	const gzip = readdirSync(assets)
		.filter((f) => f.endsWith('.js'))
		.reduce((sum, f) => sum + gzipSize(readFileSync(join(assets, f))), 0);
	return { dir: outDir, gzip };
}

/** JS files the browser actually requests on a route, once its charts are drawn. */
async function observedScripts(base: string): Promise<Map<string, Set<string>>> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	const seen = new Map<string, Set<string>>();
	try {
		for (const route of ROUTES) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const urls = new Set<string>();
			page.on('response', (r) => {
				if (new URL(r.url()).pathname.endsWith('.js')) urls.add(r.url());
			});
			await page.goto(`${base}${route}`, { waitUntil: 'networkidle' });
			await page.waitForFunction(
				() =>
					[...document.querySelectorAll<HTMLElement>('.echart')].every(
						(e) => e.dataset.chartReady === 'true'
					),
				undefined,
				{ timeout: 30_000 }
			);
			await page.waitForLoadState('networkidle');
			seen.set(route, urls);
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return seen;
}

export async function benchPageWeight(
	root: string,
	base: string,
	baselines: { charts: Baseline; map: Baseline }
): Promise<{ rows: Row[]; notes: string[] }> {
	const rows: Row[] = [];
	const notes: string[] = [];
	const weights: { route: string; gzip: number; scripts: Script[]; map: boolean }[] = [];
	for (const route of ROUTES) {
		const scripts = await routeScripts(base, route);
		const gzip = scripts.reduce((s, f) => s + f.gzip, 0);
		weights.push({ route, gzip, scripts, map: scripts.some((s) => s.map) });
	}
	const observed = await observedScripts(base);
	for (const { route, gzip, scripts, map } of weights) {
		const baseline = map ? baselines.map : baselines.charts;
		const ratio = gzip / baseline.gzip;
		const runtime = scripts.filter((s) => s.dynamic).reduce((s, f) => s + f.gzip, 0);
		rows.push({
			section: '2 Page weight',
			figure: `${route} client JS (gzip)`,
			measured: `${kib(gzip)} (${scripts.length} files, ${kib(runtime)} loaded at run time)`,
			baseline: `${kib(baseline.gzip)} (echarts${map ? ' + map' : ''})`,
			ratio,
			target: '<= 1.15x',
			pass: ratio <= 1.15
		});
		const loaded = observed.get(route) ?? new Set<string>();
		const counted = new Set(scripts.map((s) => s.url));
		const extra = [...loaded].filter((u) => !counted.has(u));
		const unused = [...counted].filter((u) => !loaded.has(u));
		if (extra.length > 0 || unused.length > 0)
			notes.push(
				`page weight ${route}: Chromium loaded ${loaded.size} JS files; ` +
					`not counted: ${extra.join(' ') || 'none'}; ` +
					`counted but not loaded: ${unused.map((u) => new URL(u).pathname).join(' ') || 'none'}`
			);
	}
	const heaviest = weights.reduce((a, b) => (b.gzip > a.gzip ? b : a));
	const heavyBaseline = heaviest.map ? baselines.map : baselines.charts;
	rows.push({
		section: '2 Page weight',
		figure: `heaviest route (${heaviest.route})`,
		measured: kib(heaviest.gzip),
		baseline: kib(heavyBaseline.gzip),
		ratio: heaviest.gzip / heavyBaseline.gzip,
		target: '<= 250 KiB',
		pass: heaviest.gzip <= 250 * KiB
	});
	const biggest = [...heaviest.scripts].sort((a, b) => b.gzip - a.gzip).slice(0, 4);
	notes.push(
		`page weight ${heaviest.route}, largest files (gzip): ` +
			biggest
				.map(
					(s) => `${new URL(s.url).pathname.split('/').pop()} ${kib(s.gzip)}${s.dynamic ? ' (run time)' : ''}`
				)
				.join(', ') +
			`; baselines: echarts ${kib(baselines.charts.gzip)}, echarts + MapChart ${kib(baselines.map.gzip)}`
	);
	return { rows, notes };
}
