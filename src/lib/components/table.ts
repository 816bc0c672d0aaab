// Column definitions for DataTable: how to sort, show and link each cell.
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
