import { TREATMENT_COLORS } from '$lib/charts/world-map';
import { label } from '$lib/labels';
import { alpha3ByNumeric } from '$lib/server/geo';
import { newestFirst, SEVERITY, treatmentsOn } from '$lib/views/export-controls';
import { rows } from '$lib/server/datasets';
import { exportControlsExplorer } from '$lib/server/explorers';
import { filterState } from '$lib/server/filter-state';
import { countryNames, sourceLabels } from '$lib/server/names';

const spec = exportControlsExplorer.spec;
const targets = rows('export-control-targets');
const events = rows('export-control-events');

export function load({ url }) {
	const names = countryNames();
	const place = (c: string) => ({ id: c, label: names[c] ?? c });
	const state = filterState(url, spec, [
		{ key: 'authority', label: 'Authority', options: spec.lists.authority!.map(place) },
		{ key: 'country', label: 'Target country', options: spec.lists.country!.map(place) },
		{
			key: 'category',
			label: 'Category',
			options: spec.lists.category!.map((c) => ({ id: c, label: label(c) }))
		},
		{ key: 'status', label: 'Status', options: spec.lists.status!.map((s) => ({ id: s, label: label(s) })) }
	]);
	const measures = exportControlsExplorer.filter(state.filters).sort(newestFirst);
	const shown = new Set(measures.map((m) => m.id));
	const date = state.filters.date ?? spec.dates!.max;
	const byCategory = exportControlsExplorer.filter({
		lists: { authority: state.filters.lists.authority, category: state.filters.lists.category },
		from: null,
		to: null
	});
	const numeric = alpha3ByNumeric();
	const treatments = treatmentsOn(date, byCategory, targets, events, [...new Set(Object.values(numeric))]);
	const map = {
		date,
		numeric,
		rows: treatments
			.map((t) => ({
				code: t.country,
				name: names[t.country] ?? t.country,
				treatment: label(t.treatment),
				measures: t.measures.length
			}))
			.sort((a, b) => a.name.localeCompare(b.name)),
		areas: treatments.map((t) => ({
			code: t.country,
			color: TREATMENT_COLORS[t.treatment]!,
			text: `${names[t.country] ?? t.country}: ${label(t.treatment)} (${t.measures.length} measure${t.measures.length === 1 ? '' : 's'})`
		})),
		legend: SEVERITY.filter((s) => treatments.some((t) => t.treatment === s)).map((s) => ({
			color: TREATMENT_COLORS[s]!,
			label: label(s)
		})),
		measuresInForce: new Set(treatments.flatMap((t) => t.measures)).size
	};
	const labels = sourceLabels();
	return {
		state,
		map,
		// The list needs no long texts; the measure's own page has them.
		measures: measures.map((m) => ({ ...m, controlled_items: null, thresholds: null, notes: null })),
		targets: targets.filter((t) => shown.has(t.measure_id)).map((t) => ({ ...t, notes: null })),
		countryNames: names,
		sources: Object.fromEntries(
			[...new Set(measures.flatMap((m) => m.source_ids))].map((id) => [id, labels[id]!])
		)
	};
}
