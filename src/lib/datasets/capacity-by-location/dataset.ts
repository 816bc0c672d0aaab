// Capacity by location: one country's share of a segment's production capacity, as one source reports it.
import { periodYear } from '../market-share/schema';
import { placeFk, sourceFk } from '../keys';
import { checkGroupSums } from '../share-sums';
import type { CheckContext, DataIssue, DatasetDef } from '../types';
import { capacityInputSchema, capacitySchema, type Capacity } from './schema';

const ID = 'capacity-by-location';

function checkCapacitySums(ctx: CheckContext): DataIssue[] {
	return checkGroupSums<Capacity>(ctx, ID, (r) => [r.segment, r.period, r.source_id]);
}

export const capacityByLocation = {
	id: ID,
	title: 'Manufacturing capacity by location',
	description:
		'Share of advanced-node manufacturing capacity located in each country, whoever owns the fabs, by period and source.',
	kind: 'dataset',
	input: 'capacity-by-location.csv',
	inputSchema: capacityInputSchema,
	schema: capacitySchema,
	primaryKey: ['segment', 'period', 'country', 'source_id'],
	foreignKeys: [
		{ field: 'segment', resource: 'segments', resourceField: 'id' },
		placeFk('country'),
		sourceFk('source_id')
	],
	checks: [checkCapacitySums],
	computed: { year: (r) => periodYear(r.period as string) }
} as const satisfies DatasetDef;
