import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import {
	atomXml,
	newestEntries,
	programEntries,
	releaseEntries,
	shareEntries,
	statusEntries,
	type FeedNames
} from './feeds';

const names: FeedNames = {
	place: (c) => ({ CHN: 'China', USA: 'United States' })[c] ?? c,
	status: (s) => s.replace(/-/g, ' ').replace(/^./, (x) => x.toUpperCase()),
	segment: (id) => id.toUpperCase(),
	source: (id) => (id === 'tf' ? { publisher: 'TrendForce', published: '2025-12' } : undefined)
};
const event = (date: string, status: string, basis: 'reported' | 'scheduled' = 'reported') => ({
	measure_id: 'm',
	date,
	status,
	until: null,
	basis,
	notes: null
});

describe('feed entries', () => {
	it('gives each status change an entry, says when it only follows from a schedule, and stops at the cut-off', () => {
		const entries = statusEntries(
			[{ id: 'm', title: 'Gallium & germanium <controls>', authority: 'CHN' }],
			[
				event('2023-08-01', 'in-force'),
				event('2026-11-10', 'in-force', 'scheduled'),
				event('2027-01-01', 'expired')
			],
			names,
			'2026-12-31'
		);
		expect(entries.map((e) => e.title)).toEqual([
			'Gallium & germanium <controls>: In force',
			'Gallium & germanium <controls>: In force (scheduled: no source confirms it)'
		]);
		expect(entries[0]).toMatchObject({ path: '/export-controls/m', id: 'status/m/2023-08-01/in-force' });
	});
	it('dates a program or a share cell to the first day of a month or year known only that far', () => {
		const [p] = programEntries(
			[
				{
					id: 'p',
					country: 'USA',
					program: 'X',
					announced: '2025-03',
					amount_local_m: 1200,
					currency: 'USD',
					stage: 'committed'
				}
			],
			names
		);
		expect(p).toMatchObject({ date: '2025-03-01', summary: '1,200 million USD; committed.' });
		const cells = shareEntries(
			[
				{
					segment: 'foundry',
					metric: 'revenue',
					period: '2025-Q3',
					market: 'WLD',
					vendor: 'tsmc',
					source_id: 'tf'
				},
				{
					segment: 'foundry',
					metric: 'revenue',
					period: '2025-Q3',
					market: 'WLD',
					vendor: 'smic',
					source_id: 'tf'
				},
				{
					segment: 'foundry',
					metric: 'revenue',
					period: '2025-Q3',
					market: 'WLD',
					vendor: 'umc',
					source_id: 'undated'
				}
			],
			names
		);
		// One entry per source's cell; a source with no publication date has no place in a dated feed.
		expect(cells).toHaveLength(1);
		expect(cells[0]).toMatchObject({ date: '2025-12-01', summary: '2 vendors, worldwide.' });
	});
	it('orders newest first with a stable order for ties', () => {
		const e = (id: string, date: string) => ({
			id,
			date,
			title: id,
			path: '/',
			summary: '',
			kind: 'status' as const
		});
		expect(
			newestEntries([e('b', '2025-01-01'), e('c', '2026-01-01'), e('a', '2025-01-01')], 2).map((x) => x.id)
		).toEqual(['c', 'a']);
	});
});

describe('atomXml', () => {
	it('writes a well-formed Atom document with escaped text and absolute links', () => {
		const entries = statusEntries(
			[{ id: 'm', title: 'Rules & "limits" <b>', authority: 'USA' }],
			[event('2024-01-01', 'in-force')],
			names,
			'2026-12-31'
		);
		const xml = atomXml({
			title: 'Atlas',
			self: 'https://atlas.example/feed.atom',
			page: 'https://atlas.example/',
			origin: 'https://atlas.example',
			updated: '2024-01-01',
			entries
		});
		const errors: string[] = [];
		const doc = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(
			xml,
			'application/xml'
		);
		expect(errors).toEqual([]);
		const root = doc.documentElement!;
		expect(root.namespaceURI).toBe('http://www.w3.org/2005/Atom');
		const entry = root.getElementsByTagName('entry')[0]!;
		expect(entry.getElementsByTagName('title')[0]!.textContent).toBe('Rules & "limits" <b>: In force');
		expect(entry.getElementsByTagName('link')[0]!.getAttribute('href')).toBe(
			'https://atlas.example/export-controls/m'
		);
		expect(entry.getElementsByTagName('updated')[0]!.textContent).toBe('2024-01-01T00:00:00Z');
	});
});

describe('escapeXml', () => {
	it('escapes markup and drops the control characters XML 1.0 forbids', async () => {
		const { escapeXml } = await import('./xml');
		expect(escapeXml('a\u0000b\u0007c\td & <e> "f" \'g\'')).toBe(
			'abc\td &amp; &lt;e&gt; &quot;f&quot; &apos;g&apos;'
		);
	});
});

describe('releaseEntries', () => {
	const history = [
		{
			released: '2026-12-01',
			cutoff: '2026-07-31',
			changes: [
				{
					dataset: 'export-controls',
					added: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
					changed: ['h'],
					removed: ['old']
				},
				{ dataset: 'sovereign-compute', added: ['p1'], changed: [], removed: [] }
			]
		},
		{
			released: '2026-06-01',
			cutoff: '2026-05-31',
			changes: [{ dataset: 'vendors', added: [], changed: ['tsmc'], removed: [] }]
		}
	];
	const view = {
		keep: (dataset: string, key: string) => dataset !== 'vendors' && key !== 'g',
		name: (_: string, key: string) => (key === 'old' ? null : `Row ${key.toUpperCase()}`),
		title: (dataset: string) =>
			({ 'export-controls': 'Export-control measures', 'sovereign-compute': 'Programs' })[dataset] ?? dataset,
		rowPage: (dataset: string, key: string) =>
			dataset === 'sovereign-compute' ? `/sovereign-compute/${key}` : null,
		page: (dataset: string) => `/data#${dataset}`
	};
	const entries = releaseEntries(history, view);
	it('gives each release one entry per dataset it changed in the feed’s scope, dated the day it was recorded', () => {
		expect(entries.map((e) => [e.id, e.date, e.kind])).toEqual([
			['release/2026-12-01/export-controls', '2026-12-01', 'release'],
			['release/2026-12-01/sovereign-compute', '2026-12-01', 'release']
		]);
	});
	it('counts and names the rows kept (the first five, then how many more), and keys where no name is left', () => {
		const measures = entries[0]!;
		expect(measures.title).toBe(
			'Data release 2026-12-01: Export-control measures, 6 added, 1 revised, 1 removed'
		);
		expect(measures.summary).toBe(
			'Data up to 2026-07-31. Added: Row A; Row B; Row C; Row D; Row E and 1 more. Revised (values or sources): Row H. Removed: old.'
		);
		expect(measures.path).toBe('/data#export-controls');
	});
	it('links a release that changed one row to that row’s page', () => {
		expect(entries[1]!.path).toBe('/sovereign-compute/p1');
	});
});
