// Responses for the generated data files, with the headers a download needs.
import { error } from '@sveltejs/kit';
import { rawFile } from './datasets';

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json' } as const;

export function fileResponse(name: string, format: keyof typeof TYPES): Response {
	const body = rawFile(name);
	if (body === undefined) error(404, `No data file named ${name}`);
	const headers: Record<string, string> = {
		'content-type': TYPES[format],
		'cache-control': 'public, max-age=300',
		'access-control-allow-origin': '*'
	};
	if (format === 'csv') headers['content-disposition'] = `attachment; filename="${name}"`;
	return new Response(body, { headers });
}
