// Countries, blocs and country groups referenced by the data; ISO names come from i18n-iso-countries.
import { z } from 'zod';
import { list, optionalText, placeCode } from './fields';

export const PLACE_KINDS = ['country', 'bloc', 'group'] as const;
/** World Bank regions: a maintained, widely used grouping. */
export const REGIONS = [
	'east-asia-pacific',
	'europe-central-asia',
	'latin-america-caribbean',
	'middle-east-north-africa',
	'north-america',
	'south-asia',
	'sub-saharan-africa',
	'multiple'
] as const;

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
