// What the atlas knows about each country or bloc, summed from the sourced datasets.
import type { Country } from './schemas/countries';
import type { CountryProfile } from './schemas/derived';
import type { Measure, MeasureTarget } from './schemas/export-controls';
import type { MarketShare } from './schemas/market-share';
import type { Program } from './schemas/sovereign-compute';
import type { Vendor } from './schemas/vendors';

export interface ProfileInputs {
	countries: Country[];
	vendors: Vendor[];
	shares: MarketShare[];
	measures: Measure[];
	targets: MeasureTarget[];
	programs: Program[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One profile per country or bloc (groups such as EAR-D5 are not places and get none). */
export function computeCountryProfiles(input: ProfileInputs): CountryProfile[] {
	return input.countries
		.filter((c) => c.kind !== 'group')
		.map((c) => {
			const vendors = input.vendors.filter((v) => v.hq_country === c.code).map((v) => v.slug);
			const segments = [
				...new Set(
					input.shares.filter((s) => vendors.includes(s.vendor) && s.share_pct !== null).map((s) => s.segment)
				)
			].sort();
			const programs = input.programs.filter((p) => p.country === c.code);
			const counted = programs.filter((p) => p.part_of === null && p.amount_usd_m !== null);
			return {
				code: c.code,
				name: c.name,
				kind: c.kind,
				region: c.region,
				vendors: vendors.sort(),
				segments,
				measures_issued: input.measures.filter((m) => m.authority === c.code).length,
				measures_targeting: new Set(input.targets.filter((t) => t.target === c.code).map((t) => t.measure_id))
					.size,
				programs: programs.length,
				public_usd_m: round2(counted.filter((p) => p.is_public).reduce((s, p) => s + p.amount_usd_m!, 0)),
				private_usd_m: round2(counted.filter((p) => !p.is_public).reduce((s, p) => s + p.amount_usd_m!, 0))
			};
		});
}
