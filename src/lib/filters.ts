// Filters live in the URL query string: one spec per page gives keys, allowed values and defaults.
// zod stays out of this module: it runs in the browser too (see filters-schema.ts).
import { SCALE_KEY } from './chart-scale';
import { isRealDate } from './dates';

export type ListKey =
	| 'vendor'
	| 'country'
	| 'segment'
	| 'metric'
	| 'frequency'
	| 'authority'
	| 'category'
	| 'direction'
	| 'status'
	| 'funding'
	| 'stage'
	| 'scope'
	| 'region';

export interface FilterSpec {
	/** Allowed ids per list filter, in the order the page shows them (also the canonical order in URLs). */
	lists: Partial<Record<ListKey, readonly string[]>>;
	/** Values used when the URL does not name the key; [] means "all". */
	defaults?: Partial<Record<ListKey, readonly string[]>>;
	/** Range of years for from/to, when the page has them. */
	years?: { min: number; max: number };
	/** Range for a single `date` (YYYY-MM-DD), when the page has one; absent from the URL means `max`. */
	dates?: { min: string; max: string };
}

export interface Filters {
	lists: Partial<Record<ListKey, string[]>>;
	from: number | null;
	to: number | null;
	/** The chosen date, or null for the default (the end of the range). */
	date?: string | null;
}

export interface Ignored {
	key: string;
	value: string;
}

const MAX_VALUE_LENGTH = 80;

/** Keys a page reads for itself, not filters: the order of its tables (see components/table.ts), a chart's scale. */
export const PAGE_KEYS: readonly string[] = ['sort', SCALE_KEY];

function canonical(values: Iterable<string>, allowed: readonly string[]): string[] {
	const set = new Set(values);
	return allowed.filter((v) => set.has(v));
}

/**
 * Reads filters from a query string; never throws: unknown keys and values are dropped and reported. Keys in
 * `pass` belong to the page (table order) and are neither read nor reported; downloads pass none.
 */
export function parseFilters(
	params: URLSearchParams,
	spec: FilterSpec,
	pass: readonly string[] = PAGE_KEYS
): { filters: Filters; ignored: Ignored[] } {
	const ignored: Ignored[] = [];
	const lists: Filters['lists'] = {};
	let from: number | null = null;
	let to: number | null = null;
	let date: string | null = null;
	const short = (v: string) => (v.length > MAX_VALUE_LENGTH ? `${v.slice(0, MAX_VALUE_LENGTH)}…` : v);

	for (const key of new Set(params.keys())) {
		if (pass.includes(key)) continue;
		const raw = params.getAll(key).join(',');
		// Own keys only: a key such as "toString" must not reach Object.prototype.
		const allowed = Object.hasOwn(spec.lists, key) ? spec.lists[key as ListKey] : undefined;
		if (allowed) {
			const values = raw
				.split(',')
				.map((v) => v.trim())
				.filter((v) => v !== '');
			for (const v of values) if (!allowed.includes(v)) ignored.push({ key, value: short(v) });
			const kept = canonical(values, allowed);
			if (kept.length > 0) lists[key as ListKey] = kept;
		} else if ((key === 'from' || key === 'to') && spec.years) {
			const year = /^\d{4}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
			if (year >= spec.years.min && year <= spec.years.max) {
				if (key === 'from') from = year;
				else to = year;
			} else ignored.push({ key, value: short(raw) });
		} else if (key === 'date' && spec.dates) {
			const value = raw.trim();
			if (isRealDate(value) && value >= spec.dates.min && value <= spec.dates.max)
				date = value === spec.dates.max ? null : value;
			else ignored.push({ key, value: short(raw) });
		} else ignored.push({ key: short(key), value: short(raw) });
	}
	for (const [key, values] of Object.entries(spec.defaults ?? {}))
		if (!lists[key as ListKey] && values.length > 0) lists[key as ListKey] = [...values];
	if (from !== null && to !== null && from > to) [from, to] = [to, from];
	return { filters: { lists, from, to, ...(spec.dates ? { date } : {}) }, ignored };
}

function sameList(a: readonly string[] = [], b: readonly string[] = []): boolean {
	return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The query string of a view: defaults omitted, keys sorted, so each view has exactly one URL. */
export function toSearch(filters: Filters, spec: FilterSpec): string {
	const parts: [string, string][] = [];
	for (const [key, allowed] of Object.entries(spec.lists)) {
		const values = canonical(filters.lists[key as ListKey] ?? [], allowed);
		const fallback = spec.defaults?.[key as ListKey] ?? [];
		if (values.length === 0 || sameList(values, fallback)) continue;
		parts.push([key, values.map(encodeURIComponent).join(',')]);
	}
	if (filters.from !== null) parts.push(['from', String(filters.from)]);
	if (filters.to !== null) parts.push(['to', String(filters.to)]);
	if (spec.dates && filters.date) parts.push(['date', filters.date]);
	parts.sort(([a], [b]) => (a < b ? -1 : 1));
	return parts.length === 0 ? '' : `?${parts.map(([k, v]) => `${k}=${v}`).join('&')}`;
}

/** Values in force for a key: the chosen ones, or every allowed value when none is chosen. */
export function selected(filters: Filters, spec: FilterSpec, key: ListKey): readonly string[] {
	const chosen = filters.lists[key];
	return chosen && chosen.length > 0 ? chosen : (spec.lists[key] ?? []);
}

export function inYears(year: number, filters: Filters): boolean {
	return (filters.from === null || year >= filters.from) && (filters.to === null || year <= filters.to);
}

/** The canonical query string for what a filter form holds (its entries as the browser would submit them). */
export function searchFromEntries(entries: Iterable<[string, FormDataEntryValue]>, spec: FilterSpec): string {
	const params = new URLSearchParams();
	for (const [key, value] of entries)
		if (typeof value === 'string' && value !== '') params.append(key, value);
	const search = toSearch(parseFilters(params, spec).filters, spec);
	// The page's own keys (a table's order, a chart's scale) ride along: a new filter keeps how the view is drawn.
	const own = PAGE_KEYS.flatMap((key) => params.getAll(key).map((v) => `${key}=${encodeURIComponent(v)}`));
	return own.length === 0 ? search : `${search}${search ? '&' : '?'}${own.join('&')}`;
}
