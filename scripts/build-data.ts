// CLI: `npm run data` validates data/*.csv and writes generated/data/, or prints every problem and writes nothing.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from './pipeline/build';
import { DataError, formatIssue } from './pipeline/issues';

const { values } = parseArgs({
	options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: 'generated/data' } }
});

try {
	const result = buildData({ dataDir: resolve(values.data!), outDir: resolve(values.out!) });
	for (const [id, rows] of result.published)
		console.log(`${id.padEnd(24)} ${String(rows.length).padStart(6)} rows`);
	console.log(`wrote ${result.files.size} files to ${values.out} (cut-off ${result.release.cutoff})`);
} catch (error) {
	if (!(error instanceof DataError)) throw error;
	for (const issue of error.issues) console.error(formatIssue(issue));
	console.error(`\n${error.issues.length} problem(s); nothing was written.`);
	process.exit(1);
}
