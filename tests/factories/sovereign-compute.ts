// A sovereign-compute program for unit tests: valid by default, overridable per test.
import type { Program } from '../../src/lib/datasets/sovereign-compute/schema';

export const program = (
	id: string,
	country: string,
	funding: Program['funding'],
	usd: number | null,
	p: Partial<Program> = {}
): Program => ({
	id,
	country,
	program: id,
	announced: '2024-01-01',
	amount_local_m: usd,
	currency: usd === null ? null : 'USD',
	period_start: null,
	period_end: null,
	funding,
	stage: 'announced',
	scope: 'compute',
	gpus: null,
	pflops: null,
	mw: null,
	systems: null,
	source_ids: ['s'],
	notes: null,
	eu_cofunded: false,
	eu_share_pct: null,
	part_of: null,
	amount_usd_m: usd,
	fx_year: usd === null ? null : 2024,
	is_public: funding !== 'private-pledge',
	...p
});
