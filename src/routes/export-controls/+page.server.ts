import { rows } from '$lib/server/datasets';
import { countryNames, sourceLabels } from '$lib/server/names';

export function load() {
	const measures = [...rows('export-controls')].sort((a, b) =>
		a.first_date < b.first_date ? 1 : a.first_date > b.first_date ? -1 : 0
	);
	const targets = rows('export-control-targets');
	const sources = sourceLabels();
	return {
		measures,
		targetsByMeasure: Object.fromEntries(
			measures.map((m) => [m.id, targets.filter((t) => t.measure_id === m.id)])
		),
		countryNames: countryNames(),
		sources: Object.fromEntries(
			[...new Set(measures.flatMap((m) => m.source_ids))].map((id) => [id, sources[id]!])
		)
	};
}
