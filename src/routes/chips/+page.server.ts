import { rows, dataset } from '$lib/server/datasets';
import { appliesOn } from '$lib/status';
import { sourceLabels, vendorNames } from '$lib/server/names';
import { vintages as vintagesOf } from '$lib/rules/classify';
import { chipTable, defaultVintage, regionsOf } from '$lib/views/chips';

const chips = rows('chips');
const params = rows('control-parameters');
const applies = appliesOn(rows('export-control-events'));
const measures = new Map(rows('export-controls').map((m) => [m.id, m]));
const vintages = vintagesOf(params).map((v) => ({
	...v,
	title: measures.get(v.measure_id)?.title ?? v.measure_id,
	citation: measures.get(v.measure_id)?.citation ?? null
}));

export function load({ url }) {
	const cutoff = dataset('chips').cutoff;
	const asked = url.searchParams.get('vintage');
	// An unknown vintage falls back to the newest one and says so, like an unknown filter value.
	const fallback = defaultVintage(params).measure_id;
	const chosen =
		vintages.find((v) => v.measure_id === (asked ?? fallback)) ??
		vintages.find((v) => v.measure_id === fallback)!;
	return {
		cutoff,
		table: chipTable(chips, params, cutoff, applies),
		vintages,
		chosen: chosen.measure_id,
		ignored: asked !== null && chosen.measure_id !== asked ? asked.slice(0, 80) : null,
		regions: regionsOf(params, chosen.measure_id),
		vendors: vendorNames(),
		sources: sourceLabels()
	};
}
