// Responses for the data files: whole generated files, or the rows of one filtered view.
import { error } from '@sveltejs/kit';
import { toCsv } from '$lib/csv';
import { parseFilters, type Filters } from '$lib/filters';
import { getDataset, type DatasetId } from '$lib/registry';
import { dataset, rawFile } from './datasets';
import { explorerFor } from './explorers';
import { cachedResponse } from './http';

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json', zip: 'application/zip' } as const;
export type Format = keyof typeof TYPES;

/** Public data: any site may fetch it. */
export const CORS = {
	'access-control-allow-origin': '*',
	'access-control-expose-headers': 'ETag, Content-Disposition'
};

/** File name offered to a browser: the data's cut-off date travels with the file. */
export function downloadName(id: string, format: Format, view = false): string {
	return `${id}-${dataset('market-share').cutoff}${view ? '-view' : ''}.${format}`;
}

function headers(format: Format, filename: string): Record<string, string> {
	return {
		'content-type': TYPES[format],
		...CORS,
		...(format === 'json' ? {} : { 'content-disposition': `attachment; filename="${filename}"` })
	};
}

export function fileResponse(request: Request, name: string, format: Format, filename = name): Response {
	const body = rawFile(name);
	if (body === undefined) error(404, `No data file named ${name}`);
	return cachedResponse(request, body, headers(format, filename), name);
}

export function bytesResponse(
	request: Request,
	body: Uint8Array,
	format: Format,
	filename: string
): Response {
	return cachedResponse(request, body, headers(format, filename), filename);
}

function badRequest(message: string): Response {
	return new Response(`${message}\n`, {
		status: 400,
		headers: { 'content-type': 'text/plain; charset=utf-8', ...CORS }
	});
}

/** Reads the view's filters; a query the dataset cannot filter by is a client error, said in plain words. */
function viewFilters(id: DatasetId, url: URL): Filters | string | null {
	if ([...url.searchParams.keys()].length === 0) return null;
	const explorer = explorerFor(id);
	if (!explorer) return `${id} cannot be filtered; download it without a query string`;
	const { filters, ignored } = parseFilters(url.searchParams, explorer.spec, []);
	if (ignored.length > 0)
		return `Unknown filter ${ignored.map((i) => `${i.key}=${i.value}`).join(', ')} for ${id}`;
	return filters;
}

export function datasetResponse(request: Request, id: DatasetId, format: 'csv' | 'json', url: URL): Response {
	const filters = viewFilters(id, url);
	if (typeof filters === 'string') return badRequest(filters);
	if (!filters) return fileResponse(request, `${id}.${format}`, format, downloadName(id, format));
	const rows = explorerFor(id)!.filter(filters);
	const def = getDataset(id)!;
	const name = downloadName(id, format, true);
	if (format === 'csv')
		return cachedResponse(request, toCsv(Object.keys(def.schema.shape), rows), headers('csv', name));
	const { rows: _all, ...meta } = dataset(id);
	void _all;
	const body = { ...meta, filters: url.search.slice(1), row_count: rows.length, rows };
	return cachedResponse(request, JSON.stringify(body, null, '\t') + '\n', headers('json', name));
}
