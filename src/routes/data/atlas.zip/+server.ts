import { dataset } from '$lib/server/datasets';
import { atlasZip } from '$lib/server/archive';
import { bytesResponse } from '$lib/server/downloads';

export function GET({ request }) {
	return bytesResponse(request, atlasZip(), 'zip', `ai-compute-atlas-${dataset('market-share').cutoff}.zip`);
}
