// Replaces an output folder all at once: a failed or interrupted run leaves the previous outputs untouched.
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export function writeFolderAtomically(outDir: string, files: Map<string, string>): void {
	const parent = dirname(outDir);
	mkdirSync(parent, { recursive: true });
	const tmp = join(parent, `.${basename(outDir)}.tmp-${process.pid}`);
	const old = join(parent, `.${basename(outDir)}.old-${process.pid}`);
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp);
	try {
		for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
			mkdirSync(dirname(join(tmp, name)), { recursive: true });
			writeFileSync(join(tmp, name), content);
		}
	} catch (error) {
		rmSync(tmp, { recursive: true, force: true });
		throw error;
	}
	const hadPrevious = existsSync(outDir);
	if (hadPrevious) renameSync(outDir, old);
	renameSync(tmp, outDir);
	if (hadPrevious) rmSync(old, { recursive: true, force: true });
}
