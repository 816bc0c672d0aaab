// CLI: `npm run data` validates data/*.csv and writes generated/data/, or prints every problem and writes nothing.
// It then prints the row changes since the last release; `--release` records these outputs as the new release.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DATASETS } from '../src/lib/registry';
import { buildData } from './pipeline/build';
import { DataError, formatIssue } from './pipeline/issues';
import { stableJson } from './pipeline/output-file';
import { buildManifest, diffManifests, formatDiff, type Manifest } from './pipeline/release-diff';

const { values } = parseArgs({
	options: {
		data: { type: 'string', default: 'data' },
		out: { type: 'string', default: 'generated/data' },
		release: { type: 'boolean', default: false }
	}
});
const dataDir = resolve(values.data!);

try {
	const result = buildData({ dataDir, outDir: resolve(values.out!) });
	for (const [id, rows] of result.published)
		console.log(`${id.padEnd(24)} ${String(rows.length).padStart(6)} rows`);
	console.log(`wrote ${result.files.size} files to ${values.out} (cut-off ${result.release.cutoff})`);
	const manifestPath = join(dataDir, 'release-manifest.json');
	const current = buildManifest(DATASETS, result.published, result.release.cutoff);
	if (existsSync(manifestPath)) {
		const last = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
		console.log(formatDiff(diffManifests(last, current), last.cutoff));
	} else console.log('no release manifest yet: run `npm run data -- --release` to record one');
	if (values.release) {
		writeFileSync(manifestPath, stableJson(current));
		console.log(`recorded this release in ${manifestPath}; describe it in data/CHANGELOG.md`);
	}
} catch (error) {
	if (!(error instanceof DataError)) throw error;
	for (const issue of error.issues) console.error(formatIssue(issue));
	console.error(`\n${error.issues.length} problem(s); nothing was written.`);
	process.exit(1);
}
