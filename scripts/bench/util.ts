// Helpers shared by the benchmark sections: child processes, ports, servers, statistics and the result table.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startNodeBuild as startServer, type NodeServer } from '../node-server';

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
export type { NodeServer };

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

/** Starts the built app in its own process group, ended with the benchmark. */
export async function startNodeBuild(cwd: string): Promise<NodeServer> {
	const server = await startServer(cwd, { detached: true, timeoutMs: 60_000 });
	track(server.child);
	return server;
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
 * Points at every chart on a page, so that each replaces the server's drawing with its live chart (as after a
 * visitor has moved over all of them), then waits until all of them are live.
 */
export async function drawAllCharts(page: Page): Promise<void> {
	const charts = page.locator('.echart');
	for (let i = 0; i < (await charts.count()); i++) {
		await charts.nth(i).scrollIntoViewIfNeeded();
		await charts.nth(i).hover({ position: { x: 5, y: 5 } });
	}
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.waitForFunction(
		() => [...document.querySelectorAll<HTMLElement>('.echart')].every((e) => e.dataset.chart === 'live'),
		undefined,
		{ timeout: 30_000 }
	);
}
