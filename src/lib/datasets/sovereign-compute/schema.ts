// National and bloc programs that buy or fund AI compute.
import { z } from 'zod';
import { FUNDING_TYPES, PROGRAM_SCOPES, STAGES } from '../../vocabulary';
import { currencyCode, list, partialDate, optionalText, placeCode, slug, text, year } from '../fields';

export { FUNDING_TYPES, PROGRAM_SCOPES, STAGES };

export const programInputSchema = z.object({
	id: slug().meta({ description: 'Program id' }),
	country: placeCode().meta({ description: 'Country (ISO3) or bloc (EUU)' }),
	program: text().meta({ description: 'Program name' }),
	announced: partialDate().meta({
		description: 'Date announced (YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no day)'
	}),
	amount_local_m: z.number().gt(0, { error: 'expected an amount above 0' }).nullable().meta({
		description: 'Amount as announced, in millions of the currency',
		unit: 'million (local currency)'
	}),
	currency: currencyCode().nullable().meta({ description: 'ISO 4217 currency of the amount' }),
	period_start: year().nullable().meta({ description: 'First year the money covers' }),
	period_end: year().nullable().meta({ description: 'Last year the money covers' }),
	funding: z.enum(FUNDING_TYPES).meta({ description: 'Who pays; private-pledge is never a public budget' }),
	stage: z.enum(STAGES).meta({ description: 'How far the program has got' }),
	scope: z.enum(PROGRAM_SCOPES).meta({
		description:
			'compute: the money buys compute; compute-and-chips: compute plus chip-industry support; broad: a wider AI plan or an investment vehicle at its fund size. Rankings compare compute only by default'
	}),
	gpus: z.int().min(0).nullable().meta({ description: 'Accelerators bought, where stated', unit: 'GPUs' }),
	pflops: z.number().min(0).nullable().meta({ description: 'Compute, where stated', unit: 'PFLOPS' }),
	mw: z.number().min(0).nullable().meta({ description: 'Power capacity, where stated', unit: 'MW' }),
	systems: optionalText().meta({ description: 'Systems bought or built' }),
	eu_cofunded: z.boolean().meta({
		description:
			'The amount includes EU money (EuroHPC co-funding, an expected EU subsidy): a national row that is not all national money'
	}),
	eu_share_pct: z.number().gt(0).max(100).nullable().meta({
		description: "The EU's share of the amount, where a source states it",
		unit: '%'
	}),
	part_of: slug().nullable().meta({
		description:
			'Id of a larger program of the same country that contains this one; totals count only the larger'
	}),
	source_ids: list(slug())
		.min(1, { error: 'expected at least one source id' })
		.meta({ description: 'Source ids' }),
	notes: optionalText().meta({ description: 'Remarks' })
});

export const programSchema = programInputSchema.extend({
	amount_usd_m: z
		.number()
		.nullable()
		.meta({ description: 'Amount in US dollars (derived from fx-rates)', unit: 'million USD' }),
	fx_year: z.int().nullable().meta({ description: 'Year of the annual average rate used (derived)' }),
	is_public: z.boolean().meta({ description: 'False for private pledges (derived from funding)' })
});
export type Program = z.infer<typeof programSchema>;
