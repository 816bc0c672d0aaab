// Headers every response carries, and plain 4xx answers to requests no route should see.
import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';

const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=()'
};

/** Longer query strings than any view needs are refused before routing. */
const MAX_QUERY_LENGTH = 2048;

export const handle: Handle = async ({ event, resolve }) => {
	// Prerendered files (the search index) have no query string, and reading it then is an error.
	if (!building && event.url.search.length > MAX_QUERY_LENGTH)
		return new Response('Query string too long\n', {
			status: 414,
			headers: { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }
		});
	const response = await resolve(event);
	for (const [name, value] of Object.entries(SECURITY_HEADERS))
		if (!response.headers.has(name)) response.headers.set(name, value);
	return response;
};
