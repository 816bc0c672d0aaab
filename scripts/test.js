// `npm test`: every check in order, one line each. A step's own output is shown only when it fails; the run
// always ends with one summary of the unit and browser tests, and the names of any that failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const STEPS = [
	['lint', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
	['lint', 'npx', ['eslint', '.']],
	['types', 'npm', ['run', '--silent', 'check']],
	[
		'unit tests',
		'npx',
		['vitest', 'run', '--reporter=dot', '--reporter=json', '--outputFile.json=reports/unit.json']
	],
	['build', 'npm', ['run', '--silent', 'build']],
	['chromium', 'bash', ['scripts/ensure-chromium.sh']],
	['browser tests', 'npx', ['playwright', 'test', '--reporter=dot,json']]
];

rmSync('reports', { recursive: true, force: true });
let failed = null;
for (const [name, command, args] of STEPS) {
	const started = Date.now();
	const env = {
		...process.env,
		PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/e2e.json',
		FORCE_COLOR: '0',
		NO_COLOR: '1'
	};
	const result = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
	const seconds = ((Date.now() - started) / 1000).toFixed(0);
	if (result.status === 0) {
		console.log(`ok   ${name} (${seconds} s)`);
		continue;
	}
	console.log(`FAIL ${name} (${seconds} s)\n`);
	process.stdout.write(result.stdout ?? '');
	process.stderr.write(result.stderr ?? '');
	failed = name;
	break;
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');
const failures = [];
if (unit)
	for (const file of unit.testResults)
		for (const t of file.assertionResults) if (t.status === 'failed') failures.push(`unit: ${t.fullName}`);
if (e2e) {
	const visit = (suite, path) => {
		for (const spec of suite.specs ?? [])
			for (const t of spec.tests)
				if (t.status === 'unexpected' || t.status === 'flaky')
					failures.push(
						`browser: ${spec.file} › ${[...path, spec.title].join(' › ')}${t.status === 'flaky' ? ' (flaky)' : ''}`
					);
		for (const child of suite.suites ?? [])
			visit(child, suite.file === child.file && child.title !== child.file ? [...path, child.title] : path);
	};
	for (const suite of e2e.suites) visit(suite, []);
}
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0);
const skipped = (unit ? unit.numPendingTests + unit.numTodoTests : 0) + (e2e?.stats.skipped ?? 0);
console.log('');
console.log(
	`unit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'not run'}; browser: ${e2e ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.flaky} flaky` : 'not run'}`
);
for (const f of failures) console.log(`  failed: ${f}`);
console.log(
	`Tests: ${passed} passed, ${failures.length} failed, ${skipped} skipped${failed ? ` (stopped at: ${failed})` : ''}`
);
process.exit(failed || failures.length > 0 ? 1 : 0);
