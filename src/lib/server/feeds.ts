// The atlas's feeds: everything, or what concerns one country or one vendor, built once per server from the
// bundled rows (they change only with a new build).
import {
	atomXml,
	newestEntries,
	programEntries,
	releaseEntries,
	shareEntries,
	statusEntries,
	type FeedEntry,
	type FeedNames,
	type ReleaseView
} from '$lib/feeds';
import { label } from '$lib/labels';
import { DATASETS } from '$lib/registry';
import { dataset, releaseHistory, rows } from './datasets';
import { countryNames, segmentNames } from './names';

const LIMIT = 100;
const places = countryNames();
const segments = segmentNames();
const sources = new Map(rows('sources').map((s) => [s.id, s]));
const names: FeedNames = {
	place: (code) => places[code] ?? code,
	status: label,
	segment: (id) => segments[id] ?? id,
	source: (id) => sources.get(id)
};
const cutoff = dataset('export-controls').cutoff;
const measures = rows('export-controls');
const events = rows('export-control-events');
const targets = rows('export-control-targets');
const programs = rows('sovereign-compute');
const shares = rows('market-share');
const hq = new Map(rows('vendors').map((v) => [v.slug, v.hq_country]));

export type FeedScope =
	{ kind: 'all' } | { kind: 'country'; code: string } | { kind: 'vendor'; slug: string };

// Releases: rows are named by their key (the primary key's fields joined by " | ", as the manifest keys them).
const history = releaseHistory();
const titles = new Map(DATASETS.map((d) => [d.id as string, d.title]));
// Derived tables change whenever their inputs do: a release is told by the rows that were edited.
const edited = new Set(DATASETS.filter((d) => d.kind !== 'derived').map((d) => d.id as string));
const measureById = new Map(measures.map((m) => [m.id, m]));
const programById = new Map(programs.map((p) => [p.id, p]));
const chipBySlug = new Map(rows('chips').map((c) => [c.slug, c]));
const vendorName = new Map(rows('vendors').map((v) => [v.slug, v.name]));
const field = (key: string, i: number) => key.split(' | ')[i] ?? '';
const ROW_PAGES: Record<string, (key: string) => string | null> = {
	'export-controls': (k) => (measureById.has(k) ? `/export-controls/${k}` : null),
	'sovereign-compute': (k) => (programById.has(k) ? `/sovereign-compute/${k}` : null),
	chips: (k) => (chipBySlug.has(k) ? `/chips/${k}` : null),
	vendors: (k) => (vendorName.has(k) ? `/vendors/${k}` : null)
};
const DATASET_PAGES: Record<string, string> = {
	'export-controls': '/export-controls',
	'sovereign-compute': '/sovereign-compute',
	'market-share': '/market-share',
	chips: '/chips'
};
function rowName(id: string, key: string): string | null {
	if (id === 'export-controls') return measureById.get(key)?.title ?? null;
	if (id === 'sovereign-compute') {
		const p = programById.get(key);
		return p ? `${names.place(p.country)}: ${p.program}` : null;
	}
	if (id === 'chips') return chipBySlug.get(key)?.name ?? null;
	if (id === 'vendors') return vendorName.get(key) ?? null;
	if (id === 'market-share')
		return `${names.segment(field(key, 0))} ${field(key, 2)}, ${vendorName.get(field(key, 4)) ?? field(key, 4)}`;
	if (id === 'sources') return sources.get(key)?.title ?? null;
	return key;
}
/** Which release rows concern a scope: in a country's or a vendor's feed, only rows that can be tied to it. */
function keepFor(scope: FeedScope): ReleaseView['keep'] {
	if (scope.kind === 'all') return (id) => edited.has(id);
	if (scope.kind === 'country') {
		const targeted = new Set(targets.filter((t) => t.target === scope.code).map((t) => t.measure_id));
		return (id, key) => {
			if (id === 'export-controls') {
				const m = measureById.get(key);
				return m !== undefined && (m.authority === scope.code || targeted.has(m.id));
			}
			if (id === 'sovereign-compute') return programById.get(key)?.country === scope.code;
			if (id === 'market-share') return hq.get(field(key, 4)) === scope.code;
			return false;
		};
	}
	return (id, key) => {
		if (id === 'export-controls') return measureById.get(key)?.named_vendors.includes(scope.slug) ?? false;
		if (id === 'market-share') return field(key, 4) === scope.slug;
		if (id === 'chips') return chipBySlug.get(key)?.vendor === scope.slug;
		if (id === 'vendors') return key === scope.slug;
		return false;
	};
}
const releaseView = (scope: FeedScope): ReleaseView => ({
	keep: keepFor(scope),
	name: rowName,
	title: (id) => titles.get(id) ?? id,
	rowPage: (id, key) => ROW_PAGES[id]?.(key) ?? null,
	page: (id) => DATASET_PAGES[id] ?? `/data#${id}`
});

function entriesFor(scope: FeedScope): FeedEntry[] {
	return [...worldEntries(scope), ...releaseEntries(history, releaseView(scope))];
}

/** What happened in the world (status changes, programs, published shares), as opposed to the atlas's releases. */
function worldEntries(scope: FeedScope): FeedEntry[] {
	if (scope.kind === 'all')
		return [
			...statusEntries(measures, events, names, cutoff),
			...programEntries(programs, names),
			...shareEntries(shares, names)
		];
	if (scope.kind === 'country') {
		const targeted = new Set(targets.filter((t) => t.target === scope.code).map((t) => t.measure_id));
		return [
			...statusEntries(
				measures.filter((m) => m.authority === scope.code || targeted.has(m.id)),
				events,
				names,
				cutoff
			),
			...programEntries(
				programs.filter((p) => p.country === scope.code),
				names
			),
			...shareEntries(
				shares.filter((s) => hq.get(s.vendor) === scope.code),
				names
			)
		];
	}
	return [
		...statusEntries(
			measures.filter((m) => m.named_vendors.includes(scope.slug)),
			events,
			names,
			cutoff
		),
		...shareEntries(
			shares.filter((s) => s.vendor === scope.slug),
			names
		)
	];
}

/**
 * What happened in the world, newest first, for pages that show what changed. The atlas's own releases are in
 * the feeds and on /data: dated the day they were recorded, they would push every event off a short list.
 */
export function recentChanges(scope: FeedScope, limit: number): FeedEntry[] {
	return newestEntries(worldEntries(scope), limit);
}

/** The Atom document of a scope, with absolute links on the origin the reader used. */
export function feedDocument(
	scope: FeedScope,
	title: string,
	origin: string,
	selfPath: string,
	pagePath: string
) {
	const entries = newestEntries(entriesFor(scope), LIMIT);
	return atomXml({
		title,
		self: origin + selfPath,
		page: origin + pagePath,
		origin,
		updated: entries[0]?.date ?? cutoff,
		entries
	});
}
