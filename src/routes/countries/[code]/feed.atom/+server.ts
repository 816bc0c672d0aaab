// What changed for one country or bloc: measures it issued or that name it, its programs, its vendors' shares.
import { error } from '@sveltejs/kit';
import { feedResponse } from '$lib/server/feed-response';
import { countryNames } from '$lib/server/names';

const names = countryNames();

export function GET({ request, url, params }) {
	const code = params.code.toUpperCase();
	const name = names[code];
	if (!name || params.code !== code)
		error(404, `No country or bloc with the code "${params.code.slice(0, 40)}"`);
	return feedResponse(
		request,
		url,
		{ kind: 'country', code },
		`AI Compute Atlas: ${name}`,
		`/countries/${code}`
	);
}
