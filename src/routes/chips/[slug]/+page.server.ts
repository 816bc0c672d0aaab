import { error } from '@sveltejs/kit';
import { dataset, rows } from '$lib/server/datasets';
import { appliesOn } from '$lib/status';
import { sourceLabels, vendorNames } from '$lib/server/names';
import { newestFirst } from '$lib/views/export-controls';
import { classify, vintages } from '$lib/rules/classify';
import { chipLookup, underVintage } from '$lib/views/chips';

const chips = rows('chips');
const params = rows('control-parameters');
const lookup = chipLookup(chips);
const applies = appliesOn(rows('export-control-events'));

export function load({ params: route }) {
	const chip = chips.find((c) => c.slug === route.slug);
	if (!chip) error(404, `No chip with the id "${route.slug.slice(0, 40)}" in the atlas`);
	const cutoff = dataset('chips').cutoff;
	const measures = rows('export-controls');
	const title = new Map(measures.map((m) => [m.id, m.title]));
	const history = vintages(params).map((v) => ({
		...v,
		title: title.get(v.measure_id) ?? v.measure_id,
		results: underVintage(chip, v, params, lookup)
	}));
	const labels = sourceLabels();
	return {
		chip,
		cutoff,
		history,
		onCutoff: classify(chip, cutoff, params, lookup).map((r) => ({
			applies: applies(r.measure_id, cutoff),
			...r,
			title: title.get(r.measure_id) ?? r.measure_id
		})),
		named: measures.filter((m) => m.named_chips.includes(chip.slug)).sort(newestFirst),
		parent: chip.china_variant_of ? (chips.find((c) => c.slug === chip.china_variant_of) ?? null) : null,
		variants: chips
			.filter((c) => c.china_variant_of === chip.slug)
			.map((c) => ({ slug: c.slug, name: c.name })),
		vendor: vendorNames()[chip.vendor] ?? chip.vendor,
		sources: chip.source_ids.map((id) => ({ id, ...labels[id]! }))
	};
}
