// What the atlas knows about each country or bloc, summed from the sourced datasets.
import type { Country } from './datasets/countries/schema';
import type { CountryProfile } from './datasets/country-profiles/schema';
import type { Measure, MeasureTarget } from './datasets/export-controls/schema';
import type { MarketShare } from './datasets/market-share/schema';
import type { Program } from './datasets/sovereign-compute/schema';
import type { Vendor } from './datasets/vendors/schema';

export interface ProfileInputs {
	countries: Country[];
	vendors: Vendor[];
	shares: MarketShare[];
	measures: Measure[];
	targets: MeasureTarget[];
	programs: Program[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Groups items by a key in one pass, so each country looks up its own rows instead of scanning every row. */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	}
	return groups;
}

/** Segments in which each vendor has a reported share; market share can run to millions of rows. */
function segmentsByVendor(shares: readonly MarketShare[]): Map<string, Set<string>> {
	const segments = new Map<string, Set<string>>();
	for (const s of shares) {
		if (s.share_pct === null) continue;
		const set = segments.get(s.vendor);
		if (set) set.add(s.segment);
		else segments.set(s.vendor, new Set([s.segment]));
	}
	return segments;
}

/** One profile per country or bloc (groups such as EAR-D5 are not places and get none). */
export function computeCountryProfiles(input: ProfileInputs): CountryProfile[] {
	const vendorsOf = groupBy(input.vendors, (v) => v.hq_country);
	const segmentsOf = segmentsByVendor(input.shares);
	const programsOf = groupBy(input.programs, (p) => p.country);
	const issuedBy = groupBy(input.measures, (m) => m.authority);
	const targetsOf = groupBy(input.targets, (t) => t.target);
	return input.countries
		.filter((c) => c.kind !== 'group')
		.map((c) => {
			const vendors = (vendorsOf.get(c.code) ?? []).map((v) => v.slug);
			const segments = [...new Set(vendors.flatMap((v) => [...(segmentsOf.get(v) ?? [])]))].sort();
			const programs = programsOf.get(c.code) ?? [];
			// Compute money only (see PROGRAM_SCOPES); a part counts when its larger program is broader.
			const compute = programs.filter((p) => p.scope === 'compute');
			const ids = new Set(compute.map((p) => p.id));
			const counted = compute.filter(
				(p) => p.amount_usd_m !== null && (p.part_of === null || !ids.has(p.part_of))
			);
			return {
				code: c.code,
				name: c.name,
				kind: c.kind,
				region: c.region,
				vendors: vendors.sort(),
				segments,
				measures_issued: issuedBy.get(c.code)?.length ?? 0,
				measures_targeting: new Set((targetsOf.get(c.code) ?? []).map((t) => t.measure_id)).size,
				programs: programs.length,
				public_usd_m: round2(counted.filter((p) => p.is_public).reduce((s, p) => s + p.amount_usd_m!, 0)),
				private_usd_m: round2(counted.filter((p) => !p.is_public).reduce((s, p) => s + p.amount_usd_m!, 0))
			};
		});
}
