import { DATASETS } from '$lib/registry';
import { dataset } from '$lib/server/datasets';
import { parseSourceQuery, sourceRows } from '$lib/views/sources';

const cited = DATASETS.map((d) => ({ id: d.id, title: d.title, sources: dataset(d.id).sources })).filter(
	(d) => d.sources.length > 0
);

export function load({ url }) {
	const { query, ignored } = parseSourceQuery(
		url.searchParams,
		cited.map((d) => d.id)
	);
	return {
		query,
		ignored,
		datasets: cited.map((d) => ({ id: d.id, title: d.title })),
		total: sourceRows(cited, { dataset: null, type: null, q: '' }).length,
		rows: sourceRows(cited, query)
	};
}
