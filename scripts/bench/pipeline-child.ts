// Child process of the pipeline benchmark, so that each measurement has its own peak RSS.
// `papa DATA_DIR`: bare Papa.parse of DATA_DIR/market-share.csv. `pipeline DATA_DIR OUT_DIR`: the full
// pipeline (computeOutputs and the atomic write, through buildData). Prints one JSON line of figures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { buildData } from '../pipeline/build';
import { DataError, formatIssue } from '../pipeline/issues';

const [mode, dataDir, outDir] = process.argv.slice(2);
if (!dataDir || (mode !== 'papa' && mode !== 'pipeline') || (mode === 'pipeline' && !outDir)) {
	console.error('usage: pipeline-child.ts papa DATA_DIR | pipeline DATA_DIR OUT_DIR');
	process.exit(2);
}

let rows = 0;
const start = performance.now();
try {
	if (mode === 'papa') {
		const text = readFileSync(join(dataDir, 'market-share.csv'), 'utf8');
		rows = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true }).data.length - 1;
	} else rows = buildData({ dataDir, outDir: outDir! }).published.get('market-share')!.length;
} catch (error) {
	if (!(error instanceof DataError)) throw error;
	for (const issue of error.issues.slice(0, 5)) console.error(formatIssue(issue));
	console.error(`${error.issues.length} problem(s) in the synthetic data`);
	process.exit(1);
}
const ms = performance.now() - start;
// What the pipeline wrote (after the clock stopped): outputs are rendered chunk by chunk into the temp folder.
const outputs =
	mode === 'pipeline' ? readdirSync(outDir!).map((f) => ({ f, size: statSync(join(outDir!, f)).size })) : [];
const largest = outputs.sort((a, b) => b.size - a.size)[0];
console.log(
	JSON.stringify({
		ms,
		rows,
		maxRssKiB: process.resourceUsage().maxRSS,
		outBytes: outputs.reduce((sum, o) => sum + o.size, 0),
		largest: largest ? `${largest.f} ${(largest.size / 2 ** 20).toFixed(1)} MiB` : null
	})
);
