// Reads a page's filters from its URL into the plain data its filter form renders.
import { parseFilters, toSearch, type FilterSpec } from '$lib/filters';
import type { Control, FilterState } from '$lib/views/options';

export function filterState(url: URL, spec: FilterSpec, controls: Control[]): FilterState {
	const { filters, ignored } = parseFilters(url.searchParams, spec);
	return { spec, controls, filters, ignored, search: toSearch(filters, spec) };
}
