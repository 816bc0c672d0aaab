// 1. Pipeline scale: the full pipeline (computeOutputs + atomic write) against bare Papa.parse of the same
// synthetic market-share CSV, each in its own child process so that peak RSS is the child's own.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeSyntheticData, type SyntheticData } from './synth';
import { fmt, mib, MiB, runChild, type ChildResult, type Row } from './util';

const CHILD = 'scripts/bench/pipeline-child.ts';
const GNU_TIME = '/usr/bin/time';
/** Caps: a run past these is stopped, and its figures are reported as lower bounds. */
const RSS_CAP_KIB = 8 * MiB;

interface Measured {
	ms: number;
	rows: number;
	/** Peak RSS in bytes: GNU time's "Maximum resident set size" when present, else the child's own maxRSS. */
	peakRss: number;
	capped: string | null;
	error: string | null;
	/** Bytes the pipeline wrote, and its largest file. */
	outBytes: number;
	largest: string | null;
}

async function measure(root: string, args: string[], timeoutMs: number): Promise<Measured> {
	const withTime = existsSync(GNU_TIME);
	const node = [process.execPath, '--import', 'tsx', CHILD, ...args];
	const result: ChildResult = await runChild(
		withTime ? GNU_TIME : node[0]!,
		withTime ? ['-v', ...node] : node.slice(1),
		{
			cwd: root,
			timeoutMs,
			rssCapKiB: RSS_CAP_KIB
		}
	);
	const line = result.stdout.trim().split('\n').pop() ?? '';
	const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
	// A stopped child leaves no report: then the largest process-tree RSS seen while polling stands in.
	const peakKiB = timeRss ? Number(timeRss[1]) : result.polledRssKiB;
	if (result.capped || result.code !== 0 || !line.startsWith('{'))
		return {
			ms: result.wallMs,
			rows: 0,
			peakRss: peakKiB * 1024,
			capped: result.capped,
			outBytes: 0,
			largest: null,
			error: result.capped
				? null
				: `exit ${result.code}: ${result.stderr
						.split('\n')
						.filter((l) => l && !/^\s/.test(l) && !l.startsWith('Command'))
						.slice(-3)
						.join(' / ')}`
		};
	const parsed = JSON.parse(line) as {
		ms: number;
		rows: number;
		maxRssKiB: number;
		outBytes: number;
		largest: string | null;
	};
	return {
		ms: parsed.ms,
		rows: parsed.rows,
		peakRss: Math.max(timeRss ? Number(timeRss[1]) : 0, parsed.maxRssKiB) * 1024,
		capped: null,
		error: null,
		outBytes: parsed.outBytes,
		largest: parsed.largest
	};
}

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string };
}
interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** Self time by source file of the busiest thread in a V8 CPU profile: where the pipeline spends its time. */
function profileByFile(dir: string): { file: string; ms: number }[] {
	let best: Map<string, number> | null = null;
	let bestBusy = -1;
	for (const name of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
		const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile;
		const byId = new Map(profile.nodes.map((n) => [n.id, n]));
		const files = new Map<string, number>();
		let busy = 0;
		profile.samples.forEach((id, i) => {
			const frame = byId.get(id)!.callFrame;
			const dt = profile.timeDeltas[i] ?? 0;
			if (frame.functionName === '(idle)') return;
			const file =
				frame.functionName === '(garbage collector)'
					? 'garbage collection'
					: frame.url
						? basename(frame.url.replace(/\?.*$/, ''))
						: `native ${frame.functionName || '(anonymous)'}`;
			files.set(file, (files.get(file) ?? 0) + dt);
			busy += dt;
		});
		if (busy > bestBusy) [best, bestBusy] = [files, busy];
	}
	return [...(best ?? [])]
		.map(([file, us]) => ({ file, ms: us / 1000 }))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 6);
}

export async function benchPipeline(
	root: string,
	sizes: readonly number[],
	timeoutMs: number,
	log: (line: string) => void
): Promise<{ rows: Row[]; notes: string[] }> {
	const rows: Row[] = [];
	const notes: string[] = [];
	const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
	try {
		for (const size of sizes) {
			const label = size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`;
			let data: SyntheticData;
			try {
				data = writeSyntheticData(join(root, 'data'), join(work, `data-${size}`), size);
			} catch (error) {
				notes.push(`pipeline ${label}: could not generate data: ${(error as Error).message}`);
				continue;
			}
			log(`pipeline ${label}: ${mib(data.bytes)} CSV; bare Papa.parse`);
			const papa = await measure(root, ['papa', data.dir], timeoutMs);
			log(`pipeline ${label}: full pipeline`);
			const out = join(work, `out-${size}`);
			const pipe = await measure(root, ['pipeline', data.dir, out], timeoutMs);
			const section = `1 Pipeline ${label} rows`;
			const lowerBound = pipe.capped ? '>= ' : '';
			const failed = pipe.error !== null;
			if (pipe.capped) notes.push(`pipeline ${label}: ${pipe.capped}; figures are lower bounds`);
			if (pipe.error) notes.push(`pipeline ${label}: failed, ${pipe.error}`);
			if (papa.error) notes.push(`pipeline ${label}: Papa.parse baseline failed, ${papa.error}`);
			if (pipe.outBytes > 0)
				notes.push(
					`pipeline ${label}: wrote ${mib(pipe.outBytes)} of outputs (largest ${pipe.largest}), ` +
						'streamed file by file into a temp folder, then renamed'
				);
			const timeRatio = pipe.ms / papa.ms;
			rows.push({
				section,
				figure: 'time: pipeline vs Papa.parse',
				measured: failed
					? `failed after ${fmt(pipe.ms / 1000)} s`
					: `${lowerBound}${fmt(pipe.ms / 1000, 2)} s`,
				baseline: `${fmt(papa.ms / 1000, 2)} s`,
				ratio: failed ? null : timeRatio,
				target: '<= 1.5x',
				pass: failed || timeRatio > 1.5 ? false : pipe.capped ? null : true,
				lowerBound: pipe.capped !== null
			});
			const rssRatio = pipe.peakRss / data.bytes;
			rows.push({
				section,
				figure: 'peak RSS / CSV size',
				measured: `${lowerBound}${mib(pipe.peakRss)}`,
				baseline: `${mib(data.bytes)} file (Papa.parse ${mib(papa.peakRss)})`,
				ratio: rssRatio,
				target: '<= 3x',
				pass: failed || rssRatio > 3 ? false : pipe.capped ? null : true,
				lowerBound: pipe.capped !== null
			});
			rmSync(join(work, `data-${size}`), { recursive: true, force: true });
			rmSync(out, { recursive: true, force: true });
		}
		// Where the time goes: a CPU profile of the smallest size (a separate run, so the timing above is clean).
		const size = sizes[0]!;
		const data = writeSyntheticData(join(root, 'data'), join(work, 'profile-data'), size);
		const profDir = join(work, 'profile');
		log(`pipeline: CPU profile at ${size} rows`);
		const profiled = await runChild(
			process.execPath,
			[
				`--cpu-prof`,
				`--cpu-prof-dir=${profDir}`,
				'--import',
				'tsx',
				CHILD,
				'pipeline',
				data.dir,
				join(work, 'profile-out')
			],
			{ cwd: root, timeoutMs, rssCapKiB: RSS_CAP_KIB }
		);
		if (profiled.code === 0 && existsSync(profDir)) {
			const top = profileByFile(profDir);
			const total = top.reduce((s, t) => s + t.ms, 0);
			notes.push(
				`pipeline ${size / 1000}k CPU profile, self time by file (top ${top.length}, ${fmt(total / 1000, 1)} s): ` +
					top.map((t) => `${t.file} ${fmt(t.ms / 1000, 2)} s`).join(', ')
			);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	return { rows, notes };
}
