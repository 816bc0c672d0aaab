// CLI: `npm run data` validates data/*.csv and writes generated/data/, or prints every problem and writes nothing.
// It then prints the row changes since the last release; `--release` records these outputs as the new release.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DATASETS } from '../src/lib/registry';
import { buildData, HISTORY_FILE, readHistory } from './pipeline/build';
import { DataError, formatIssue } from './pipeline/issues';
import { stableJson } from './pipeline/output-file';
import {
	buildManifest,
	diffManifests,
	formatDiff,
	releaseRecord,
	type Manifest
} from './pipeline/release-diff';

const { values } = parseArgs({
	options: {
		data: { type: 'string', default: 'data' },
		out: { type: 'string', default: 'generated/data' },
		release: { type: 'boolean', default: false },
		// The day the release is recorded as published (default: today, UTC).
		date: { type: 'string' }
	}
});
const dataDir = resolve(values.data!);
const outDir = resolve(values.out!);

try {
	const result = buildData({ dataDir, outDir });
	for (const [id, rows] of result.published)
		console.log(`${id.padEnd(24)} ${String(rows.length).padStart(6)} rows`);
	console.log(`wrote ${result.files.size} files to ${values.out} (cut-off ${result.release.cutoff})`);
	const manifestPath = join(dataDir, 'release-manifest.json');
	const current = buildManifest(DATASETS, result.published, result.release.cutoff);
	const last = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : null;
	const diffs = last ? diffManifests(last, current) : [];
	if (last) console.log(formatDiff(diffs, last.cutoff));
	else console.log('no release manifest yet: run `npm run data -- --release` to record one');
	if (values.release) {
		const historyPath = join(dataDir, HISTORY_FILE);
		const history = readHistory(dataDir);
		const record = releaseRecord(
			diffs,
			result.release.cutoff,
			values.date ?? new Date().toISOString().slice(0, 10)
		);
		if (history.some((r) => r.released === record.released))
			throw new Error(`a release of ${record.released} is already recorded in ${historyPath}`);
		writeFileSync(historyPath, stableJson([record, ...history]));
		writeFileSync(manifestPath, stableJson(current));
		// The outputs carry the history, so they are written again with this release in it.
		buildData({ dataDir, outDir });
		console.log(
			`recorded the release of ${record.released} in ${historyPath} and ${manifestPath}; describe it in data/CHANGELOG.md`
		);
	}
} catch (error) {
	if (!(error instanceof DataError)) throw error;
	for (const issue of error.issues) console.error(formatIssue(issue));
	console.error(`\n${error.issues.length} problem(s); nothing was written.`);
	process.exit(1);
}
