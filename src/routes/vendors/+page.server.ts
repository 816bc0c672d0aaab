import { comparePeriods } from '$lib/periods';
import { rows } from '$lib/server/datasets';
import { countryNames, segmentNames } from '$lib/server/names';

export function load() {
	const shares = rows('market-share');
	const vendors = rows('vendors').map((v) => {
		const own = shares.filter((s) => s.vendor === v.slug);
		const latest = own.sort((a, b) => -comparePeriods(a.period, b.period))[0];
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
