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
