// Vendors: companies in the AI chip supply chain.
import { placeFk } from '../keys';
import type { DatasetDef } from '../types';
import { vendorSchema } from './schema';

export const vendors = {
	id: 'vendors',
	title: 'Vendors',
	description: 'Companies in the AI chip supply chain with headquarters country and role.',
	kind: 'reference',
	input: 'vendors.csv',
	inputSchema: vendorSchema,
	schema: vendorSchema,
	primaryKey: ['slug'],
	foreignKeys: [placeFk('hq_country')]
} as const satisfies DatasetDef;
