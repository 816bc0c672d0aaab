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
	publisher: text().meta({ description: 'Organisation that published the document' }),
	title: text().meta({ description: 'Title of the document' }),
	url: url().meta({ description: 'Where the document was read' }),
	published: partialDate()
		.nullable()
		.meta({ description: 'Publication date (YYYY, YYYY-MM or YYYY-MM-DD); empty when the page shows none' }),
	accessed: isoDate().meta({ description: 'Date the document was consulted' }),
	type: z
		.enum(SOURCE_TYPES)
		.meta({ description: 'primary: government text or company filing; secondary: analyst, press, law firm' }),
	kind: z.enum(SOURCE_KINDS).meta({ description: 'Kind of publisher' }),
	notes: optionalText().meta({ description: 'Remarks on the source' })
});
export type Source = z.infer<typeof sourceSchema>;
