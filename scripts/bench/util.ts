// Helpers shared by the benchmark sections: child processes, ports, servers, statistics and the result table.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** One line of the result table; ratio is measured / baseline. */
export interface Row {
	section: string;
	figure: string;
	measured: string;
	baseline: string;
	ratio: number | null;
	target: string;
	/** null when the figure could not be measured (or is reported without a target). */
	pass: boolean | null;
	/** The run was stopped early: measured and ratio are lower bounds. */
	lowerBound?: boolean;
}

export { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../chromium';

export const KiB = 1024;
export const MiB = 1024 * 1024;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function gzipSize(bytes: Buffer | string): number {
	return gzipSync(bytes, { level: 9 }).length;
}

export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const at = (sorted.length - 1) * q;
	const low = Math.floor(at);
	const high = Math.ceil(at);
	return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
export const ms = (n: number) => `${fmt(n, n < 10 ? 2 : 1)} ms`;
export const kib = (n: number) => `${fmt(n / KiB, 1)} KiB`;
export const mib = (n: number) => `${fmt(n / MiB, 1)} MiB`;

async function portIsFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** The first free loopback port from `from` up to 4399 (the range this benchmark may use). */
export async function freePort(from: number): Promise<number> {
	for (let port = from; port <= 4399; port++) if (await portIsFree(port)) return port;
	throw new Error(`no free port in ${from}-4399`);
}

/** Resident set size of a process and all its descendants, in KiB (Linux /proc; 0 elsewhere). */
export function treeRssKiB(pid: number): number {
	const status = `/proc/${pid}/status`;
	if (!existsSync(status)) return 0;
	let total = 0;
	try {
		const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'));
		total += match ? Number(match[1]) : 0;
		for (const task of readdirSync(`/proc/${pid}/task`)) {
			const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
			for (const child of children ? children.split(/\s+/) : []) total += treeRssKiB(Number(child));
		}
	} catch {
		// The process ended while it was being read.
	}
	return total;
}

/** Children still running; ended if the benchmark exits early (an error or Ctrl+C). */
const running = new Set<ChildProcess>();
function track(child: ChildProcess): ChildProcess {
	running.add(child);
	child.once('close', () => running.delete(child));
	return child;
}
process.once('exit', () => {
	for (const child of running) killGroup(child);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.once(signal, () => {
		for (const child of running) killGroup(child);
		process.exit(130);
	});

export interface ChildResult {
	code: number | null;
	stdout: string;
	stderr: string;
	wallMs: number;
	/** Why the child was stopped early, if it was. */
	capped: string | null;
	/** Largest resident set of the process tree seen while polling, in KiB. */
	polledRssKiB: number;
}

/**
 * Runs a command in its own process group and collects its output. It is stopped (the whole group) when it
 * runs past timeoutMs or its process tree's resident set grows past rssCapKiB.
 */
export function runChild(
	command: string,
	args: string[],
	options: { cwd: string; timeoutMs: number; rssCapKiB?: number; env?: NodeJS.ProcessEnv }
): Promise<ChildResult> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = track(
			spawn(command, args, {
				cwd: options.cwd,
				env: options.env ?? process.env,
				stdio: ['ignore', 'pipe', 'pipe'],
				detached: true
			})
		);
		let stdout = '';
		let stderr = '';
		let capped: string | null = null;
		let polledRssKiB = 0;
		child.stdout!.on('data', (d) => (stdout += d));
		child.stderr!.on('data', (d) => (stderr += d));
		const stop = (why: string) => {
			if (capped) return;
			capped = why;
			killGroup(child);
		};
		const timer = setTimeout(() => stop(`stopped after ${options.timeoutMs / 1000} s`), options.timeoutMs);
		const poll = setInterval(() => {
			const rss = treeRssKiB(child.pid!);
			polledRssKiB = Math.max(polledRssKiB, rss);
			if (options.rssCapKiB && rss > options.rssCapKiB)
				stop(`stopped at ${fmt(rss / MiB, 1)} GiB resident (cap ${fmt(options.rssCapKiB / MiB, 1)} GiB)`);
		}, 200);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			clearInterval(poll);
			resolve({ code, stdout, stderr, wallMs: performance.now() - start, capped, polledRssKiB });
		});
	});
}

/** Ends a child started with `detached: true` together with the processes it started. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
	if (child.pid === undefined || child.exitCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		child.kill(signal);
	}
}

/** Waits until a GET of url answers 200, or throws after timeoutMs. */
export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (child && child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
		try {
			const response = await fetch(url);
			await response.arrayBuffer();
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await sleep(200);
	}
	throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export interface NodeServer {
	url: string;
	child: ChildProcess;
	log: () => string;
	stop: () => Promise<void>;
}

/** Starts the built app (`node build`) on a loopback port, as `npm start` serves it. */
export async function startNodeBuild(cwd: string, port: number): Promise<NodeServer> {
	const url = `http://127.0.0.1:${port}`;
	const child = track(
		// `node build/index.js` is what `node build` runs; the full path keeps this server out of reach of a
		// `pkill -f 'node build'` aimed at other servers on the machine.
		spawn(process.execPath, [join(cwd, 'build', 'index.js')], {
			cwd,
			env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true
		})
	);
	let log = '';
	child.stdout!.on('data', (d) => (log += d));
	child.stderr!.on('data', (d) => (log += d));
	await waitForHttp(`${url}/`, 30_000, child);
	return {
		url,
		child,
		log: () => log,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('close', () => resolve());
				killGroup(child, 'SIGTERM');
			})
	};
}

function cell(row: Row, key: keyof Row): string {
	if (key === 'ratio') return row.ratio === null ? '' : `${row.lowerBound ? '>= ' : ''}${fmt(row.ratio, 2)}x`;
	if (key === 'pass')
		return row.pass === null ? (row.target === 'report' ? 'info' : 'n/a') : row.pass ? 'pass' : 'FAIL';
	return String(row[key]);
}

/** The result table as Markdown, columns padded so it also reads in a terminal. */
export function formatTable(rows: readonly Row[]): string {
	const keys: (keyof Row)[] = ['section', 'figure', 'measured', 'baseline', 'ratio', 'target', 'pass'];
	const titles = ['Section', 'Figure', 'Measured', 'Baseline (same run)', 'Ratio', 'Target', 'Result'];
	const widths = keys.map((k, i) => Math.max(titles[i]!.length, ...rows.map((r) => cell(r, k).length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	return [
		line(titles),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...rows.map((r) => line(keys.map((k) => cell(r, k))))
	].join('\n');
}

/**
 * Scrolls a page to its end and back, so that every chart (drawn when it nears the viewport) is drawn, then
 * waits until all of them are.
 */
export async function drawAllCharts(page: Page): Promise<void> {
	await page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
			window.scrollTo(0, y);
			await new Promise((resolve) => setTimeout(resolve, 30));
		}
		window.scrollTo(0, 0);
	});
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll<HTMLElement>('.echart')].every((e) => e.dataset.chartReady === 'true'),
		undefined,
		{ timeout: 30_000 }
	);
}
