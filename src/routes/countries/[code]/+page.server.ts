import { error, redirect } from '@sveltejs/kit';
import { label } from '$lib/labels';
import { CATEGORIES } from '$lib/datasets/export-controls/schema';
import { inGroupOn } from '$lib/country-groups';
import { dataset, rows } from '$lib/server/datasets';
import { recentChanges } from '$lib/server/feeds';
import { sourceLabels } from '$lib/server/names';
import { newestFirst, treatmentsOn } from '$lib/views/export-controls';
import { combinedShareSeries, treatmentHistory } from '$lib/views/profiles';

/** Group membership, indexed once: every category's treatment reads it. */
const inGroup = inGroupOn(rows('country-groups'));

export function load({ params }) {
	const upper = params.code.toUpperCase();
	if (params.code !== upper) redirect(301, `/countries/${encodeURIComponent(upper)}`);
	const profile = rows('country-profiles').find((p) => p.code === upper);
	if (!profile) error(404, `No country or bloc with the code "${params.code.slice(0, 12)}" in the atlas`);
	const countries = rows('countries');
	const names = Object.fromEntries(countries.map((c) => [c.code, c.name]));
	const place = countries.find((c) => c.code === upper)!;
	const profiled = new Set(rows('country-profiles').map((p) => p.code));
	// A bloc's page gathers its members' rows as well.
	const members = place.members.filter((m) => profiled.has(m));
	const scope = new Set([upper, ...members]);
	const cutoff = dataset('export-controls').cutoff;

	const vendors = rows('vendors').filter((v) => scope.has(v.hq_country));
	const vendorSet = new Set(vendors.map((v) => v.slug));
	const published = new Map(rows('sources').map((s) => [s.id, s.published ?? '']));
	const shares = combinedShareSeries(rows('market-share'), vendorSet, (id) => published.get(id) ?? '');
	// The explorer link opens the segments where its vendors have figures, not the explorer's default segment.
	const ownRows = rows('market-share').filter((r) => vendorSet.has(r.vendor));
	const shareLink =
		ownRows.length === 0
			? null
			: `/market-share?segment=${[...new Set(ownRows.map((r) => r.segment))].sort().join(',')}&vendor=${[
					...new Set(ownRows.map((r) => r.vendor))
				]
					.sort()
					.join(',')}`;

	const measures = rows('export-controls');
	const targets = rows('export-control-targets');
	const events = rows('export-control-events');
	const issued = measures.filter((m) => scope.has(m.authority)).sort(newestFirst);
	const targetedIds = new Set(targets.filter((t) => scope.has(t.target)).map((t) => t.measure_id));
	const targeting = measures.filter((m) => targetedIds.has(m.id)).sort(newestFirst);
	const current = CATEGORIES.map((category) => {
		const [t] = treatmentsOn(
			cutoff,
			measures.filter((m) => m.category === category),
			targets,
			events,
			[upper],
			inGroup
		);
		if (!t) return null;
		return {
			category,
			treatment: t.treatment,
			worldwide: t.worldwide,
			measures: t.measures,
			// Listing some firms is not a treatment of the country: said apart, as a count.
			listings: t.entityListings.map((id) => measures.find((m) => m.id === id)!.title)
		};
	}).filter((x) => x !== null);
	const history = treatmentHistory(scope, measures, targets, events, cutoff);

	const programs = rows('sovereign-compute')
		.filter((p) => scope.has(p.country))
		.sort((a, b) => (b.amount_usd_m ?? -1) - (a.amount_usd_m ?? -1));
	// The EAR country groups the place is in on the cut-off, as the dated membership rows say.
	const groups = rows('country-groups')
		.filter((g) => g.country === place.code && g.from <= cutoff && (g.until === null || cutoff <= g.until))
		.map((g) => ({ ...g, name: names[g.group] ?? g.group }));
	const labels = sourceLabels();
	const usedSources = new Set([
		...shares.flatMap((s) => s.points.map((p) => p.source_id)),
		...programs.flatMap((p) => p.source_ids),
		...groups.flatMap((g) => g.source_ids)
	]);
	return {
		profile,
		place,
		members: members.map((m) => ({ code: m, name: names[m] ?? m })),
		vendors: vendors.map((v) => ({ slug: v.slug, name: v.name, role: label(v.role), hq: v.hq_country })),
		shares,
		shareLink,
		issued,
		targeting,
		current: current.map((c) => ({
			...c,
			titles: c.measures.map((id) => measures.find((m) => m.id === id)!.title)
		})),
		history,
		groups,
		recent: recentChanges({ kind: 'country', code: place.code }, 8),
		programs,
		cutoff,
		names,
		segmentNames: Object.fromEntries(rows('segments').map((s) => [s.id, s.name])),
		sources: Object.fromEntries([...usedSources].map((id) => [id, labels[id]!]))
	};
}
