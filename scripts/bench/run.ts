// `npm run bench` (issue 7): pipeline scale, page weight, server throughput, interaction and Lighthouse, each
// figure as a ratio against a baseline measured in the same run, printed as one table with targets.
// Options: --skip-build (reuse build/), --only 1,3 (sections), --sizes 100000,1000000, --pipeline-timeout
// 240 (seconds per pipeline run; past it, or past 8 GiB resident, a run is stopped and reported as a lower
// bound), --strict (exit 1 when a target is missed). Progress goes to stderr; the table and notes go to
// stdout and to bench-out/bench.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchInteraction } from './interaction';
import { benchLighthouse } from './lighthouse';
import { baselineRoute, benchPageWeight, buildBaseline, ROUTES, type Baseline } from './page-weight';
import { benchPipeline } from './pipeline';
import { benchThroughput } from './throughput';
import { fmt, formatTable, runChild, startNodeBuild, type NodeServer, type Row } from './util';

const { values } = parseArgs({
	options: {
		'skip-build': { type: 'boolean', default: false },
		only: { type: 'string', default: '1,2,3,4,5' },
		sizes: { type: 'string', default: '100000,1000000' },
		'pipeline-timeout': { type: 'string', default: '240' },
		strict: { type: 'boolean', default: false }
	}
});
const root = resolve('.');
const sections = new Set(values.only!.split(',').map((s) => s.trim()));
const sizes = values.sizes!.split(',').map(Number);
const FILTERED_PAGE = '/market-share?segment=hbm';

const started = performance.now();
const loadAtStart = loadavg()[0]!;
const elapsed = () => `${fmt((performance.now() - started) / 1000, 0).padStart(4)} s`;
const log = (line: string) => console.error(`[${elapsed()}] ${line}`);
const rows: Row[] = [];
const notes: string[] = [];

type Outcome = { rows: Row[]; notes: string[] };

/** Runs one section; an error becomes a failed row, so the other sections still report. */
async function section(id: string, name: string, run: () => Promise<Outcome>) {
	if (!sections.has(id)) return;
	try {
		const result = await run();
		rows.push(...result.rows);
		notes.push(...result.notes);
	} catch (error) {
		log(`${name} failed: ${(error as Error).stack ?? error}`);
		rows.push({
			section: `${id} ${name}`,
			figure: 'could not run',
			measured: `error: ${(error as Error).message.split('\n')[0]!.slice(0, 120)}`,
			baseline: '',
			ratio: null,
			target: '',
			pass: false
		});
	}
}

await section('1', 'Pipeline', () =>
	benchPipeline(root, sizes, Number(values['pipeline-timeout']) * 1000, log)
);

let built = true;
if (['2', '3', '4', '5'].some((s) => sections.has(s)) && !values['skip-build']) {
	log('npm run build');
	const build = await runChild('npm', ['run', 'build'], { cwd: root, timeoutMs: 300_000 });
	built = build.code === 0;
	if (!built) {
		console.error(build.stdout.slice(-2000), build.stderr.slice(-2000));
		rows.push({
			section: '2-5 Build',
			figure: 'npm run build',
			measured: `failed (exit ${build.code}); sections 2-5 not run`,
			baseline: '',
			ratio: null,
			target: '',
			pass: false
		});
	}
}
if (built && ['2', '3', '4', '5'].some((s) => sections.has(s))) {
	let baseline: Baseline | null = null;
	const baselineDir = mkdtempSync(join(tmpdir(), 'atlas-bench-baseline-'));
	if (sections.has('2') || sections.has('5')) {
		log('baseline app (minimal SvelteKit pages, vite build)');
		baseline = await buildBaseline(root, baselineDir);
	}
	// The app server. Should it stop mid-section (something outside the benchmark ended it), it is started
	// again and that section (or, for Lighthouse, that page) runs once more; the notes say so.
	let server: NodeServer | null = null;
	const stopped = () =>
		server !== null && (server.child.exitCode !== null || server.child.signalCode !== null);
	const appBase = async (): Promise<string> => {
		if (server && !stopped()) return server.url;
		if (server)
			notes.push(
				`node build stopped during the run (exit code ${server.child.exitCode}, signal ${server.child.signalCode}) ` +
					`at ${elapsed().trim()}; restarted, and the interrupted measurement was repeated`
			);
		server = await startNodeBuild(root);
		log(`node build at ${server.url}`);
		return server.url;
	};
	const withServer = (run: (base: string) => Promise<Outcome>) => async () => {
		const result = await run(await appBase());
		if (!stopped()) return result;
		return run(await appBase());
	};
	try {
		await section(
			'2',
			'Page weight',
			withServer((base) => benchPageWeight(base, baseline!))
		);
		await section(
			'4',
			'Interaction',
			withServer((base) => {
				log(`interaction: ${FILTERED_PAGE}`);
				return benchInteraction(base, FILTERED_PAGE);
			})
		);
		await section('5', 'Lighthouse', () =>
			benchLighthouse(
				ROUTES,
				{ base: appBase, running: () => !stopped() },
				`${baseline!.url}${baselineRoute('/market-share')}`,
				log
			)
		);
		await section(
			'3',
			'Server',
			withServer(async (base) => benchThroughput(root, base, FILTERED_PAGE, log))
		);
	} finally {
		await (server as NodeServer | null)?.stop();
		await (baseline as Baseline | null)?.stop();
		rmSync(baselineDir, { recursive: true, force: true });
	}
}

const order = (r: Row) => r.section.slice(0, 1);
rows.sort((a, b) => order(a).localeCompare(order(b)));
const table = formatTable(rows);
const missed = rows.filter((r) => r.pass === false).length;
const met = rows.filter((r) => r.pass === true).length;
const summary = `${met} targets met, ${missed} missed; run took ${fmt((performance.now() - started) / 1000, 0)} s`;
notes.push(
	`machine: ${cpus().length} cores; 1-minute load average ${fmt(loadAtStart, 2)} at start, ` +
		`${fmt(loadavg()[0]!, 2)} at end (other processes share these cores)`
);
const report = [table, '', summary, '', 'Notes:', ...notes.map((n) => `- ${n}`)].join('\n');
console.log(report);
mkdirSync(join(root, 'bench-out'), { recursive: true });
writeFileSync(join(root, 'bench-out', 'bench.md'), `${report}\n`);
if (values.strict && missed > 0) process.exitCode = 1;
