import { rows } from '$lib/server/datasets';

export function load() {
	const countries = rows('country-profiles')
		.filter((c) => c.vendors.length + c.measures_issued + c.measures_targeting + c.programs > 0)
		.sort((a, b) => (a.name < b.name ? -1 : 1));
	return { countries };
}
