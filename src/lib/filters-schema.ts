// The zod schema of parsed filters, kept apart from filters.ts so that the client bundle has no zod.
import { z } from 'zod';
import type { FilterSpec, ListKey } from './filters';

/** The zod schema of a page's filters: what a parsed view may hold. */
export function filtersSchema(spec: FilterSpec) {
	const lists = Object.fromEntries(
		Object.entries(spec.lists).map(([key, allowed]) => [
			key,
			z.array(z.enum(allowed as [string, ...string[]])).default([...(spec.defaults?.[key as ListKey] ?? [])])
		])
	);
	const year = spec.years ? z.int().min(spec.years.min).max(spec.years.max).nullable() : z.null();
	const range = spec.dates;
	const date = range
		? z.iso
				.date()
				.refine((d) => d >= range.min && d <= range.max)
				.nullable()
		: z.null();
	return z.object({
		lists: z.object(lists),
		from: year.default(null),
		to: year.default(null),
		...(spec.dates ? { date: date.default(null) } : {})
	});
}
