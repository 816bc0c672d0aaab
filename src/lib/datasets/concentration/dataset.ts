// Concentration: the Herfindahl-Hirschman index and leaders of each source's shares, derived from market share.
import { computeConcentration } from '../../concentration';
import { placeFk, sourceFk } from '../keys';
import type { MarketShare } from '../market-share/schema';
import type { DatasetDef, DeriveContext } from '../types';
import type { Vendor } from '../vendors/schema';
import { concentrationSchema } from './schema';

function deriveConcentration(ctx: DeriveContext) {
	const hq = new Map(ctx.rows<Vendor>('vendors').map(({ row }) => [row.slug, row.hq_country]));
	return computeConcentration(ctx.published<MarketShare>('market-share'), (v) => hq.get(v));
}

export const concentration = {
	id: 'concentration',
	title: 'Market concentration',
	description:
		'Per segment, metric, period and source: the Herfindahl-Hirschman index, the top vendor and the top headquarters country, computed from market-share.',
	kind: 'derived',
	input: null,
	inputSchema: null,
	schema: concentrationSchema,
	primaryKey: ['segment', 'metric', 'period', 'market', 'source_id'],
	foreignKeys: [
		{ field: 'segment', resource: 'segments', resourceField: 'id' },
		{ field: 'top_vendor', resource: 'vendors', resourceField: 'slug' },
		placeFk('top_country'),
		sourceFk('source_id')
	],
	derive: deriveConcentration
} as const satisfies DatasetDef;
