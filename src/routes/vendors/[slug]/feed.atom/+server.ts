// What changed for one vendor: measures that name it and its market-share figures.
import { error } from '@sveltejs/kit';
import { feedResponse } from '$lib/server/feed-response';
import { vendorNames } from '$lib/server/names';

const names = vendorNames();

export function GET({ request, url, params }) {
	const name = params.slug === 'others' ? undefined : names[params.slug];
	if (!name) error(404, `No vendor with the id "${params.slug.slice(0, 60)}"`);
	return feedResponse(
		request,
		url,
		{ kind: 'vendor', slug: params.slug },
		`AI Compute Atlas: ${name}`,
		`/vendors/${params.slug}`
	);
}
