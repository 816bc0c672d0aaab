import { describe, expect, it } from 'vitest';
import { releaseKey, releaseKeyFields } from '../../src/lib/datasets/release';
import type { RegisteredDef } from '../../src/lib/registry';
import type { Published } from './derive';
import { buildManifest, diffManifests, formatDiff, releaseRecord } from './release-diff';

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

describe('releaseRecord', () => {
	it('keeps only the datasets a release changed, under the day it is recorded', () => {
		const diffs = [
			{ id: 'vendors' as const, added: ['asml'], removed: [], changed: [] },
			{ id: 'segments' as const, added: [], removed: [], changed: [] }
		];
		expect(releaseRecord(diffs, '2026-07-31', '2026-12-01')).toEqual({
			released: '2026-12-01',
			cutoff: '2026-07-31',
			changes: [{ dataset: 'vendors', added: ['asml'], changed: [], removed: [] }]
		});
		expect(() => releaseRecord(diffs, '2026-07-31', '1 Dec')).toThrow('--date must be YYYY-MM-DD');
	});
});

describe('release keys', () => {
	it('read back into the fields they were made of', () => {
		const key = releaseKey(['segment', 'period', 'vendor'], {
			segment: 'hbm',
			period: '2024-Q1',
			vendor: 'sk-hynix'
		});
		expect(key).toBe('hbm | 2024-Q1 | sk-hynix');
		expect(releaseKeyFields(['segment', 'period', 'vendor'], key)).toEqual({
			segment: 'hbm',
			period: '2024-Q1',
			vendor: 'sk-hynix'
		});
	});
});
