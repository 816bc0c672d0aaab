// Lookup tables from ids to display names, sent to pages as plain objects.
import { sourceHref } from '$lib/datasets/sources/schema';
import { rows } from './datasets';

export function vendorNames(): Record<string, string> {
	return Object.fromEntries([...rows('vendors').map((v) => [v.slug, v.name]), ['others', 'Others']]);
}

/**
 * Names short enough for a chart legend: a long name gives way to its shortest Latin alias of a few letters
 * ("Taiwan Semiconductor Manufacturing Co." is "TSMC"); tables and tooltips keep the full name.
 */
export function vendorLegendNames(): Record<string, string> {
	const LONG = 16;
	return Object.fromEntries(
		rows('vendors').map((v) => {
			const alias = v.aliases
				.filter((a) => /^[A-Za-z][A-Za-z0-9 .&-]*$/.test(a) && a.length <= 12)
				.sort((a, b) => a.length - b.length)[0];
			return [v.slug, v.name.length > LONG && alias ? alias : v.name];
		})
	);
}

export function countryNames(): Record<string, string> {
	return Object.fromEntries(rows('countries').map((c) => [c.code, c.name]));
}

export function segmentNames(): Record<string, string> {
	return Object.fromEntries(rows('segments').map((s) => [s.id, s.name]));
}

export interface SourceLabel {
	/** "Publisher, Title (date) · primary", with the copy read when it is not the original. */
	label: string;
	url: string;
	type: 'primary' | 'secondary';
}

/**
 * A source as readers see it beside a figure: who published it, whether it is a primary text, and where it was
 * read when that was a copy, so a quoted number can be traced to its original.
 */
export function sourceLabels(): Record<string, SourceLabel> {
	return Object.fromEntries(
		rows('sources').map((s) => [
			s.id,
			{
				label: `${s.publisher}, ${s.title}${s.published ? ` (${s.published})` : ''} · ${s.type}${s.copy_publisher ? `, read via ${s.copy_publisher}` : ''}`,
				url: sourceHref(s),
				type: s.type
			}
		])
	);
}
