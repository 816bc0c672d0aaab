// Lookup tables from ids to display names, sent to pages as plain objects.
import { rows } from './datasets';

export function vendorNames(): Record<string, string> {
	return Object.fromEntries([...rows('vendors').map((v) => [v.slug, v.name]), ['others', 'Others']]);
}

export function countryNames(): Record<string, string> {
	return Object.fromEntries(rows('countries').map((c) => [c.code, c.name]));
}

export function segmentNames(): Record<string, string> {
	return Object.fromEntries(rows('segments').map((s) => [s.id, s.name]));
}

export function sourceLabels(): Record<string, { label: string; url: string }> {
	return Object.fromEntries(
		rows('sources').map((s) => [
			s.id,
			{ label: `${s.publisher}, ${s.title}${s.published ? ` (${s.published})` : ''}`, url: s.url }
		])
	);
}
