// View models for the chips pages: each chip's classification under each rule vintage, and the TPP x PD regions
// of a vintage's paragraphs, all read from the control-parameters rows by the rules engine.
import type { Chip } from '../datasets/chips/schema';
import type { ControlParameter, Metric } from '../datasets/control-parameters/schema';
import { classificationOf, classify, vintages, type ParagraphResult, type Vintage } from '../rules/classify';

export type { Vintage };

/** Looks chips up by slug, for thresholds that name another chip's figures (build it once per list). */
export function chipLookup(chips: readonly Chip[]): (slug: string) => Chip | undefined {
	const bySlug = new Map(chips.map((c) => [c.slug, c]));
	return (slug) => bySlug.get(slug);
}

/** What one vintage's own paragraphs say of a chip on the day they took effect. */
export function underVintage(
	chip: Chip,
	vintage: Vintage,
	params: readonly ControlParameter[],
	lookup: (slug: string) => Chip | undefined
): ParagraphResult[] {
	return classify(chip, vintage.effective, params, lookup).filter((r) => r.measure_id === vintage.measure_id);
}

export interface ChipRow extends Chip {
	/** Classification under each vintage's own paragraphs, by measure id. */
	byVintage: Record<string, string>;
	/** Classification under every paragraph in force on the data's cut-off. */
	onCutoff: string;
}

/**
 * `applies` says whether a measure applied on a date (in force or amended): thresholds of a rule that is
 * suspended or not enforced stay in its parameters but do not classify.
 */
export function chipTable(
	chips: readonly Chip[],
	params: readonly ControlParameter[],
	cutoff: string,
	applies: (measureId: string, date: string) => boolean = () => true
): ChipRow[] {
	const list = vintages(params);
	const lookup = chipLookup(chips);
	return chips.map((chip) => ({
		...chip,
		byVintage: Object.fromEntries(
			list.map((v) => [v.measure_id, classificationOf(underVintage(chip, v, params, lookup))])
		),
		onCutoff: classificationOf(
			classify(chip, cutoff, params, lookup).filter((r) => applies(r.measure_id, cutoff))
		)
	}));
}

/** A clause of a paragraph as a rectangle on TPP (y) and performance density (x); null bounds are open. */
export interface Region {
	/** False when the clause tests neither TPP nor density: nothing to shade on these axes. */
	drawable: boolean;
	paragraph: string;
	clause: number;
	tpp: [number | null, number | null];
	pd: [number | null, number | null];
	datacenterOnly: boolean;
	/** Conditions the clause also tests that these axes cannot show (e.g. I/O bandwidth). */
	also: { metric: Metric; op: ControlParameter['op']; value: number | null; chip: string | null }[];
}

/** The controlled paragraphs of one vintage as regions of the TPP x PD plane. */
export function regionsOf(params: readonly ControlParameter[], measureId: string): Region[] {
	const own = params.filter(
		(p) => p.measure_id === measureId && p.item === 'ic' && p.effect === 'controlled'
	);
	const keys = [...new Set(own.map((p) => `${p.paragraph}\u0000${p.clause}`))];
	return keys.map((key) => {
		const rows = own.filter((p) => `${p.paragraph}\u0000${p.clause}` === key);
		const bounds = (metric: 'tpp' | 'pd'): [number | null, number | null] => {
			const lower = rows.filter((r) => r.metric === metric && r.value !== null && r.op !== 'lt');
			const upper = rows.filter((r) => r.metric === metric && r.value !== null && r.op === 'lt');
			return [
				lower.length > 0 ? Math.max(...lower.map((r) => r.value!)) : null,
				upper.length > 0 ? Math.min(...upper.map((r) => r.value!)) : null
			];
		};
		return {
			drawable: rows.some((r) => r.metric === 'tpp' || r.metric === 'pd'),
			paragraph: rows[0]!.paragraph,
			clause: rows[0]!.clause,
			tpp: bounds('tpp'),
			pd: bounds('pd'),
			datacenterOnly: rows.some((r) => r.datacenter_only),
			also: rows
				.filter((r) => r.metric !== 'tpp' && r.metric !== 'pd')
				.map((r) => ({ metric: r.metric, op: r.op, value: r.value, chip: r.value_from_chip }))
		};
	});
}

/**
 * The vintage a chart shows by default: the one that shades the most of the plane (the October 2023 rule's four
 * clauses, not a later rule that reuses its .a thresholds for more destinations), the newest of equals.
 */
export function defaultVintage(params: readonly ControlParameter[]): Vintage {
	const list = vintages(params);
	const drawable = (v: Vintage) => regionsOf(params, v.measure_id).filter((r) => r.drawable).length;
	return list.reduce((best, v) => (drawable(v) >= drawable(best) ? v : best), list[0]!);
}

/** A chip's name without its vendor, for tables and labels that name the vendor beside it. */
export function shortName(name: string, vendorName: string): string {
	const first = vendorName.split(' ')[0]!;
	return name.startsWith(`${first} `) ? name.slice(first.length + 1) : name;
}

/** Chips a measure's controlled paragraphs catch on the day they take effect, and the chips it names. */
export function caughtBy(
	measureId: string,
	named: readonly string[],
	params: readonly ControlParameter[],
	chips: readonly Chip[]
): { slug: string; name: string; paragraphs: string[]; named: boolean }[] {
	const vintage = vintages(params).find((v) => v.measure_id === measureId);
	const lookup = chipLookup(chips);
	const out = chips.flatMap((chip) => {
		const paragraphs = vintage
			? underVintage(chip, vintage, params, lookup)
					.filter((r) => r.effect === 'controlled' && r.finding === 'meets')
					.map((r) => r.paragraph)
			: [];
		const isNamed = named.includes(chip.slug);
		return paragraphs.length > 0 || isNamed
			? [{ slug: chip.slug, name: chip.name, paragraphs, named: isNamed }]
			: [];
	});
	return out.sort((a, b) => a.name.localeCompare(b.name));
}
