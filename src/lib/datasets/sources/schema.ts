// Documents that every data row cites.
import { z } from 'zod';
import { SOURCE_TYPES } from '../../vocabulary';
import { optionalText, partialDate, isoDate, slug, text, url } from '../fields';

export { SOURCE_TYPES };

export const SOURCE_KINDS = [
	'government',
	'legislation',
	'company-filing',
	'company-release',
	'analyst',
	'press',
	'law-firm',
	'think-tank',
	'academic',
	'international-org'
] as const;

/** Kinds that report on others' figures or texts: such a source is secondary whatever it says of itself. */
export const SECONDARY_KINDS: readonly (typeof SOURCE_KINDS)[number][] = [
	'analyst',
	'press',
	'law-firm',
	'think-tank',
	'academic'
];

export const sourceSchema = z.object({
	id: slug().meta({ description: 'Source id, cited by data rows' }),
	publisher: text().meta({ description: 'Organisation that published the original document' }),
	title: text().meta({ description: 'Title of the original document' }),
	url: url()
		.nullable()
		.meta({ description: "The original document's address; empty when it could not be established" }),
	published: partialDate()
		.nullable()
		.meta({ description: 'Publication date (YYYY, YYYY-MM or YYYY-MM-DD); empty when the page shows none' }),
	accessed: isoDate().meta({ description: 'Date the document was consulted' }),
	type: z
		.enum(SOURCE_TYPES)
		.meta({ description: 'primary: government text or company filing; secondary: analyst, press, law firm' }),
	kind: z.enum(SOURCE_KINDS).meta({ description: 'Kind of publisher' }),
	copy_publisher: optionalText().meta({
		description:
			'Who hosts the copy that was read, when it is not the original (a syndication, a mirror, a translation)'
	}),
	copy_url: url().nullable().meta({ description: 'Where that copy was read' }),
	notes: optionalText().meta({ description: 'Remarks on the source' })
});
export type Source = z.infer<typeof sourceSchema>;

/** The address a reader follows: the original's where it is known, else the copy that was read. */
export function sourceHref(s: Pick<Source, 'url' | 'copy_url'>): string {
	return s.url ?? s.copy_url ?? '';
}
