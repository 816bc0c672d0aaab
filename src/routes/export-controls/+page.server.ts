import { TREATMENT_COLORS } from '$lib/charts/world-map';
import { inGroupOn } from '$lib/country-groups';
import { toSearch } from '$lib/filters';
import { label, placeInText } from '$lib/labels';
import { alpha3ByNumeric } from '$lib/server/geo';
import { newestFirst, SEVERITY, treatmentsOn, worldwideRulesOn } from '$lib/views/export-controls';
import { rows } from '$lib/server/datasets';
import { exportControlsExplorer } from '$lib/server/explorers';
import { filterState } from '$lib/server/filter-state';
import { countryNames, sourceLabels } from '$lib/server/names';

const spec = exportControlsExplorer.spec;
const targets = rows('export-control-targets');
const events = rows('export-control-events');
const inGroup = inGroupOn(rows('country-groups'));
/** The map's authority when the filters name none or several: the one with most measures. */
const DEFAULT_MAP_AUTHORITY = 'USA';
/** Countries coloured only by a rule for every destination are drawn lighter (hex alpha). */
const WORLDWIDE_ALPHA = '8c';

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
		{
			key: 'direction',
			label: 'Trade restricted',
			options: spec.lists.direction!.map((d) => ({ id: d, label: label(d) }))
		},
		{ key: 'status', label: 'Status', options: spec.lists.status!.map((s) => ({ id: s, label: label(s) })) }
	]);
	const measures = exportControlsExplorer.filter(state.filters).sort(newestFirst);
	const shown = new Set(measures.map((m) => m.id));
	const date = state.filters.date ?? spec.dates!.max;
	// One authority per map: all of them at once painted the world with whichever rule was strictest (one
	// Chinese ban on all destinations made every country, the US included, read "Ban").
	const chosen = state.filters.lists.authority ?? [];
	const mapAuthority = chosen.length === 1 ? chosen[0]! : DEFAULT_MAP_AUTHORITY;
	// A map of export treatments: a ban on buying a supplier's chips is not a treatment of the supplier's country.
	const byCategory = exportControlsExplorer.filter({
		lists: { authority: [mapAuthority], category: state.filters.lists.category, direction: ['export'] },
		from: null,
		to: null
	});
	const numeric = alpha3ByNumeric();
	const treatments = treatmentsOn(
		date,
		byCategory,
		targets,
		events,
		[...new Set(Object.values(numeric))],
		inGroup
	);
	const treated = treatments.filter((t) => t.treatment !== null);
	const everywhere = worldwideRulesOn(date, byCategory, targets, events);
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	const colour = (t: (typeof treatments)[number]) =>
		t.treatment === null ? null : `${TREATMENT_COLORS[t.treatment]!}${t.worldwide ? WORLDWIDE_ALPHA : ''}`;
	const describe = (t: (typeof treatments)[number]) =>
		[
			t.treatment === null
				? null
				: `${label(t.treatment)}${t.worldwide ? ' under a rule for every destination' : ''} (${plural(t.measures.length, 'measure')})${t.scheduled ? `, by schedule: no source confirms it applied on ${date}` : ''}`,
			t.entityListings.length > 0
				? `firms named on ${plural(t.entityListings.length, 'entity-listing measure')}`
				: null
		]
			.filter(Boolean)
			.join('; ');
	const legendKeys = SEVERITY.flatMap((s) =>
		[false, true]
			.filter((w) => treated.some((t) => t.treatment === s && t.worldwide === w))
			.map((w) => ({ s, w }))
	);
	const map = {
		date,
		authority: mapAuthority,
		authorityName: placeInText(mapAuthority, names[mapAuthority] ?? mapAuthority),
		otherAuthorities: spec.lists
			.authority!.filter((a) => a !== mapAuthority)
			.map((a) => ({
				code: a,
				name: names[a] ?? a,
				href: `/export-controls${toSearch({ ...state.filters, lists: { ...state.filters.lists, authority: [a] } }, spec)}`
			})),
		numeric,
		everywhere: everywhere.map((w) => ({
			id: w.measure.id,
			title: w.measure.title,
			treatment: label(w.treatment)
		})),
		rows: treatments
			.map((t) => ({
				code: t.country,
				name: names[t.country] ?? t.country,
				treatment:
					t.treatment === null
						? 'None (firms listed only)'
						: `${label(t.treatment)}${t.scheduled ? ' (scheduled)' : ''}`,
				scope: t.treatment === null ? '' : t.worldwide ? 'Every destination' : 'Named',
				measures: t.measures.length,
				listings: t.entityListings.length
			}))
			.sort((a, b) => a.name.localeCompare(b.name)),
		areas: treatments.flatMap((t) => {
			const color = colour(t);
			return color
				? [
						{
							code: t.country,
							color,
							text: `${names[t.country] ?? t.country}: ${describe(t)}`,
							hatched: t.scheduled
						}
					]
				: [];
		}),
		legend: [
			...legendKeys.map(({ s, w }) => ({
				color: `${TREATMENT_COLORS[s]!}${w ? WORLDWIDE_ALPHA : ''}`,
				label: `${label(s)}${w ? ' (every destination)' : ''}`
			})),
			...(treated.some((t) => t.scheduled)
				? [{ color: '#888888', label: 'Striped: by schedule, no source confirms it', hatched: true }]
				: [])
		],
		counts: legendKeys.map(({ s, w }) => ({
			label: `${label(s)}${w ? ' under a rule for every destination' : ' by name'}`,
			countries: treated.filter((t) => t.treatment === s && t.worldwide === w).length
		})),
		listedCountries: treatments.filter((t) => t.entityListings.length > 0).length,
		measuresApplying: new Set(treated.flatMap((t) => t.measures)).size
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
