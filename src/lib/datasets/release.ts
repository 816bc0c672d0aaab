// Facts about a data release that every output carries.
import { z } from 'zod';
import { isoDate, text } from './fields';

export const releaseSchema = z.object({
	title: text(),
	cutoff: isoDate().meta({ description: 'No row describes events after this date' }),
	licence: z.object({ name: text(), title: text(), path: z.string().regex(/^https:\/\//) }),
	code_licence: text(),
	homepage: text()
});
export type Release = z.infer<typeof releaseSchema>;

/** What one data release changed in one dataset, by primary key (the key's fields joined by " | "). */
export const releaseChangeSchema = z.object({
	dataset: text(),
	added: z.array(z.string()),
	changed: z.array(z.string()),
	removed: z.array(z.string())
});

/**
 * The releases recorded so far, newest first: each the day it was recorded (`npm run data -- --release`), the
 * cut-off of its data and its row changes since the release before. Written by the script, never by hand.
 */
export const releaseHistorySchema = z.array(
	z.object({ released: isoDate(), cutoff: isoDate(), changes: z.array(releaseChangeSchema) })
);
export type ReleaseHistory = z.infer<typeof releaseHistorySchema>;
export type ReleaseChange = z.infer<typeof releaseChangeSchema>;

/** How a release keys a row: its primary key's values, joined. */
const KEY_JOIN = ' | ';

export function releaseKey(primaryKey: readonly string[], row: Record<string, unknown>): string {
	return primaryKey.map((k) => String(row[k] ?? '')).join(KEY_JOIN);
}

/** A release key read back into its fields, by the dataset's primary key. */
export function releaseKeyFields(primaryKey: readonly string[], key: string): Record<string, string> {
	const values = key.split(KEY_JOIN);
	return Object.fromEntries(primaryKey.map((k, i) => [k, values[i] ?? '']));
}
