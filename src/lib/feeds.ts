// What changed, as feed entries: export-control status changes, compute programs announced, and market-share
// figures published, newest first, each linking to the page it concerns. Pure: the routes pass rows and a scope.
import { firstDayOf } from './dates';
import { escapeXml } from './xml';

export interface FeedEntry {
	/** Stable across builds: the same event always has the same id. */
	id: string;
	title: string;
	/** YYYY-MM-DD: the day the change happened or the figure was published. */
	date: string;
	/** Site-relative link to the page the entry concerns. */
	path: string;
	summary: string;
	kind: 'status' | 'program' | 'share' | 'release';
}

interface MeasureLike {
	id: string;
	title: string;
	authority: string;
}
interface EventLike {
	measure_id: string;
	date: string;
	status: string;
	until: string | null;
	basis: 'reported' | 'scheduled';
	notes: string | null;
}
interface ProgramLike {
	id: string;
	country: string;
	program: string;
	announced: string;
	amount_local_m: number | null;
	currency: string | null;
	stage: string;
}
interface ShareLike {
	segment: string;
	metric: string;
	period: string;
	market: string;
	vendor: string;
	source_id: string;
}

export interface FeedNames {
	place: (code: string) => string;
	status: (status: string) => string;
	segment: (id: string) => string;
	source: (id: string) => { publisher: string; published: string | null } | undefined;
}

/** One entry per status change of the measures kept; a change that only follows from a schedule says so. */
export function statusEntries(
	measures: readonly MeasureLike[],
	events: readonly EventLike[],
	names: FeedNames,
	cutoff: string
): FeedEntry[] {
	const byId = new Map(measures.map((m) => [m.id, m]));
	return events.flatMap((e) => {
		const m = byId.get(e.measure_id);
		if (!m || e.date > cutoff) return [];
		const scheduled = e.basis === 'scheduled' ? ' (scheduled: no source confirms it)' : '';
		return [
			{
				id: `status/${e.measure_id}/${e.date}/${e.status}`,
				title: `${m.title}: ${names.status(e.status)}${scheduled}`,
				date: e.date,
				path: `/export-controls/${m.id}`,
				summary: `${names.place(m.authority)}: ${names.status(e.status).toLowerCase()} from ${e.date}${e.until ? ` until ${e.until}` : ''}${scheduled}.${e.notes ? ` ${e.notes}` : ''}`,
				kind: 'status' as const
			}
		];
	});
}

export function programEntries(programs: readonly ProgramLike[], names: FeedNames): FeedEntry[] {
	return programs.map((p) => ({
		id: `program/${p.id}`,
		title: `${names.place(p.country)}: ${p.program}`,
		// Announcement dates known only to the month or year are dated to its first day.
		date: firstDayOf(p.announced),
		path: `/sovereign-compute/${p.id}`,
		summary: `${p.amount_local_m === null ? 'No amount stated' : `${p.amount_local_m.toLocaleString('en-US')} million ${p.currency}`}; ${names.status(p.stage).toLowerCase()}.`,
		kind: 'program' as const
	}));
}

/** One entry per source's figures for a segment and period: a ranking published, dated by its source. */
export function shareEntries(shares: readonly ShareLike[], names: FeedNames): FeedEntry[] {
	const cells = new Map<string, { row: ShareLike; vendors: Set<string> }>();
	for (const r of shares) {
		const key = `${r.segment}/${r.metric}/${r.period}/${r.market}/${r.source_id}`;
		const cell = cells.get(key) ?? { row: r, vendors: new Set<string>() };
		cell.vendors.add(r.vendor);
		cells.set(key, cell);
	}
	return [...cells.entries()].flatMap(([key, { row, vendors }]) => {
		const source = names.source(row.source_id);
		const published = source?.published;
		if (!published) return [];
		const date = firstDayOf(published);
		return [
			{
				id: `share/${key}`,
				title: `${names.segment(row.segment)}, ${row.period}: ${row.metric} shares from ${source.publisher}`,
				date,
				path: `/market-share?segment=${row.segment}`,
				summary: `${vendors.size} vendor${vendors.size === 1 ? '' : 's'}, ${row.market === 'WLD' ? 'worldwide' : names.place(row.market)}.`,
				kind: 'share' as const
			}
		];
	});
}

interface ReleaseLike {
	released: string;
	cutoff: string;
	changes: readonly {
		dataset: string;
		added: readonly string[];
		changed: readonly string[];
		removed: readonly string[];
	}[];
}

/** How a feed reads a release: which rows concern it, what they are called, and where each dataset is seen. */
export interface ReleaseView {
	/** Whether a row (by dataset and primary key) concerns this feed. */
	keep: (dataset: string, key: string) => boolean;
	/** A row's readable name; null for a row the release removed (its name is gone with it). */
	name: (dataset: string, key: string) => string | null;
	/** The dataset's title, in the plural ("Export-control measures"). */
	title: (dataset: string) => string;
	/** The page of one row, where it has one (a measure, a program). */
	rowPage: (dataset: string, key: string) => string | null;
	/** The page where a dataset's rows are seen. */
	page: (dataset: string) => string;
}

const NAMED = 5;

/**
 * One entry per release and dataset: what the release added, revised and removed there (within the feed's
 * scope), naming the first rows, linking to the row's own page when it changed just one row. A release is dated
 * the day it was recorded, not the cut-off: it is news about the atlas, not about the world.
 */
export function releaseEntries(history: readonly ReleaseLike[], view: ReleaseView): FeedEntry[] {
	return history.flatMap((release) =>
		release.changes.flatMap((change) => {
			const kept = (keys: readonly string[]) => keys.filter((k) => view.keep(change.dataset, k));
			const added = kept(change.added);
			const changed = kept(change.changed);
			const removed = kept(change.removed);
			const all = [...added, ...changed, ...removed];
			if (all.length === 0) return [];
			const counts = [
				added.length > 0 ? `${added.length} added` : '',
				changed.length > 0 ? `${changed.length} revised` : '',
				removed.length > 0 ? `${removed.length} removed` : ''
			].filter(Boolean);
			const list = (label: string, keys: string[]) =>
				keys.length === 0
					? ''
					: ` ${label}: ${keys
							.slice(0, NAMED)
							.map((k) => view.name(change.dataset, k) ?? k)
							.join('; ')}${keys.length > NAMED ? ` and ${keys.length - NAMED} more` : ''}.`;
			const one = all.length === 1 && removed.length === 0 ? view.rowPage(change.dataset, all[0]!) : null;
			return [
				{
					id: `release/${release.released}/${change.dataset}`,
					title: `Data release ${release.released}: ${view.title(change.dataset)}, ${counts.join(', ')}`,
					date: release.released,
					path: one ?? view.page(change.dataset),
					summary:
						`Data up to ${release.cutoff}.${list('Added', added)}${list('Revised (values or sources)', changed)}${list('Removed', removed)}`.trim(),
					kind: 'release' as const
				}
			];
		})
	);
}

/** Newest first, ties in a stable order; at most `limit` entries. */
export function newestEntries(entries: readonly FeedEntry[], limit: number): FeedEntry[] {
	return [...entries]
		.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.slice(0, limit);
}

export interface Feed {
	title: string;
	/** Absolute URL of the feed itself. */
	self: string;
	/** Absolute URL of the page it follows. */
	page: string;
	origin: string;
	/** The feed's own date: its newest entry's, or the data's cut-off when it has none. */
	updated: string;
	entries: readonly FeedEntry[];
}

const stamp = (date: string) => `${date}T00:00:00Z`;

/** An Atom 1.0 document (RFC 4287). Ids are tag URIs, so they stay the same wherever the atlas is served. */
export function atomXml(feed: Feed): string {
	const entry = (e: FeedEntry) =>
		[
			'  <entry>',
			`    <id>tag:ai-compute-atlas,2026:${escapeXml(e.id)}</id>`,
			`    <title>${escapeXml(e.title)}</title>`,
			`    <updated>${stamp(e.date)}</updated>`,
			`    <link rel="alternate" type="text/html" href="${escapeXml(feed.origin + e.path)}"/>`,
			`    <category term="${e.kind}"/>`,
			`    <summary>${escapeXml(e.summary)}</summary>`,
			'  </entry>'
		].join('\n');
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${escapeXml(feed.self)}</id>`,
		`  <title>${escapeXml(feed.title)}</title>`,
		`  <updated>${stamp(feed.updated)}</updated>`,
		'  <author><name>AI Compute Atlas</name></author>',
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
		'  <rights>Data: CC BY 4.0, AI Compute Atlas; figures belong to the sources each entry links to.</rights>',
		...feed.entries.map(entry),
		'</feed>',
		''
	].join('\n');
}
