import { datasetResponse } from '$lib/server/downloads';
import type { DatasetId } from '$lib/registry';

export function GET({ params, url }) {
	return datasetResponse(params.dataset as DatasetId, 'csv', url);
}
