// Builds throwaway data folders from the valid fixture with some files replaced, for pipeline tests.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Folders made by this test file, removed when it ends (a failed test's folder too). */
const made: string[] = [];
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder holding data/ (the valid fixture overlaid with `overlay`'s files) and room for outputs. */
export function fixtureWorkspace(overlay?: string): { root: string; dataDir: string; outDir: string } {
	const root = mkdtempSync(join(tmpdir(), 'atlas-'));
	made.push(root);
	const dataDir = join(root, 'data');
	cpSync(join(FIXTURES, 'valid'), dataDir, { recursive: true });
	if (overlay)
		for (const name of readdirSync(overlay))
			if (name !== 'expected.txt') cpSync(join(overlay, name), join(dataDir, name));
	return { root, dataDir, outDir: join(root, 'generated', 'data') };
}

export function brokenCases(): string[] {
	return readdirSync(join(FIXTURES, 'broken')).sort();
}
