import { scaleChoice } from '$lib/chart-scale';
import { parseFilters, type FilterSpec } from '$lib/filters';
import { rows } from '$lib/server/datasets';

// A sorted copy: the bundled rows are shared by every page and must stay as the pipeline wrote them.
const profiles = [...rows('country-profiles')].sort((a, b) => a.name.localeCompare(b.name));
const spec: FilterSpec = { lists: { country: profiles.map((p) => p.code) } };
const MAX_COUNTRIES = 6;

export function load({ url }) {
	const { filters, ignored } = parseFilters(url.searchParams, spec);
	// Keep the order the reader gave, which the canonical (alphabetical) order would lose.
	const asked = url.searchParams
		.getAll('country')
		.join(',')
		.split(',')
		.map((c) => c.trim().toUpperCase());
	const chosen = [...(filters.lists.country ?? [])].sort((a, b) => asked.indexOf(a) - asked.indexOf(b));
	const dropped = chosen.slice(MAX_COUNTRIES);
	return {
		options: profiles.map((p) => ({ code: p.code, name: p.name })),
		chosen: chosen.slice(0, MAX_COUNTRIES),
		profiles: chosen.slice(0, MAX_COUNTRIES).map((c) => profiles.find((p) => p.code === c)!),
		ignored: [
			...ignored.map((i) => `${i.key}=${i.value}`),
			...dropped.map((c) => `country=${c} (at most ${MAX_COUNTRIES})`)
		],
		segmentNames: Object.fromEntries(rows('segments').map((s) => [s.id, s.name])),
		...scaleChoice(url)
	};
}
