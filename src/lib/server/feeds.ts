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
import { releaseKeyFields } from '$lib/datasets/release';
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
const chips = rows('chips');
const hq = new Map(rows('vendors').map((v) => [v.slug, v.hq_country]));

export type FeedScope =
	{ kind: 'all' } | { kind: 'country'; code: string } | { kind: 'vendor'; slug: string };

/** What a scope's feed concerns: measures, programs and vendors' figures tied to its country or vendor. */
interface Concerns {
	measure: (m: (typeof measures)[number]) => boolean;
	program: (p: (typeof programs)[number]) => boolean;
	/** A market-share figure, by its vendor. */
	vendor: (slug: string) => boolean;
	chip: (c: (typeof chips)[number]) => boolean;
}

function concerns(scope: FeedScope): Concerns {
	if (scope.kind === 'all')
		return { measure: () => true, program: () => true, vendor: () => true, chip: () => true };
	if (scope.kind === 'country') {
		const targeted = new Set(targets.filter((t) => t.target === scope.code).map((t) => t.measure_id));
		return {
			measure: (m) => m.authority === scope.code || targeted.has(m.id),
			program: (p) => p.country === scope.code,
			vendor: (slug) => hq.get(slug) === scope.code,
			chip: () => false
		};
	}
	return {
		measure: (m) => m.named_vendors.includes(scope.slug),
		program: () => false,
		vendor: (slug) => slug === scope.slug,
		chip: (c) => c.vendor === scope.slug
	};
}

// Releases name their rows by key (the primary key's values, as the release manifest joins them).
const history = releaseHistory();
const titles = new Map(DATASETS.map((d) => [d.id as string, d.title]));
// Derived tables change whenever their inputs do: a release is told by the rows that were edited.
const edited = new Set(DATASETS.filter((d) => d.kind !== 'derived').map((d) => d.id as string));
const measureById = new Map(measures.map((m) => [m.id, m]));
const programById = new Map(programs.map((p) => [p.id, p]));
const chipBySlug = new Map(chips.map((c) => [c.slug, c]));
const vendorName = new Map(rows('vendors').map((v) => [v.slug, v.name]));
const sharePrimaryKey = DATASETS.find((d) => d.id === 'market-share')!.primaryKey;
const shareKey = (key: string) => releaseKeyFields(sharePrimaryKey, key);
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
	if (id === 'market-share') {
		const f = shareKey(key);
		return `${names.segment(f.segment!)} ${f.period}, ${vendorName.get(f.vendor!) ?? f.vendor}`;
	}
	if (id === 'sources') return sources.get(key)?.title ?? null;
	return key;
}
/**
 * Which release rows concern a scope. The whole feed has every edited table; a country's or a vendor's only
 * the rows that can be tied to it (a removed measure or program no longer can).
 */
function keepFor(scope: FeedScope): ReleaseView['keep'] {
	if (scope.kind === 'all') return (id) => edited.has(id);
	const c = concerns(scope);
	return (id, key) => {
		if (id === 'export-controls') {
			const m = measureById.get(key);
			return m !== undefined && c.measure(m);
		}
		if (id === 'sovereign-compute') {
			const p = programById.get(key);
			return p !== undefined && c.program(p);
		}
		if (id === 'market-share') return c.vendor(shareKey(key).vendor!);
		if (id === 'chips') {
			const chip = chipBySlug.get(key);
			return chip !== undefined && c.chip(chip);
		}
		if (id === 'vendors') return scope.kind === 'vendor' && key === scope.slug;
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
	const c = concerns(scope);
	return [
		...statusEntries(measures.filter(c.measure), events, names, cutoff),
		...programEntries(programs.filter(c.program), names),
		...shareEntries(
			shares.filter((s) => c.vendor(s.vendor)),
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
