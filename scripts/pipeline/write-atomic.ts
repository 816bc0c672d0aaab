// Replaces an output folder all at once: a failed or interrupted run leaves the previous outputs untouched.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputFile, OutputFiles } from './output-file';

/** Chunks are gathered up to about this many characters per write: few system calls, little memory. */
const BATCH_CHARS = 1 << 20;

/** writeSync may write less than asked (a full disk, a signal); the rest is written until none is left. */
function writeAll(fd: number, text: string): void {
	const bytes = Buffer.from(text, 'utf8');
	for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
}

/** Writes one file chunk by chunk, so no whole-file string or buffer is ever held. */
function writeChunks(path: string, file: OutputFile): void {
	const fd = openSync(path, 'w');
	try {
		let parts: string[] = [];
		let size = 0;
		for (const chunk of file()) {
			parts.push(chunk);
			size += chunk.length;
			if (size < BATCH_CHARS) continue;
			writeAll(fd, parts.join(''));
			parts = [];
			size = 0;
		}
		if (parts.length > 0) writeAll(fd, parts.join(''));
	} finally {
		closeSync(fd);
	}
}

export function writeFolderAtomically(outDir: string, files: OutputFiles): void {
	const parent = dirname(outDir);
	mkdirSync(parent, { recursive: true });
	const tmp = join(parent, `.${basename(outDir)}.tmp-${process.pid}`);
	const old = join(parent, `.${basename(outDir)}.old-${process.pid}`);
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp);
	try {
		// Each file is rendered while it is written, so a rendering error also lands here and leaves nothing.
		for (const [name, file] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
			mkdirSync(dirname(join(tmp, name)), { recursive: true });
			writeChunks(join(tmp, name), file);
		}
	} catch (error) {
		rmSync(tmp, { recursive: true, force: true });
		throw error;
	}
	const hadPrevious = existsSync(outDir);
	if (hadPrevious) renameSync(outDir, old);
	try {
		renameSync(tmp, outDir);
	} catch (error) {
		// Put the previous outputs back rather than leave no folder at all.
		if (hadPrevious) renameSync(old, outDir);
		rmSync(tmp, { recursive: true, force: true });
		throw error;
	}
	if (hadPrevious) rmSync(old, { recursive: true, force: true });
}
