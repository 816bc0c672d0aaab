// Segments: the supply-chain layers in which market share is measured.
import type { DatasetDef } from '../types';
import { segmentSchema } from './schema';

export const segments = {
	id: 'segments',
	title: 'Supply-chain segments',
	description: 'Segments in which market share is measured, grouped by supply-chain layer.',
	kind: 'reference',
	input: 'segments.csv',
	inputSchema: segmentSchema,
	schema: segmentSchema,
	primaryKey: ['id'],
	foreignKeys: [{ field: 'parent', resource: 'segments', resourceField: 'id' }]
} as const satisfies DatasetDef;
