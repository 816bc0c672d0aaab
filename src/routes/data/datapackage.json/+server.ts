import { fileResponse } from '$lib/server/downloads';

export function GET({ request }) {
	return fileResponse(request, 'datapackage.json', 'json');
}
