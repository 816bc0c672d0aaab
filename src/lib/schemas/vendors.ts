// Companies across the AI chip supply chain.
import { z } from 'zod';
import { list, placeCode, slug, text } from './fields';

export const VENDOR_ROLES = [
	'fabless',
	'foundry',
	'idm',
	'memory',
	'equipment',
	'eda',
	'cloud',
	'osat',
	'server-oem',
	'ip',
	'other'
] as const;

/** Market-share rows may name this pseudo-vendor for the remainder a source reports. */
export const OTHERS_VENDOR = 'others';

export const vendorSchema = z.object({
	slug: slug().meta({ description: 'Vendor id' }),
	name: text().meta({ description: 'Company name' }),
	hq_country: placeCode().meta({ description: 'Headquarters country (ISO 3166-1 alpha-3)' }),
	role: z.enum(VENDOR_ROLES).meta({ description: 'Main role in the supply chain' }),
	aliases: list(text()).meta({ description: 'Other names, semicolon-separated' })
});
export type Vendor = z.infer<typeof vendorSchema>;
