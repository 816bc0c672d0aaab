// Column definitions for DataTable: how to sort, show and link each cell.
export interface Column<R> {
	key: string;
	label: string;
	numeric?: boolean;
	value: (row: R) => string | number | null;
	/** Text to show, when it differs from the sort value. */
	text?: (row: R) => string;
	href?: (row: R) => string | undefined;
	/** Several links in one cell (e.g. every source of a row), shown after the text. */
	links?: (row: R) => { label: string; url: string }[];
}
