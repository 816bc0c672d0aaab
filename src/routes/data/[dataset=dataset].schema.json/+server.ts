import { fileResponse } from '$lib/server/downloads';

export function GET({ params, request }) {
	return fileResponse(request, `${params.dataset}.schema.json`, 'json');
}
