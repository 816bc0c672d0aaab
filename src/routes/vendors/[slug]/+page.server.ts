import { error } from '@sveltejs/kit';
import { latestShareView, viewRows } from '$lib/charts/market-share';
import { label } from '$lib/labels';
import { rows } from '$lib/server/datasets';
import { recentChanges } from '$lib/server/feeds';
import { countryNames, sourceLabels } from '$lib/server/names';
import { newestFirst } from '$lib/views/export-controls';
import { combinedShareSeries, rankIn } from '$lib/views/profiles';

export function load({ params }) {
	const vendor = rows('vendors').find((v) => v.slug === params.slug);
	if (!vendor) error(404, `No vendor with the id "${params.slug.slice(0, 40)}" in the atlas`);
	const all = rows('market-share');
	const own = all.filter((r) => r.vendor === vendor.slug);
	const published = new Map(rows('sources').map((s) => [s.id, s.published ?? '']));
	const series = combinedShareSeries(all, new Set([vendor.slug]), (id) => published.get(id) ?? '');
	const segmentNames = Object.fromEntries(rows('segments').map((s) => [s.id, s.name]));
	const ranks = [...new Set(own.map((r) => r.segment))].sort().flatMap((segment) => {
		const view = latestShareView(
			all.filter((r) => r.market === 'WLD'),
			segment,
			(id) => published.get(id) ?? ''
		);
		if (!view) return [];
		const inView = viewRows(all, view);
		const mine = inView.find((r) => r.vendor === vendor.slug);
		return [
			{
				segment,
				name: segmentNames[segment] ?? segment,
				period: view.period,
				metric: view.metric,
				source_id: view.source_id,
				rank: rankIn(inView, vendor.slug),
				of: inView.filter((r) => r.vendor !== 'others').length,
				share: mine?.share_pct ?? null
			}
		];
	});
	const measures = rows('export-controls')
		.filter((m) => m.named_vendors.includes(vendor.slug))
		.sort(newestFirst);
	const chips = rows('chips')
		.filter((c) => c.vendor === vendor.slug)
		.map((c) => ({ slug: c.slug, name: c.name, released: c.released }))
		.sort((a, b) => (a.released ?? '').localeCompare(b.released ?? '') || a.name.localeCompare(b.name));
	const labels = sourceLabels();
	const used = new Set([...own.map((r) => r.source_id), ...measures.flatMap((m) => m.source_ids)]);
	return {
		vendor: { ...vendor, roleLabel: label(vendor.role) },
		recent: recentChanges({ kind: 'vendor', slug: vendor.slug }, 8),
		series,
		ranks,
		observations: own.length,
		// The explorer link opens the segments where the vendor has figures, not the explorer's default segment.
		shareLink:
			own.length === 0
				? null
				: `/market-share?segment=${[...new Set(own.map((r) => r.segment))].sort().join(',')}&vendor=${vendor.slug}`,
		measures,
		chips,
		countryNames: countryNames(),
		segmentNames,
		sources: Object.fromEntries([...used].map((id) => [id, labels[id]!]))
	};
}
