// Country profiles: per country and bloc, what the other datasets say about it, derived by the pipeline.
import { computeCountryProfiles } from '../../country-profiles';
import type { Country } from '../countries/schema';
import type { Measure, MeasureTarget } from '../export-controls/schema';
import { placeFk } from '../keys';
import type { MarketShare } from '../market-share/schema';
import type { Program } from '../sovereign-compute/schema';
import type { DatasetDef, DeriveContext } from '../types';
import type { Vendor } from '../vendors/schema';
import { countryProfileSchema } from './schema';

function deriveProfiles(ctx: DeriveContext) {
	return computeCountryProfiles({
		countries: ctx.published<Country>('countries'),
		vendors: ctx.published<Vendor>('vendors'),
		shares: ctx.published<MarketShare>('market-share'),
		measures: ctx.published<Measure>('export-controls'),
		targets: ctx.published<MeasureTarget>('export-control-targets'),
		programs: ctx.published<Program>('sovereign-compute')
	});
}

export const countryProfiles = {
	id: 'country-profiles',
	title: 'Country profiles',
	description:
		'Per country and bloc: its vendors and the segments where they hold share, export controls issued and faced, and compute funding, public and private apart.',
	kind: 'derived',
	input: null,
	inputSchema: null,
	schema: countryProfileSchema,
	primaryKey: ['code'],
	foreignKeys: [placeFk('code'), { field: 'vendors', resource: 'vendors', resourceField: 'slug' }],
	derive: deriveProfiles
} as const satisfies DatasetDef;
