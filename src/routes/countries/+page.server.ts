import { normalise } from '$lib/search';
import { rows } from '$lib/server/datasets';
import { alpha3ByNumeric } from '$lib/server/geo';

export function load({ url }) {
	const q = (url.searchParams.get('q') ?? '').slice(0, 100);
	const words = normalise(q).split(' ').filter(Boolean);
	const all = rows('country-profiles')
		.filter((c) => c.vendors.length + c.measures_issued + c.measures_targeting + c.programs > 0)
		.sort((a, b) => (a.name < b.name ? -1 : 1));
	const countries = all.filter((c) => words.every((w) => normalise(`${c.name} ${c.code}`).includes(w)));
	return { q, countries, total: all.length, numeric: alpha3ByNumeric() };
}
