import type { DatasetId } from '$lib/registry';
import { datasetResponse } from '$lib/server/downloads';

export function GET({ params, url, request }) {
	return datasetResponse(request, params.dataset as DatasetId, 'json', url);
}
