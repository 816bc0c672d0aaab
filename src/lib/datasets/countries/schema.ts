// Countries, blocs and country groups referenced by the data; ISO names come from i18n-iso-countries.
import { z } from 'zod';
import { PLACE_KINDS, REGIONS } from '../../vocabulary';
import { list, optionalText, placeCode } from '../fields';

export { PLACE_KINDS, REGIONS };

export const countryInputSchema = z.object({
	code: placeCode().meta({ description: 'ISO 3166-1 alpha-3, EUU for the EU, EAR-* or GRP-* for groups' }),
	kind: z
		.enum(PLACE_KINDS)
		.meta({ description: 'country, bloc (e.g. EU) or group (e.g. EAR country group D:5)' }),
	name: optionalText().meta({ description: 'Name; for ISO countries empty means the ISO short name' }),
	region: z.enum(REGIONS).meta({ description: 'World Bank region' }),
	members: list(placeCode()).meta({
		description: 'Member country codes of a bloc or group, semicolon-separated'
	}),
	notes: optionalText().meta({ description: 'Remarks, e.g. the legal basis of a group' })
});

export const countrySchema = countryInputSchema.extend({
	name: z.string().min(1).meta({ description: 'Name (ISO 3166 short name for countries)' })
});
export type Country = z.infer<typeof countrySchema>;
