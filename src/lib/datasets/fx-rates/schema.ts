// Annual average exchange rates; every USD amount in the outputs is derived from these.
import { z } from 'zod';
import { currencyCode, optionalText, slug, year } from '../fields';

export const fxRateSchema = z.object({
	currency: currencyCode().meta({ description: 'ISO 4217 currency code' }),
	year: year().meta({ description: 'Calendar year of the average' }),
	usd_per_unit: z
		.number()
		.gt(0, { error: 'expected a rate above 0' })
		.meta({ description: 'Annual average US dollars per one unit of the currency', unit: 'USD' }),
	source_id: slug().meta({ description: 'Source id' }),
	notes: optionalText().meta({ description: 'Remarks, e.g. how a quote was inverted' })
});
export type FxRate = z.infer<typeof fxRateSchema>;
