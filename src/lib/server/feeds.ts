// The atlas's feeds: everything, or what concerns one country or one vendor, built once per server from the
// bundled rows (they change only with a new build).
import {
	atomXml,
	newestEntries,
	programEntries,
	shareEntries,
	statusEntries,
	type FeedEntry,
	type FeedNames
} from '$lib/feeds';
import { label } from '$lib/labels';
import { dataset, rows } from './datasets';
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

function entriesFor(scope: FeedScope): FeedEntry[] {
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

/** The entries newest first, for pages that show what changed. */
export function recentChanges(scope: FeedScope, limit: number): FeedEntry[] {
	return newestEntries(entriesFor(scope), limit);
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
