import { describe, expect, it } from 'vitest';
import type { RegisteredDef } from '../../src/lib/registry';
import type { Published } from './derive';
import { buildManifest, diffManifests, formatDiff } from './release-diff';

const def = { id: 'vendors', primaryKey: ['slug'] } as unknown as RegisteredDef;
const published = (rows: Record<string, unknown>[]): Published => new Map([['vendors', rows]]);

describe('release diff', () => {
	const before = buildManifest(
		[def],
		published([
			{ slug: 'tsmc', name: 'TSMC' },
			{ slug: 'umc', name: 'UMC' }
		]),
		'2026-01-01'
	);
	const after = buildManifest(
		[def],
		published([
			{ slug: 'tsmc', name: 'TSMC Ltd' },
			{ slug: 'asml', name: 'ASML' }
		]),
		'2026-02-01'
	);

	it('finds added, removed and changed rows by primary key', () => {
		expect(diffManifests(before, after)).toEqual([
			{ id: 'vendors', added: ['asml'], removed: ['umc'], changed: ['tsmc'] }
		]);
	});
	it('prints a summary a reviewer can read', () => {
		const text = formatDiff(diffManifests(before, after), before.cutoff);
		expect(text).toContain('vendors: +1 added, -1 removed, ~1 changed');
		expect(text).toContain('~ tsmc');
		expect(formatDiff(diffManifests(after, after), after.cutoff)).toBe(
			'no row changes since the release of 2026-02-01'
		);
	});
});
