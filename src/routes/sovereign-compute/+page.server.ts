import { rows } from '$lib/server/datasets';
import { countryNames, sourceLabels } from '$lib/server/names';

export function load() {
	const programs = [...rows('sovereign-compute')].sort(
		(a, b) => (b.amount_usd_m ?? -1) - (a.amount_usd_m ?? -1) || (a.id < b.id ? -1 : 1)
	);
	const sources = sourceLabels();
	return {
		programs,
		countryNames: countryNames(),
		sources: Object.fromEntries(
			[...new Set(programs.flatMap((p) => p.source_ids))].map((id) => [id, sources[id]!])
		)
	};
}
