import { describe, expect, it } from 'vitest';
import { computeCountryProfiles, type ProfileInputs } from './country-profiles';

// Only the fields the profiles read; the casts keep the fixture short.
const input = {
	countries: [
		{ code: 'KOR', name: 'Korea', kind: 'country', region: 'east-asia-pacific' },
		{ code: 'USA', name: 'United States', kind: 'country', region: 'north-america' },
		{ code: 'EAR-D5', name: 'Country Group D:5', kind: 'group', region: 'north-america' }
	],
	vendors: [
		{ slug: 'sk-hynix', hq_country: 'KOR' },
		{ slug: 'samsung', hq_country: 'KOR' },
		{ slug: 'micron', hq_country: 'USA' }
	],
	shares: [
		{ vendor: 'samsung', segment: 'nand', share_pct: 30 },
		{ vendor: 'sk-hynix', segment: 'hbm', share_pct: 50 },
		{ vendor: 'samsung', segment: 'hbm', share_pct: 40 },
		{ vendor: 'micron', segment: 'dram', share_pct: null }
	],
	measures: [
		{ id: 'm1', authority: 'USA' },
		{ id: 'm2', authority: 'USA' }
	],
	targets: [
		{ measure_id: 'm1', target: 'KOR' },
		{ measure_id: 'm1', target: 'KOR' },
		{ measure_id: 'm2', target: 'KOR' }
	],
	programs: [
		{ id: 'p1', country: 'KOR', scope: 'compute', part_of: null, amount_usd_m: 100.004, is_public: true },
		{ id: 'p2', country: 'KOR', scope: 'compute', part_of: null, amount_usd_m: 50, is_public: false },
		{ id: 'p3', country: 'KOR', scope: 'compute', part_of: 'p1', amount_usd_m: 999, is_public: true },
		{ id: 'p4', country: 'USA', scope: 'compute', part_of: null, amount_usd_m: null, is_public: true },
		// A broad AI plan is not compute money; its compute part counts on its own.
		{ id: 'p5', country: 'USA', scope: 'broad', part_of: null, amount_usd_m: 5000, is_public: true },
		{ id: 'p6', country: 'USA', scope: 'compute', part_of: 'p5', amount_usd_m: 300, is_public: true }
	]
} as unknown as ProfileInputs;

describe('computeCountryProfiles', () => {
	const profiles = computeCountryProfiles(input);
	const kor = profiles.find((p) => p.code === 'KOR')!;
	const usa = profiles.find((p) => p.code === 'USA')!;

	it('gives places a profile and groups none', () => {
		expect(profiles.map((p) => p.code)).toEqual(['KOR', 'USA']);
	});
	it('lists headquartered vendors and the segments where they hold a reported share, sorted', () => {
		expect(kor.vendors).toEqual(['samsung', 'sk-hynix']);
		expect(kor.segments).toEqual(['hbm', 'nand']);
		expect(usa.segments).toEqual([]);
	});
	it('counts measures issued and distinct measures targeting', () => {
		expect([usa.measures_issued, usa.measures_targeting]).toEqual([2, 0]);
		expect([kor.measures_issued, kor.measures_targeting]).toEqual([0, 2]);
	});
	it('sums public and private compute money apart, leaving out broad programs and parts of counted ones', () => {
		expect(kor).toMatchObject({ programs: 3, public_usd_m: 100, private_usd_m: 50 });
		expect(usa).toMatchObject({ programs: 3, public_usd_m: 300, private_usd_m: 0 });
	});
});
