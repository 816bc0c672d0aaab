// Calendar checks shared by the schemas (server) and the filters (browser), without zod.

/** A date known to the year (YYYY) or month (YYYY-MM) as its first day; a full date as itself. */
export function firstDayOf(partial: string): string {
	return partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;
}

/** True when y-m-d is a real calendar day (rejects 2023-02-30). */
export function isRealDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
