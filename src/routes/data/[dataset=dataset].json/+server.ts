import { fileResponse } from '$lib/server/downloads';

export function GET({ params }) {
	return fileResponse(`${params.dataset}.json`, 'json');
}
