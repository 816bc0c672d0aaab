// The rows the control checker reads, gathered once per server.
import { checkChip, parseCheckQuery, type CheckResult, type Parsed } from '$lib/rules/check';
import { dataset, rows } from './datasets';
import { countryNames } from './names';

const chips = rows('chips');
const names = countryNames();
const data = {
	chips,
	params: rows('control-parameters'),
	measures: rows('export-controls'),
	events: rows('export-control-events'),
	targets: rows('export-control-targets'),
	policies: rows('destination-policy'),
	members: rows('country-groups'),
	cutoff: dataset('chips').cutoff,
	placeName: (code: string) => names[code] ?? code
};
const chipSlugs = new Set(chips.map((c) => c.slug));
const countries = new Set(
	rows('countries')
		.filter((c) => c.kind === 'country')
		.map((c) => c.code)
);

export function parseCheck(params: URLSearchParams): Parsed {
	return parseCheckQuery(params, { chip: (s) => chipSlugs.has(s), country: (c) => countries.has(c) });
}

export function runCheck(query: Parameters<typeof checkChip>[0]): CheckResult {
	return checkChip(query, data);
}

export const checkerChoices = {
	chips: chips.map((c) => ({ slug: c.slug, name: c.name })).sort((a, b) => a.name.localeCompare(b.name)),
	countries: [...countries]
		.map((code) => ({ code, name: names[code] ?? code }))
		.sort((a, b) => a.name.localeCompare(b.name)),
	cutoff: data.cutoff
};
export const placeName = data.placeName;
export const measureTitles: Record<string, string> = Object.fromEntries(
	data.measures.map((m) => [m.id, m.title])
);
