// Computed by the pipeline from market-share; nobody edits it by hand.
import { z } from 'zod';
import { placeCode, slug, year } from '../fields';
import { METRICS } from '../market-share/schema';

export const concentrationSchema = z.object({
	segment: slug().meta({ description: 'Segment id' }),
	metric: z.enum(METRICS).meta({ description: 'What the shares are shares of' }),
	period: z.string().meta({ description: 'Year, quarter or half year' }),
	year: year().meta({ description: 'Calendar year of the period' }),
	market: placeCode().meta({ description: 'Geographic market (WLD for worldwide)' }),
	source_id: slug().meta({ description: 'Source whose shares are combined (sources are never mixed)' }),
	vendors: z
		.int()
		.min(1)
		.meta({ description: 'Named vendors with a share (the "others" remainder excluded)' }),
	coverage_pct: z.number().meta({ description: 'Sum of the named vendors\u2019 shares', unit: 'percent' }),
	complete: z.boolean().meta({
		description:
			'Whether the named vendors cover enough of the market (80% or more) for the HHI to be charted; below it the HHI is a loose lower bound'
	}),
	forecast: z
		.boolean()
		.meta({ description: 'Whether the shares are a forecast (never charted as concentration)' }),
	hhi: z.number().meta({
		description:
			'Herfindahl-Hirschman index: sum of squared shares of named vendors (0-10,000); a lower bound when coverage is below 100',
		unit: 'index points'
	}),
	top_vendor: slug().meta({ description: 'Vendor with the largest share' }),
	top_share_pct: z.number().meta({ description: 'Largest vendor share', unit: 'percent' }),
	top_country: placeCode().meta({ description: 'Headquarters country holding the largest combined share' }),
	top_country_share_pct: z
		.number()
		.meta({ description: 'Combined share of that country\u2019s vendors', unit: 'percent' })
});
export type Concentration = z.infer<typeof concentrationSchema>;
