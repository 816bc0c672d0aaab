// The search index, built from the datasets at build time.
import { label } from '$lib/labels';
import type { SearchEntry } from '$lib/search';
import { rows } from './datasets';

export function buildSearchIndex(): SearchEntry[] {
	const profiles = new Set(rows('country-profiles').map((p) => p.code));
	const countryName = new Map(rows('countries').map((c) => [c.code, c.name]));
	const vendorTerms = new Map(rows('vendors').map((v) => [v.slug, [v.name, ...v.aliases]]));
	const chipName = new Map(rows('chips').map((c) => [c.slug, c.name]));
	return [
		...rows('countries')
			.filter((c) => profiles.has(c.code))
			.map((c) => ({
				kind: 'country' as const,
				label: c.name,
				terms: [c.code],
				href: `/countries/${c.code}`,
				// Its region (a bloc or group says so): "country · country" said nothing.
				detail: c.kind === 'country' ? label(c.region) : c.kind
			})),
		...rows('vendors').map((v) => ({
			kind: 'vendor' as const,
			label: v.name,
			terms: [v.slug, ...v.aliases],
			href: `/vendors/${v.slug}`,
			detail: countryName.get(v.hq_country) ?? v.hq_country
		})),
		...rows('chips').map((c) => ({
			kind: 'chip' as const,
			label: c.name,
			terms: [c.slug],
			href: `/chips/${c.slug}`,
			detail: vendorTerms.get(c.vendor)?.[0] ?? c.vendor
		})),
		...rows('export-controls').map((m) => ({
			kind: 'measure' as const,
			label: m.title,
			// The companies and chips a measure names find it too ("nvidia" finds every measure naming NVIDIA).
			terms: [
				m.id,
				m.citation ?? '',
				m.body,
				...m.named_vendors.flatMap((v) => vendorTerms.get(v) ?? [v]),
				...m.named_chips.map((c) => chipName.get(c) ?? c)
			],
			href: `/export-controls/${m.id}`,
			detail: `${countryName.get(m.authority) ?? m.authority}, ${m.first_date}`
		})),
		...rows('sovereign-compute').map((p) => ({
			kind: 'program' as const,
			label: p.program,
			terms: [p.id],
			href: `/sovereign-compute/${p.id}`,
			detail: `${countryName.get(p.country) ?? p.country}, ${p.announced}`
		}))
	];
}
