// Field builders shared by every dataset schema: each carries the messages a data editor reads.
import { z } from 'zod';
import { firstDayOf, isRealDate } from '../dates';

export { isRealDate };

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = () =>
	z.string().regex(SLUG_RE, { error: 'expected a lower-case kebab-case id such as "tsmc" or "asml-euv"' });

export const isoDate = () =>
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD', abort: true })
		.refine(isRealDate, { error: 'expected a calendar date that exists' });

/** A publication date known to the day, the month or only the year. */
export const partialDate = () =>
	z
		.string()
		.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
		.refine((t) => isRealDate(firstDayOf(t)), {
			error: 'expected a calendar date that exists'
		});

/** Countries are ISO 3166-1 alpha-3; blocs and groups use documented extra codes (see data/README.md). */
export const placeCode = () =>
	z.string().regex(/^(?:[A-Z]{3}|EAR-[A-Z][0-9]|GRP-[A-Z0-9-]+)$/, {
		error:
			'expected an ISO 3166-1 alpha-3 code (e.g. USA), a bloc code (EUU) or a group code (EAR-D5, GRP-...)'
	});

export const year = () =>
	z.int({ error: 'expected a whole year' }).min(1990, { error: 'expected a year from 1990' }).max(2100, {
		error: 'expected a year up to 2100'
	});

export const text = () => z.string().min(1, { error: 'expected a non-empty value' });

export const optionalText = () => z.string().nullable();

/** A semicolon-separated list in the CSV; an item given twice is a typing slip, and would be counted twice. */
export const list = <T extends z.ZodType>(item: T) =>
	z.array(item).refine((items) => new Set(items).size === items.length, {
		error: 'expected each item once: an item is listed twice'
	});

export const currencyCode = () =>
	z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code such as EUR' });

export const url = () =>
	z.string().regex(/^https?:\/\/[^\s]+$/, { error: 'expected an http(s) URL without spaces' });
