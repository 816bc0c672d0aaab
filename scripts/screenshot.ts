// Dev aid: screenshots of pages from a running server, e.g. `tsx scripts/screenshot.ts http://localhost:3000 /market-share`.
// Environment: WIDTH (px), DARK=1, NOJS=1 (JavaScript off), FULL=1 or Y/H (a clip of the full page), OUT (folder).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 1280);
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: CHROMIUM_ARGS
});
const page = await browser.newPage({
	viewport: { width, height: 900 },
	colorScheme: process.env.DARK ? 'dark' : 'light',
	javaScriptEnabled: !process.env.NOJS
});
page.on(
	'console',
	(m) => m.type() === 'error' && console.error(`console error on ${page.url()}: ${m.text()}`)
);
for (const path of paths.length ? paths : ['/']) {
	await page.goto(base + path, { waitUntil: 'networkidle' });
	const file = `${process.env.OUT ?? '/tmp/shots'}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}.png`;
	const y = Number(process.env.Y ?? 0);
	const clip = process.env.Y ? { x: 0, y, width, height: Number(process.env.H ?? 1400) } : undefined;
	await page.screenshot({ path: file, fullPage: process.env.FULL === '1' || clip !== undefined, clip });
	console.log(file);
}
await browser.close();
