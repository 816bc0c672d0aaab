import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutputFile, OutputFiles } from './output-file';
import { writeFolderAtomically } from './write-atomic';

const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace() {
	const parent = mkdtempSync(join(tmpdir(), 'atlas-write-'));
	made.push(parent);
	return { parent, out: join(parent, 'data') };
}

const listing = (dir: string) =>
	Object.fromEntries(
		readdirSync(dir)
			.sort()
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')])
	);

describe('writeFolderAtomically', () => {
	it('writes every file from its chunks, across batch boundaries and multi-byte characters', () => {
		const { out } = workspace();
		const line = 'é€😀,'.repeat(1000);
		const files: OutputFiles = new Map([
			['big.csv', () => Array.from({ length: 600 }, () => line)],
			['empty.json', () => []],
			// Too long for the batch buffer: written on its own, between buffered chunks.
			['huge.txt', () => ['a', 'é'.repeat(400_000), 'b']],
			['small.json', () => ['{', '}\n']]
		]);
		writeFolderAtomically(out, files);
		expect(listing(out)).toEqual({
			'big.csv': line.repeat(600),
			'empty.json': '',
			'huge.txt': `a${'é'.repeat(400_000)}b`,
			'small.json': '{}\n'
		});
	});

	it('leaves the previous folder untouched and no temp folder when a file fails half-way', () => {
		const { parent, out } = workspace();
		mkdirSync(out);
		writeFileSync(join(out, 'keep.csv'), 'old');
		const failing: OutputFiles = new Map<string, OutputFile>([
			['a.csv', () => ['new']],
			[
				'b.json',
				function* () {
					yield 'x'.repeat(2 << 20);
					throw new Error('render failed');
				}
			]
		]);
		expect(() => writeFolderAtomically(out, failing)).toThrow('render failed');
		expect(listing(out)).toEqual({ 'keep.csv': 'old' });
		expect(readdirSync(parent)).toEqual(['data']);
	});

	it('creates no folder at all when the first build fails', () => {
		const { parent, out } = workspace();
		const failing: OutputFiles = new Map<string, OutputFile>([
			[
				'a.csv',
				() => {
					throw new Error('no rows');
				}
			]
		]);
		expect(() => writeFolderAtomically(out, failing)).toThrow('no rows');
		expect(readdirSync(parent)).toEqual([]);
	});

	it('replaces the previous folder as a whole', () => {
		const { parent, out } = workspace();
		writeFolderAtomically(out, new Map([['old.csv', () => ['1']]]));
		writeFolderAtomically(out, new Map([['new.csv', () => ['2']]]));
		expect(listing(out)).toEqual({ 'new.csv': '2' });
		expect(readdirSync(parent)).toEqual(['data']);
	});
	it('removes temp folders left by killed runs, but not those of a run still going', () => {
		const { parent, out } = workspace();
		const gone = spawnSync(process.execPath, ['-e', '']).pid!;
		for (const leftover of [`.data.tmp-${gone}`, `.data.old-${gone}`, `.data.tmp-${process.ppid}`])
			mkdirSync(join(parent, leftover));
		writeFolderAtomically(out, new Map([['a.txt', () => ['a']]]));
		expect(readdirSync(parent).sort()).toEqual([`.data.tmp-${process.ppid}`, 'data']);
	});
});
