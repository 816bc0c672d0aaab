// Companies across the AI chip supply chain.
import { z } from 'zod';
import { VENDOR_ROLES, OTHERS_VENDOR } from '../../vocabulary';
import { list, placeCode, slug, text } from '../fields';

export { VENDOR_ROLES, OTHERS_VENDOR };

export const vendorSchema = z.object({
	slug: slug().meta({ description: 'Vendor id' }),
	name: text().meta({ description: 'Company name' }),
	hq_country: placeCode().meta({ description: 'Headquarters country (ISO 3166-1 alpha-3)' }),
	role: z.enum(VENDOR_ROLES).meta({ description: 'Main role in the supply chain' }),
	aliases: list(text()).meta({ description: 'Other names, semicolon-separated' })
});
export type Vendor = z.infer<typeof vendorSchema>;
