// Rows of the reference and derived tables for unit tests: valid by default, overridable per test.
import type { CitedSource } from '../../src/lib/dataset-file';
import type { Capacity } from '../../src/lib/datasets/capacity-by-location/schema';
import type { Country } from '../../src/lib/datasets/countries/schema';
import type { Concentration } from '../../src/lib/datasets/concentration/schema';
import type { CountryProfile } from '../../src/lib/datasets/country-profiles/schema';
import type { FxRate } from '../../src/lib/datasets/fx-rates/schema';
import type { Segment } from '../../src/lib/datasets/segments/schema';
import type { Source } from '../../src/lib/datasets/sources/schema';
import type { Vendor } from '../../src/lib/datasets/vendors/schema';

export const vendor = (slug: string, p: Partial<Vendor> = {}): Vendor => ({
	slug,
	name: slug.toUpperCase(),
	hq_country: 'USA',
	role: 'fabless',
	aliases: [],
	...p
});

export const country = (code: string, p: Partial<Country> = {}): Country => ({
	code,
	kind: 'country',
	name: code,
	region: 'multiple',
	members: [],
	notes: null,
	...p
});

export const segment = (id: string, p: Partial<Segment> = {}): Segment => ({
	id,
	name: id,
	layer: 'chips',
	description: id,
	parent: null,
	...p
});

export const source = (id: string, p: Partial<Source> = {}): Source => ({
	id,
	publisher: `Publisher ${id}`,
	title: `Title of ${id}`,
	url: `https://example.org/${id}`,
	published: '2025-01-01',
	accessed: '2026-01-01',
	type: 'secondary',
	kind: 'analyst',
	copy_publisher: null,
	copy_url: null,
	notes: null,
	...p
});

/** A source as a dataset file cites it (the fields pages show). */
export const citedSource = (
	id: string,
	type: CitedSource['type'],
	published: string | null
): CitedSource => ({
	id,
	publisher: `Publisher ${id}`,
	title: `Title of ${id}`,
	url: `https://example.org/${id}`,
	published,
	type,
	copy_publisher: null,
	copy_url: null
});

export const fxRate = (
	currency: string,
	year: number,
	usd_per_unit: number,
	p: Partial<FxRate> = {}
): FxRate => ({
	currency,
	year,
	usd_per_unit,
	source_id: 's',
	notes: null,
	...p
});

export const capacity = (country: string, share_pct: number, p: Partial<Capacity> = {}): Capacity => ({
	segment: 'foundry',
	period: '2024',
	country,
	share_pct,
	source_id: 's',
	basis: 'estimate',
	notes: null,
	year: 2024,
	...p
});

export const concentration = (p: Partial<Concentration> = {}): Concentration => ({
	segment: 'hbm',
	metric: 'revenue',
	period: '2024',
	year: 2024,
	market: 'WLD',
	source_id: 's',
	vendors: 2,
	coverage_pct: 100,
	complete: true,
	forecast: false,
	hhi: 5000,
	top_vendor: 'a',
	top_share_pct: 50,
	top_country: 'KOR',
	top_country_share_pct: 100,
	...p
});

export const countryProfile = (code: string, p: Partial<CountryProfile> = {}): CountryProfile => ({
	code,
	name: code,
	kind: 'country',
	region: 'multiple',
	vendors: [],
	segments: [],
	measures_issued: 0,
	measures_targeting: 0,
	programs: 0,
	public_usd_m: 0,
	private_usd_m: 0,
	...p
});
