import { dataset, rows } from '$lib/server/datasets';
import { recentChanges } from '$lib/server/feeds';
import { countryNames, sourceLabels, vendorLegendNames, vendorNames } from '$lib/server/names';
import { inForceOverTime } from '$lib/views/export-controls';

/**
 * The headline chart of market share: the layer whose worldwide revenue shares have the longest comparable
 * series in the atlas (foundry, quarterly). AI accelerators have too few complete sources to draw a line.
 */
const HEADLINE_SEGMENT = 'foundry';
/** Authorities drawn by name on the headline export-control chart; the rest are summed. */
const AUTHORITIES = 5;

const cutoff = dataset('market-share').cutoff;
const shares = rows('market-share').filter(
	(r) => r.segment === HEADLINE_SEGMENT && r.market === 'WLD' && r.metric === 'revenue'
);
const measures = rows('export-controls');
const inForce = inForceOverTime(measures, rows('export-control-events'), 2019, cutoff, AUTHORITIES);
// Only money that buys compute is compared, as on the sovereign-compute page by default.
const programs = rows('sovereign-compute').filter((p) => p.scope === 'compute');
const legendNames = vendorLegendNames();

export function load() {
	const all = rows('sovereign-compute');
	const labels = sourceLabels();
	const vendors = vendorNames();
	const countries = countryNames();
	const sourceIds = [...new Set(shares.map((r) => r.source_id))];
	const published = new Map(rows('sources').map((s) => [s.id, s.published ?? '']));
	return {
		cutoff,
		recent: recentChanges({ kind: 'all' }, 10),
		headline: {
			segment: HEADLINE_SEGMENT,
			segmentName: rows('segments').find((s) => s.id === HEADLINE_SEGMENT)!.name,
			shares: shares.map((r) => ({ ...r, notes: null })),
			inForce,
			programs: programs.map((p) => ({ ...p, notes: null, source_ids: [] })),
			names: {
				vendors: Object.fromEntries(
					[...new Set(shares.map((r) => r.vendor))].map((v) => [v, vendors[v] ?? v])
				),
				legend: legendNames,
				countries,
				sources: Object.fromEntries(sourceIds.map((id) => [id, labels[id]!])),
				published: Object.fromEntries(sourceIds.map((id) => [id, published.get(id) ?? '']))
			}
		},
		counts: {
			shares: rows('market-share').length,
			segments: new Set(rows('market-share').map((r) => r.segment)).size,
			vendors: rows('vendors').length,
			measures: measures.length,
			authorities: new Set(measures.map((m) => m.authority)).size,
			programs: all.length,
			programCountries: new Set(all.map((p) => p.country)).size,
			sources: rows('sources').length
		}
	};
}
