// 2. Page weight, for each main route and a country and a vendor page, against a minimal SvelteKit page built in
// the same run that draws one chart after mount with only the ECharts modules the route uses (as the atlas drew
// every chart before its charts were drawn on the server):
// - the client JS requested until 3 s after the load event with no interaction (charts are the server's
//   drawings then: ECharts must not be among it);
// - all client JS once every chart is live (pointed at), ECharts, its modules and the map included;
// - the HTML (gzip) with its drawings, against the same HTML without them.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { MAIN_ROUTES } from '../../src/lib/nav';
import {
	CHROMIUM,
	CHROMIUM_ARGS,
	drawAllCharts,
	gzipSize,
	kib,
	KiB,
	runChild,
	startNodeBuild,
	type Row
} from './util';

/** The main routes and one page of each kind with charts below them. */
export const ROUTES = [...MAIN_ROUTES, '/countries/CHN', '/vendors/nvidia'] as const;
export type BenchRoute = (typeof ROUTES)[number];

/** What a reader reads for this long after the load event before pointing at anything. */
const READING_MS = 3000;

interface Script {
	url: string;
	gzip: number;
	/** Not named by the page's HTML: imported at run time (charts, their modules, the map). */
	dynamic: boolean;
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

/** Scripts the HTML names: <script src>, inline import("..."), modulepreload links in HTML and headers. */
function entries(pageUrl: string, html: string, linkHeader: string | null): Set<string> {
	const urls: string[] = [];
	for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (href && /\brel="modulepreload"/.test(tag)) urls.push(href);
	}
	for (const tag of html.match(/<script\b[^>]*\bsrc="[^"]+"/g) ?? [])
		urls.push(/\bsrc="([^"]+)"/.exec(tag)![1]!);
	for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [])
		urls.push(...[...script.matchAll(/\bimport\(\s*["'`]([^"'`\s]+?\.js)["'`]\s*\)/g)].map((m) => m[1]!));
	for (const part of (linkHeader ?? '').split(/,\s*(?=<)/))
		if (/;\s*rel="?modulepreload"?/.test(part)) urls.push(/^<([^>]+)>/.exec(part.trim())?.[1] ?? '');
	return new Set(urls.filter(Boolean).map((u) => new URL(u, pageUrl).href));
}

interface Weighed {
	/** Every script once all charts are live. */
	scripts: Script[];
	/** Scripts requested until READING_MS after the load event, with no interaction. */
	early: Script[];
	dataGzip: number;
	/** gzip bytes of the page's HTML, and of the same HTML without its chart drawings. */
	htmlGzip: number;
	htmlBareGzip: number;
	drawings: number;
}

/**
 * Every JS file Chromium requests for each route: first while a reader only reads (until READING_MS after
 * the load event), then once every chart is live and the network is idle: what a visitor downloads (charts
 * load their ECharts modules on demand, so reading imports would overcount).
 */
export async function routeScripts(base: string, routes: readonly string[]): Promise<Map<string, Weighed>> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	const out = new Map<string, Weighed>();
	try {
		for (const route of routes) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const urls = new Set<string>();
			const early = new Set<string>();
			let reading = true;
			// JSON the page fetches as data (the map geometry), apart from SvelteKit's own __data.json.
			const data = new Set<string>();
			page.on('request', (r) => {
				if (reading && new URL(r.url()).pathname.endsWith('.js')) early.add(r.url());
			});
			page.on('response', (r) => {
				const path = new URL(r.url()).pathname;
				if (path.endsWith('.js')) urls.add(r.url());
				else if (path.endsWith('.json') && !path.endsWith('__data.json')) data.add(r.url());
			});
			const pageUrl = `${base}${route}`;
			const response = await page.goto(pageUrl, { waitUntil: 'load' });
			await page.waitForTimeout(READING_MS);
			reading = false;
			await drawAllCharts(page);
			await page.waitForLoadState('networkidle');
			const named = entries(
				pageUrl,
				(await response?.text()) ?? '',
				(await response?.allHeaders())?.link ?? null
			);
			const scripts: Script[] = [];
			for (const url of urls) {
				const code = await text(url);
				scripts.push({ url, gzip: gzipSize(code), dynamic: !named.has(url) });
			}
			let dataGzip = 0;
			for (const url of data) dataGzip += gzipSize(await text(url));
			const html = await (await fetch(pageUrl)).text();
			const bare = html.replace(/<svg data-width="\d+"[\s\S]*?<\/svg>/g, '');
			out.set(route, {
				scripts,
				early: scripts.filter((s) => early.has(s.url)),
				dataGzip,
				htmlGzip: gzipSize(html),
				htmlBareGzip: gzipSize(bare),
				drawings: (html.match(/<svg data-width="/g) ?? []).length
			});
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return out;
}

const total = (scripts: readonly Script[]) => scripts.reduce((sum, f) => sum + f.gzip, 0);

/**
 * The ECharts modules each route's charts use (from the chart builders in src/lib/charts): its baseline
 * imports exactly these. Every route also uses the aria, tooltip and SVG renderer modules.
 */
export const ROUTE_MODULES: Record<BenchRoute, string[]> = {
	// The home page's headline charts: share lines with marked points, measures applying, money bars.
	'/': ['BarChart', 'LineChart', 'ScatterChart', 'GridComponent', 'LegendComponent'],
	'/market-share': [
		'BarChart',
		'LineChart',
		'ScatterChart',
		'GridComponent',
		'LegendComponent',
		'MarkLineComponent'
	],
	'/export-controls': ['BarChart', 'ScatterChart', 'MapChart', 'GridComponent', 'LegendComponent'],
	'/sovereign-compute': ['BarChart', 'ScatterChart', 'MapChart', 'GridComponent', 'LegendComponent'],
	'/countries': ['MapChart'],
	'/chips': ['ScatterChart', 'GridComponent', 'LegendComponent', 'MarkAreaComponent'],
	'/vendors': [],
	'/data': [],
	'/countries/CHN': ['BarChart', 'LineChart', 'ScatterChart', 'GridComponent', 'LegendComponent'],
	'/vendors/nvidia': ['LineChart', 'GridComponent', 'LegendComponent']
};
const ALWAYS = ['AriaComponent', 'TooltipComponent'];
const CHARTS = new Set(['BarChart', 'LineChart', 'ScatterChart', 'MapChart']);

/** A baseline route: one chart, drawn after mount as the atlas draws its charts, with only these modules. */
function baselineChart(modules: string[]): string {
	const charts = modules.filter((m) => CHARTS.has(m));
	const components = [...ALWAYS, ...modules.filter((m) => !CHARTS.has(m))];
	const map = charts.includes('MapChart');
	const cartesian = charts.filter((c) => c !== 'MapChart');
	const series = cartesian.map(
		(c, i) => `{ type: '${c.replace('Chart', '').toLowerCase()}', name: 's${i}', data: [50, 53, 52] }`
	);
	return `import * as echarts from 'echarts/core';
${charts.length > 0 ? `import { ${charts.join(', ')} } from 'echarts/charts';` : ''}
import { ${components.join(', ')} } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([${[...charts, ...components, 'SVGRenderer'].join(', ')}]);

export function draw(element) {
	const chart = echarts.init(element, null, { renderer: 'svg' });
	${
		map
			? `const square = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
	echarts.registerMap('square', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'A' }, geometry: square }] });`
			: ''
	}
	chart.setOption({
		aria: { enabled: true },
		tooltip: {},
		${modules.includes('LegendComponent') ? 'legend: {},' : ''}
		${cartesian.length > 0 ? "xAxis: { type: 'category', data: ['2022', '2023', '2024'] }, yAxis: { type: 'value' }," : ''}
		series: [
			${series.join(',\n\t\t\t')}${series.length > 0 && map ? ',' : ''}
			${map ? "{ type: 'map', map: 'square', data: [{ name: 'A', value: 1 }] }" : ''}
		]
	});
}
`;
}

const BASELINE_PAGE = (name: string) => `<script>
	import { onMount } from 'svelte';
	let element;
	onMount(() => {
		import('$lib/${name}.js').then(({ draw }) => draw(element));
	});
</script>

<svelte:head><title>Baseline ${name}</title><meta name="description" content="Page-weight baseline" /></svelte:head>
<main>
	<h1>Baseline ${name}</h1>
	<div bind:this={element} role="img" aria-label="Baseline chart" style="width: 100%; height: 360px"></div>
</main>
`;

/** Route of the baseline app that stands for an atlas route: one per distinct module set. */
export function baselineRoute(route: BenchRoute): string | null {
	const modules = ROUTE_MODULES[route];
	return modules.length === 0 ? null : `/${modules.join('-').toLowerCase()}`;
}

export interface Baseline {
	url: string;
	/** gzip bytes of client JS per baseline route (see baselineRoute). */
	gzip: Map<string, number>;
	/** The app with no chart at all: SvelteKit's own client runtime. */
	emptyGzip: number;
	stop: () => Promise<void>;
}

/**
 * A minimal SvelteKit app (same SvelteKit, Svelte, Vite and adapter as the atlas), one route per module set,
 * built and started in this run; routes are weighed the same way as the atlas's.
 */
export async function buildBaseline(root: string, work: string): Promise<Baseline> {
	// Outside the project (so that lint never sees it), with the project's node_modules linked in.
	const dir = join(work, 'baseline-app');
	mkdirSync(join(dir, 'src', 'lib'), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
	writeFileSync(
		join(dir, 'svelte.config.js'),
		"import adapter from '@sveltejs/adapter-node';\nexport default { kit: { adapter: adapter() } };\n"
	);
	writeFileSync(
		join(dir, 'vite.config.js'),
		"import { sveltekit } from '@sveltejs/kit/vite';\nexport default { plugins: [sveltekit()] };\n"
	);
	writeFileSync(
		join(dir, 'src', 'app.html'),
		'<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><link rel="icon" href="data:," />%sveltekit.head%</head>\n<body><div style="display: contents">%sveltekit.body%</div></body>\n</html>\n'
	);
	mkdirSync(join(dir, 'src', 'routes'), { recursive: true });
	writeFileSync(join(dir, 'src', 'routes', '+page.svelte'), '<h1>Baseline</h1>\n');
	const routes = new Map<string, string[]>();
	for (const route of ROUTES) {
		const path = baselineRoute(route);
		if (path) routes.set(path, ROUTE_MODULES[route]);
	}
	for (const [path, modules] of routes) {
		const name = path.slice(1);
		writeFileSync(join(dir, 'src', 'lib', `${name}.js`), baselineChart(modules));
		mkdirSync(join(dir, 'src', 'routes', name), { recursive: true });
		writeFileSync(join(dir, 'src', 'routes', name, '+page.svelte'), BASELINE_PAGE(name));
	}
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const built = await runChild(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
		cwd: dir,
		timeoutMs: 180_000
	});
	if (built.code !== 0) throw new Error(`baseline build failed: ${built.stderr.slice(-500)}`);
	const server = await startNodeBuild(dir);
	const weighed = await routeScripts(server.url, ['/', ...routes.keys()]);
	const gzip = new Map([...routes.keys()].map((path) => [path, total(weighed.get(path)!.scripts)]));
	const emptyGzip = total(weighed.get('/')!.scripts);
	return { url: server.url, gzip, emptyGzip, stop: server.stop };
}

export async function benchPageWeight(
	base: string,
	baseline: Baseline
): Promise<{ rows: Row[]; notes: string[] }> {
	const rows: Row[] = [];
	const notes: string[] = [];
	const measured = await routeScripts(base, ROUTES);
	const weights = ROUTES.map((route) => {
		const weighed = measured.get(route)!;
		const path = baselineRoute(route);
		if (weighed.dataGzip > 0 !== ROUTE_MODULES[route].includes('MapChart'))
			notes.push(
				`page weight ${route}: loads ${weighed.dataGzip > 0 ? 'a' : 'no'} map, unlike ROUTE_MODULES says`
			);
		return {
			route,
			...weighed,
			gzip: total(weighed.scripts),
			base: path ? baseline.gzip.get(path)! : baseline.emptyGzip
		};
	});
	for (const { route, gzip, scripts, dataGzip, base: baseGzip } of weights) {
		const ratio = gzip / baseGzip;
		const runtime = scripts.filter((s) => s.dynamic).reduce((s, f) => s + f.gzip, 0);
		const modules = ROUTE_MODULES[route];
		rows.push({
			section: '2 Page weight',
			figure: `${route} client JS, every chart live (gzip)`,
			measured:
				`${kib(gzip)} (${scripts.length} files, ${kib(runtime)} loaded at run time)` +
				(dataGzip > 0 ? `; plus ${kib(dataGzip)} JSON geometry` : ''),
			baseline: `${kib(baseGzip)} (SvelteKit${modules.length > 0 ? ` + ${modules.length + ALWAYS.length} echarts modules` : ', no chart'})`,
			ratio,
			target: '<= 1.15x',
			pass: ratio <= 1.15
		});
	}
	for (const { route, early, base: baseGzip } of weights.filter((w) => ROUTE_MODULES[w.route].length > 0)) {
		const gzip = total(early);
		const ratio = gzip / baseGzip;
		rows.push({
			section: '2 Page weight',
			figure: `${route} JS requested by 3 s after load, no interaction (gzip)`,
			measured: `${kib(gzip)} (${early.length} files)`,
			baseline: `${kib(baseGzip)} (a page drawing its chart in the browser)`,
			ratio,
			target: '<= 0.5x',
			pass: ratio <= 0.5
		});
	}
	for (const { route, htmlGzip, htmlBareGzip, drawings } of weights.filter((w) => w.drawings > 0)) {
		rows.push({
			section: '2 Page weight',
			figure: `${route} HTML with ${drawings} chart drawings (gzip)`,
			measured: kib(htmlGzip),
			baseline: `${kib(htmlBareGzip)} (same HTML, no drawings)`,
			ratio: htmlGzip / htmlBareGzip,
			target: '<= 120 KiB',
			pass: htmlGzip <= 120 * KiB
		});
	}
	const heaviest = weights.reduce((a, b) => (b.gzip > a.gzip ? b : a));
	rows.push({
		section: '2 Page weight',
		figure: `heaviest route (${heaviest.route})`,
		measured: `${kib(heaviest.gzip)}${heaviest.dataGzip > 0 ? ` (${kib(heaviest.gzip + heaviest.dataGzip)} with JSON geometry)` : ''}`,
		baseline: kib(heaviest.base),
		ratio: heaviest.gzip / heaviest.base,
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
			`; baseline app: SvelteKit alone ${kib(baseline.emptyGzip)}; ` +
			[...baseline.gzip].map(([path, g]) => `${path} ${kib(g)}`).join(', ')
	);
	return { rows, notes };
}
