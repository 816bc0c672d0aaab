// Computed by the pipeline from the sourced datasets; nobody edits it by hand.
import { z } from 'zod';
import { list, placeCode, slug } from '../fields';
import { PLACE_KINDS, REGIONS } from '../countries/schema';

export const countryProfileSchema = z.object({
	code: placeCode().meta({ description: 'Country or bloc code' }),
	name: z.string().meta({ description: 'Name' }),
	kind: z.enum(PLACE_KINDS).meta({ description: 'country or bloc' }),
	region: z.enum(REGIONS).meta({ description: 'World Bank region' }),
	vendors: list(slug()).meta({ description: 'Vendors headquartered there' }),
	segments: list(slug()).meta({ description: 'Segments in which its vendors hold a share in any source' }),
	measures_issued: z.int().meta({ description: 'Export-control measures it issued' }),
	measures_targeting: z.int().meta({ description: 'Measures that name it as a target' }),
	programs: z.int().meta({ description: 'Sovereign compute programs' }),
	public_usd_m: z.number().meta({
		description:
			'Public money for compute (programs of scope compute; a part counts only when its larger program is broader), million USD',
		unit: 'million USD'
	}),
	private_usd_m: z.number().meta({
		description:
			'Private pledges for compute, counted the same way, million USD (never part of public_usd_m)',
		unit: 'million USD'
	})
});
export type CountryProfile = z.infer<typeof countryProfileSchema>;
