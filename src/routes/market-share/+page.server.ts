import { latestShareView } from '$lib/charts/market-share';
import { rows } from '$lib/server/datasets';
import { segmentNames, sourceLabels, vendorNames } from '$lib/server/names';

/** The layer most readers come for. */
const DEFAULT_SEGMENT = 'ai-accelerators';

export function load({ url }) {
	const all = rows('market-share');
	const segments = rows('segments').filter((s) => all.some((r) => r.segment === s.id));
	const asked = url.searchParams.get('segment');
	const segment =
		segments.find((s) => s.id === asked)?.id ??
		(segments.find((s) => s.id === DEFAULT_SEGMENT) ?? segments[0])?.id ??
		'';
	const segmentRows = all.filter((r) => r.segment === segment);
	const view = latestShareView(segmentRows, segment);
	const sources = sourceLabels();
	return {
		segments: segments.map((s) => ({ id: s.id, name: s.name, description: s.description })),
		segment,
		ignored: asked !== null && asked !== segment ? [asked] : [],
		rows: segmentRows,
		view,
		vendorNames: vendorNames(),
		segmentNames: segmentNames(),
		sources: Object.fromEntries(
			[...new Set(segmentRows.map((r) => r.source_id))].map((id) => [id, sources[id]!])
		)
	};
}
