// Everything that changed in the atlas: status changes, programs announced, market-share figures published.
import { feedResponse } from '$lib/server/feed-response';

export function GET({ request, url }) {
	return feedResponse(request, url, { kind: 'all' }, 'AI Compute Atlas: what changed', '/');
}
