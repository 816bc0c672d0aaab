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
