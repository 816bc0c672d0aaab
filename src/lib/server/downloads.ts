// Responses for the data files: whole generated files, or the rows of one filtered view.
import { error } from '@sveltejs/kit';
import { toCsv } from '$lib/csv';
import { parseFilters, type Filters } from '$lib/filters';
import { getDataset, type DatasetId } from '$lib/registry';
import { dataset, rawFile } from './datasets';
import { explorerFor } from './explorers';

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json' } as const;

function headers(name: string, format: keyof typeof TYPES): Record<string, string> {
	const h: Record<string, string> = {
		'content-type': TYPES[format],
		'cache-control': 'public, max-age=300',
		'access-control-allow-origin': '*'
	};
	if (format === 'csv') h['content-disposition'] = `attachment; filename="${name}"`;
	return h;
}

export function fileResponse(name: string, format: keyof typeof TYPES): Response {
	const body = rawFile(name);
	if (body === undefined) error(404, `No data file named ${name}`);
	return new Response(body, { headers: headers(name, format) });
}

function badRequest(message: string): Response {
	return new Response(`${message}\n`, {
		status: 400,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}

/** Reads the view's filters; a query the dataset cannot filter by is a client error, said in plain words. */
function viewFilters(id: DatasetId, url: URL): Filters | string | null {
	if ([...url.searchParams.keys()].length === 0) return null;
	const explorer = explorerFor(id);
	if (!explorer) return `${id} cannot be filtered; download it without a query string`;
	const { filters, ignored } = parseFilters(url.searchParams, explorer.spec);
	if (ignored.length > 0)
		return `Unknown filter ${ignored.map((i) => `${i.key}=${i.value}`).join(', ')} for ${id}`;
	return filters;
}

export function datasetResponse(id: DatasetId, format: keyof typeof TYPES, url: URL): Response {
	const filters = viewFilters(id, url);
	if (typeof filters === 'string') return badRequest(filters);
	if (!filters) return fileResponse(`${id}.${format}`, format);
	const rows = explorerFor(id)!.filter(filters);
	const def = getDataset(id)!;
	const suffix = 'view';
	if (format === 'csv')
		return new Response(toCsv(Object.keys(def.schema.shape), rows), {
			headers: headers(`${id}-${suffix}.csv`, 'csv')
		});
	const file = dataset(id);
	const body = { ...file, rows, row_count: rows.length, filters: url.searchParams.toString() };
	return new Response(JSON.stringify(body), { headers: headers(`${id}-${suffix}.json`, 'json') });
}
