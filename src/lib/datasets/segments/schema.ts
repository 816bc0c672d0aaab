// Layers of the AI chip supply chain in which market share is measured.
import { z } from 'zod';
import { slug, text } from '../fields';

export const LAYERS = [
	'chips',
	'systems',
	'memory',
	'manufacturing',
	'packaging',
	'equipment',
	'design-tools',
	'cloud'
] as const;

export const segmentSchema = z.object({
	id: slug().meta({ description: 'Segment id' }),
	name: text().meta({ description: 'Segment name' }),
	layer: z.enum(LAYERS).meta({ description: 'Supply-chain layer' }),
	description: text().meta({ description: 'What the segment covers' }),
	parent: slug().nullable().meta({
		description:
			'The segment this one is a sub-sector or another definition of; its shares never share a line, ranking or HHI with the parent'
	})
});
export type Segment = z.infer<typeof segmentSchema>;
