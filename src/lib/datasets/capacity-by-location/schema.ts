// Where manufacturing capacity sits: share of a segment's capacity located in each country, whoever owns it.
import { z } from 'zod';
import { optionalText, placeCode, slug } from '../fields';
import { BASES, PERIOD_RE } from '../market-share/schema';

export const capacityInputSchema = z.object({
	segment: slug().meta({ description: 'Segment id (see segments)' }),
	period: z
		.string()
		.regex(PERIOD_RE, { error: 'expected a period as YYYY, YYYY-Q1..Q4 or YYYY-H1/H2' })
		.meta({ description: 'Year, quarter or half year' }),
	country: placeCode().meta({ description: 'Where the capacity is located (country or bloc)' }),
	share_pct: z
		.number()
		.min(0, { error: 'expected a share from 0 to 100' })
		.max(100, { error: 'expected a share from 0 to 100' })
		.meta({ description: 'Share of the segment\u2019s capacity located there', unit: 'percent' }),
	source_id: slug().meta({ description: 'Source id' }),
	basis: z.enum(BASES).meta({ description: 'reported, estimate, forecast or derived' }),
	notes: optionalText().meta({ description: 'Node cut-off and scope' })
});

export const capacitySchema = capacityInputSchema.extend({
	year: z.int().meta({ description: 'Calendar year of the period (derived)' })
});
export type Capacity = z.infer<typeof capacitySchema>;
