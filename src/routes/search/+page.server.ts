import { searchEntries } from '$lib/search';
import { buildSearchIndex } from '$lib/server/search-index';

const index = buildSearchIndex();

export function load({ url }) {
	const q = (url.searchParams.get('q') ?? '').slice(0, 100);
	return { q, results: searchEntries(index, q, 50) };
}
