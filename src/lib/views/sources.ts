// The source browser (/data/sources): every document the datasets cite, filtered by dataset, type and text.
import type { CitedSource } from '../dataset-file';
import { PAGE_KEYS } from '../filters';
import { SOURCE_TYPES } from '../vocabulary';

export type SourceType = CitedSource['type'];

export interface SourceQuery {
	dataset: string | null;
	type: SourceType | null;
	q: string;
}

export interface SourceRow extends CitedSource {
	/** Ids of the datasets whose rows cite this source. */
	cited_by: string[];
}

const MAX_Q = 100;

/** Reads the query string; unknown keys and values are dropped and named, as on the explore pages. */
export function parseSourceQuery(
	params: URLSearchParams,
	datasets: readonly string[]
): { query: SourceQuery; ignored: { key: string; value: string }[] } {
	const ignored: { key: string; value: string }[] = [];
	const query: SourceQuery = { dataset: null, type: null, q: '' };
	for (const key of new Set(params.keys())) {
		const value = (params.get(key) ?? '').trim();
		if (key === 'dataset' && datasets.includes(value)) query.dataset = value;
		else if (key === 'type' && (SOURCE_TYPES as readonly string[]).includes(value))
			query.type = value as SourceType;
		else if (key === 'q') query.q = value.slice(0, MAX_Q);
		else if (PAGE_KEYS.includes(key)) continue;
		else if (value !== '' || !['dataset', 'type'].includes(key))
			ignored.push({ key: key.slice(0, 40), value: value.slice(0, 80) });
	}
	return { query, ignored };
}

/** One row per source, with the datasets citing it, newest publication first; filtered by the query. */
export function sourceRows(
	datasets: readonly { id: string; sources: readonly CitedSource[] }[],
	query: SourceQuery
): SourceRow[] {
	const byId = new Map<string, SourceRow>();
	for (const d of datasets)
		for (const s of d.sources) {
			const row = byId.get(s.id) ?? { ...s, cited_by: [] };
			row.cited_by.push(d.id);
			byId.set(s.id, row);
		}
	const needle = query.q.toLowerCase();
	return [...byId.values()]
		.filter((s) => query.dataset === null || s.cited_by.includes(query.dataset))
		.filter((s) => query.type === null || s.type === query.type)
		.filter((s) => needle === '' || `${s.publisher} ${s.title}`.toLowerCase().includes(needle))
		.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id));
}
