import { comparePeriods } from '$lib/periods';
import { rows } from '$lib/server/datasets';
import { shareCells, usable } from '$lib/share-cells';
import { countryNames, segmentNames } from '$lib/server/names';

// A vendor's "latest share" comes from a usable cell (worldwide, complete, observed): a value-only row, a
// partial source or a forecast would read as its share of the market.
const usableRows = shareCells(rows('market-share').filter((r) => r.market === 'WLD'))
	.filter(usable)
	.flatMap((c) => c.rows);

export function load() {
	const shares = rows('market-share');
	const vendors = rows('vendors').map((v) => {
		const own = shares.filter((s) => s.vendor === v.slug);
		const latest = usableRows
			.filter((r) => r.vendor === v.slug)
			.sort((a, b) => -comparePeriods(a.period, b.period) || b.share_pct - a.share_pct)[0];
		return {
			...v,
			observations: own.length,
			segments: new Set(own.map((s) => s.segment)).size,
			latest: latest ?? null
		};
	});
	vendors.sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name));
	return { vendors, countryNames: countryNames(), segmentNames: segmentNames() };
}
