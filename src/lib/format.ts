// Number formats shared by pages and charts, so that one figure reads the same everywhere.

/** A whole number with thousands separators ("12,436"); empty for a missing value. */
export function whole(n: number | null | undefined): string {
	return n === null || n === undefined ? '' : Math.round(n).toLocaleString('en-US');
}
