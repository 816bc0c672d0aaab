import { error } from '@sveltejs/kit';
import { rows } from '$lib/server/datasets';
import { countryNames, sourceLabels, vendorNames } from '$lib/server/names';
import { caughtBy } from '$lib/views/chips';

export function load({ params }) {
	const measure = rows('export-controls').find((m) => m.id === params.id);
	if (!measure) error(404, `No export-control measure with the id "${params.id}"`);
	const events = rows('export-control-events')
		.filter((e) => e.measure_id === measure.id)
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	const targets = rows('export-control-targets').filter((t) => t.measure_id === measure.id);
	const measures = rows('export-controls');
	const related = measures.filter(
		(m) =>
			events.some((e) => e.by_measure === m.id) ||
			rows('export-control-events').some((e) => e.measure_id === m.id && e.by_measure === measure.id)
	);
	const policies = rows('destination-policy').filter((p) => p.measure_id === measure.id);
	const labels = sourceLabels();
	const ids = new Set([
		...measure.source_ids,
		...events.flatMap((e) => e.source_ids),
		...policies.flatMap((p) => p.source_ids)
	]);
	return {
		measure,
		events,
		targets,
		policies,
		related: related.map((m) => ({ id: m.id, title: m.title, first_date: m.first_date })),
		titles: Object.fromEntries(measures.map((m) => [m.id, m.title])),
		countryNames: countryNames(),
		vendorNames: vendorNames(),
		chips: caughtBy(measure.id, measure.named_chips, rows('control-parameters'), rows('chips')),
		sources: Object.fromEntries([...ids].map((id) => [id, labels[id]!]))
	};
}
