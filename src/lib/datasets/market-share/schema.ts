// Market share observations, one per segment, metric, period, vendor and source (long format).
import { z } from 'zod';
import { METRICS, BASES, PERIOD_RE } from '../../vocabulary';
import { optionalText, placeCode, slug } from '../fields';

export { METRICS, BASES, PERIOD_RE };

export const marketShareInputSchema = z.object({
	segment: slug().meta({ description: 'Segment id (see segments)' }),
	metric: z.enum(METRICS).meta({ description: 'What the share is a share of' }),
	period: z
		.string()
		.regex(PERIOD_RE, { error: 'expected a period as YYYY, YYYY-Q1..Q4 or YYYY-H1/H2' })
		.meta({ description: 'Year, quarter or half year' }),
	vendor: slug().meta({ description: 'Vendor slug, or "others" for the remainder' }),
	market: placeCode().meta({
		description: 'Geographic market the share is measured in: WLD for worldwide, or a country such as CHN'
	}),
	share_pct: z
		.number()
		.min(0, { error: 'expected a share from 0 to 100' })
		.max(100, { error: 'expected a share from 0 to 100' })
		.nullable()
		.meta({
			description: 'Share of the segment; empty when the source gives only an absolute value',
			unit: 'percent'
		}),
	value: z.number().nullable().meta({ description: 'Absolute figure the source gives for the vendor' }),
	unit: optionalText().meta({ description: 'Unit of value, e.g. "USD bn"' }),
	source_id: slug().meta({ description: 'Source id' }),
	basis: z.enum(BASES).meta({ description: 'reported, estimate (analyst), forecast or derived' }),
	notes: optionalText().meta({ description: 'Definitions and flags' })
});

export const marketShareSchema = marketShareInputSchema.extend({
	year: z.int().meta({ description: 'Calendar year of the period (derived)' })
});
export type MarketShare = z.infer<typeof marketShareSchema>;

/** The year a period falls in: "2024-Q3" -> 2024. */
export function periodYear(period: string): number {
	return Number(period.slice(0, 4));
}
