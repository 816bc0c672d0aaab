// Column definitions for DataTable: how to sort, show and link each cell; table order in the URL.
import { PAGE_KEYS } from '../filters';
export interface Column<R> {
	key: string;
	label: string;
	numeric?: boolean;
	/** Keep the cell on one line (dates such as 2026-03-12 broke at the hyphens). */
	nowrap?: boolean;
	value: (row: R) => string | number | null;
	/** Text to show, when it differs from the sort value. */
	text?: (row: R) => string;
	href?: (row: R) => string | undefined;
	/** Several links in one cell (e.g. every source of a row), shown after the text. */
	links?: (row: R) => { label: string; url: string }[];
}

/** The rows one page of a table shows: [start, end) of `total`, with `page` clamped into range. */
export function pageWindow(
	total: number,
	size: number,
	page: number
): { start: number; end: number; page: number; pages: number } {
	const pages = size > 0 ? Math.max(1, Math.ceil(total / size)) : 1;
	const clamped = Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
	if (size <= 0) return { start: 0, end: total, page: 0, pages };
	return { start: clamped * size, end: Math.min(total, (clamped + 1) * size), page: clamped, pages };
}

/**
 * The "Sources" column of a table of sourced rows: numbered links to each document a row cites. `sources`
 * is read at render time, as a page's data changes with its filters.
 */
export function sourcesColumn<R extends { source_ids: readonly string[] }>(
	sources: () => Record<string, { label: string; url: string }>
): Column<R> {
	return {
		key: 'sources',
		label: 'Sources',
		value: (r) => r.source_ids.length,
		text: () => '',
		links: (r) => r.source_ids.map((id) => sources()[id]!).filter(Boolean)
	};
}

/** A table's order: a column key and a direction. */
export interface TableSort {
	key: string;
	ascending: boolean;
}

/** The query key that holds every table's order, as `<table>.<key>` or `<table>.-<key>` (descending). */
export const SORT_PARAM = PAGE_KEYS[0]!;

/** The order the URL gives table `id`, if it names one of `keys`; anything else is no order. */
export function readSort(params: URLSearchParams, id: string, keys: readonly string[]): TableSort | null {
	for (const part of params.getAll(SORT_PARAM).join(',').split(',')) {
		const dot = part.indexOf('.');
		if (dot < 0 || part.slice(0, dot) !== id) continue;
		const raw = part.slice(dot + 1);
		const ascending = !raw.startsWith('-');
		const key = ascending ? raw : raw.slice(1);
		return keys.includes(key) ? { key, ascending } : null;
	}
	return null;
}

/** The query string with table `id` ordered by `sort` and every other table's order and filter kept. */
export function withSort(params: URLSearchParams, id: string, sort: TableSort): string {
	const others = params
		.getAll(SORT_PARAM)
		.join(',')
		.split(',')
		.filter((part) => part !== '' && !part.startsWith(`${id}.`));
	const next = new URLSearchParams(params);
	next.delete(SORT_PARAM);
	const parts = [...others, `${id}.${sort.ascending ? '' : '-'}${sort.key}`].sort();
	const search = next.toString();
	// Commas and dots stay readable: they need no escaping in a query value.
	return `?${search ? `${search}&` : ''}${SORT_PARAM}=${parts.join(',')}`;
}

/** The next order when a reader picks column `key`: ascending first, then flipped on each pick. */
export function nextSort(current: TableSort | null, key: string): TableSort {
	return { key, ascending: current?.key === key ? !current.ascending : true };
}

/** Rows in a column's order; blanks last whatever the direction; a stable sort keeps ties in data order. */
export function sortRows<R>(
	rows: readonly R[],
	column: Column<R> | undefined,
	ascending: boolean
): readonly R[] {
	if (!column) return rows;
	const dir = ascending ? 1 : -1;
	return [...rows].sort((a, b) => {
		const x = column.value(a);
		const y = column.value(b);
		if (x === y) return 0;
		if (x === null) return 1;
		if (y === null) return -1;
		return (x < y ? -1 : 1) * dir;
	});
}
