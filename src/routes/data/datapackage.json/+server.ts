import { fileResponse } from '$lib/server/downloads';

export function GET() {
	return fileResponse('datapackage.json', 'json');
}
