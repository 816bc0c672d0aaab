import { scaleChoice } from '$lib/chart-scale';
import { toSearch } from '$lib/filters';
import { label } from '$lib/labels';
import { alpha3ByNumeric } from '$lib/server/geo';
import { rows } from '$lib/server/datasets';
import { sovereignExplorer } from '$lib/server/explorers';
import { filterState } from '$lib/server/filter-state';
import { countryNames, sourceLabels } from '$lib/server/names';

const spec = sovereignExplorer.spec;

export function load({ url }) {
	const names = countryNames();
	const state = filterState(url, spec, [
		{
			key: 'country',
			label: 'Country',
			options: spec.lists.country!.map((c) => ({ id: c, label: names[c] ?? c }))
		},
		{ key: 'region', label: 'Region', options: spec.lists.region!.map((r) => ({ id: r, label: label(r) })) },
		{
			key: 'funding',
			label: 'Funding',
			options: spec.lists.funding!.map((f) => ({ id: f, label: label(f) }))
		},
		{ key: 'stage', label: 'Stage', options: spec.lists.stage!.map((s) => ({ id: s, label: label(s) })) },
		{ key: 'scope', label: 'Scope', options: spec.lists.scope!.map((s) => ({ id: s, label: label(s) })) }
	]);
	// Broader programs the default view leaves out, one click away.
	const scopes = state.filters.lists.scope ?? [];
	const broader = sovereignExplorer.filter({
		...state.filters,
		lists: { ...state.filters.lists, scope: spec.lists.scope!.filter((s) => !scopes.includes(s)) }
	}).length;
	const allScopes = `/sovereign-compute${toSearch({ ...state.filters, lists: { ...state.filters.lists, scope: [...spec.lists.scope!] } }, spec)}`;
	const programs = sovereignExplorer
		.filter(state.filters)
		.sort((a, b) => (b.amount_usd_m ?? -1) - (a.amount_usd_m ?? -1) || (a.id < b.id ? -1 : 1));
	const labels = sourceLabels();
	const titles = Object.fromEntries(rows('sovereign-compute').map((p) => [p.id, p.program]));
	return {
		state,
		...scaleChoice(url),
		scope: { chosen: scopes, broader, allScopes },
		programs: programs.map((p) => ({ ...p, notes: null })),
		titles,
		countryNames: names,
		numeric: alpha3ByNumeric(),
		sources: Object.fromEntries(
			[...new Set(programs.flatMap((p) => p.source_ids))].map((id) => [id, labels[id]!])
		)
	};
}
