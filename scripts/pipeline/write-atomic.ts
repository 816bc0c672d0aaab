// Replaces an output folder all at once: a failed or interrupted run leaves the previous outputs untouched.
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readdirSync,
	renameSync,
	rmSync,
	writeSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputFile, OutputFiles } from './output-file';

/** Chunks are encoded into one buffer of this size and written when it is full: few system calls, no
 * whole-file string, and no joined string per batch. */
const BATCH_BYTES = 1 << 20;
/** A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4). */
const MAX_BYTES_PER_UNIT = 3;

/** writeSync may write less than asked (a full disk, a signal); the rest is written until none is left. */
function writeAll(fd: number, bytes: Uint8Array): void {
	for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
}

/** Writes one file chunk by chunk, so no whole-file string or buffer is ever held. */
function writeChunks(path: string, file: OutputFile, buffer: Buffer): void {
	const fd = openSync(path, 'w');
	try {
		let used = 0;
		for (const chunk of file()) {
			// Buffer.write stops short when space runs out, so a chunk goes in only if it surely fits.
			if (chunk.length * MAX_BYTES_PER_UNIT > buffer.length - used) {
				writeAll(fd, buffer.subarray(0, used));
				used = 0;
			}
			if (chunk.length * MAX_BYTES_PER_UNIT > buffer.length) writeAll(fd, Buffer.from(chunk, 'utf8'));
			else used += buffer.write(chunk, used, 'utf8');
		}
		writeAll(fd, buffer.subarray(0, used));
	} finally {
		closeSync(fd);
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Temp and old folders left by runs that were killed before they could clean up (their process is gone). */
function removeLeftovers(parent: string, name: string): void {
	const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)$`);
	for (const entry of readdirSync(parent)) {
		const pid = pattern.exec(entry)?.[1];
		if (pid && Number(pid) !== process.pid && !isRunning(Number(pid)))
			rmSync(join(parent, entry), { recursive: true, force: true });
	}
}

export function writeFolderAtomically(outDir: string, files: OutputFiles): void {
	const parent = dirname(outDir);
	mkdirSync(parent, { recursive: true });
	removeLeftovers(parent, basename(outDir));
	const tmp = join(parent, `.${basename(outDir)}.tmp-${process.pid}`);
	const old = join(parent, `.${basename(outDir)}.old-${process.pid}`);
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp);
	const buffer = Buffer.allocUnsafe(BATCH_BYTES);
	try {
		// Each file is rendered while it is written, so a rendering error also lands here and leaves nothing.
		for (const [name, file] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
			mkdirSync(dirname(join(tmp, name)), { recursive: true });
			writeChunks(join(tmp, name), file, buffer);
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
