import { json } from '@sveltejs/kit';
import { buildSearchIndex } from '$lib/server/search-index';

// Written once at build time: the search box works from this file without further server calls.
export const prerender = true;

export function GET() {
	return json(buildSearchIndex());
}
