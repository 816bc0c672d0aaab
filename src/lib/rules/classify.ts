// The rules engine: which paragraphs of which rule vintages a chip meets on a date. It reads only the
// control-parameters rows (thresholds are data, never branches here) and a chip's figures.
import type { ControlParameter, Metric } from '../datasets/control-parameters/schema';

/** The figures a rule can test; null where no source gives one. */
export interface ChipSpecs {
	tpp: number | null;
	pd: number | null;
	io_bw_gbs: number | null;
	memory_bw_gbs: number | null;
	datacenter: boolean;
}

export type Finding = 'meets' | 'below' | 'undetermined';

export interface ConditionResult {
	metric: Metric;
	op: ControlParameter['op'];
	threshold: number | null;
	actual: number | null;
	/** null: the chip's figure (or the threshold chip's) is not known. */
	holds: boolean | null;
}

export interface ParagraphResult {
	measure_id: string;
	paragraph: string;
	effect: ControlParameter['effect'];
	published: boolean;
	finding: Finding;
	/** The clause the chip meets, if any. */
	clause: number | null;
	/** The conditions of the clause met, or of every clause when none is. */
	conditions: ConditionResult[];
	/** Why a datacenter-only clause did not apply, when that is why. */
	notDatacenter: boolean;
}

const HOLDS: Record<ControlParameter['op'], (a: number, b: number) => boolean> = {
	ge: (a, b) => a >= b,
	gt: (a, b) => a > b,
	lt: (a, b) => a < b
};

function figure(specs: ChipSpecs | undefined, metric: Metric): number | null {
	if (!specs || metric === 'hbm_bw_density') return null;
	return specs[metric];
}

/** Parameters that applied on a date: from their effective day to their last day, inclusive. */
export function parametersOn(params: readonly ControlParameter[], date: string): ControlParameter[] {
	return params.filter((p) => p.effective <= date && (p.until === null || date <= p.until));
}

/**
 * Every integrated-circuit paragraph in force on `date`, and whether the chip meets it: a paragraph holds when
 * any clause does, a clause when all its conditions do; an unknown figure leaves a clause undetermined unless
 * another of its conditions already fails. `reference` gives the figures of chips that thresholds name.
 */
export function classify(
	specs: ChipSpecs,
	date: string,
	params: readonly ControlParameter[],
	reference: (slug: string) => ChipSpecs | undefined = () => undefined
): ParagraphResult[] {
	const paragraphs = new Map<string, ControlParameter[]>();
	for (const p of parametersOn(params, date)) {
		if (p.item !== 'ic') continue;
		const key = `${p.measure_id}\u0000${p.paragraph}`;
		paragraphs.set(key, [...(paragraphs.get(key) ?? []), p]);
	}
	return [...paragraphs.values()].map((rows) => {
		const clauses = [...new Set(rows.map((r) => r.clause))].sort((a, b) => a - b);
		let notDatacenter = false;
		const evaluated = clauses.map((clause) => {
			const conditions = rows
				.filter((r) => r.clause === clause)
				.map((r): ConditionResult => {
					const threshold = r.value ?? figure(reference(r.value_from_chip!), r.metric);
					const actual = figure(specs, r.metric);
					const holds = threshold === null || actual === null ? null : HOLDS[r.op](actual, threshold);
					return { metric: r.metric, op: r.op, threshold, actual, holds };
				});
			const datacenterOnly = rows.some((r) => r.clause === clause && r.datacenter_only);
			if (datacenterOnly && !specs.datacenter) {
				notDatacenter = true;
				return { clause, conditions, holds: false as boolean | null };
			}
			const holds = conditions.some((c) => c.holds === false)
				? false
				: conditions.every((c) => c.holds === true)
					? true
					: null;
			return { clause, conditions, holds };
		});
		const met = evaluated.find((c) => c.holds === true);
		const finding: Finding = met
			? 'meets'
			: evaluated.some((c) => c.holds === null)
				? 'undetermined'
				: 'below';
		return {
			measure_id: rows[0]!.measure_id,
			paragraph: rows[0]!.paragraph,
			effect: rows[0]!.effect,
			published: rows.every((r) => r.published),
			finding,
			clause: met?.clause ?? null,
			conditions: met ? met.conditions : evaluated.flatMap((c) => c.conditions),
			notDatacenter: !met && notDatacenter
		};
	});
}

/** The classification in a few words: the controlled paragraphs met, or why there is none. */
export function classificationOf(results: readonly ParagraphResult[]): string {
	const controlled = results.filter((r) => r.effect === 'controlled');
	const met = controlled.filter((r) => r.finding === 'meets').map((r) => r.paragraph);
	if (met.length > 0) return met.join(', ');
	if (controlled.length === 0) return 'no rule in force';
	if (controlled.some((r) => r.finding === 'undetermined')) return 'undetermined';
	return 'not controlled';
}

/** A rule vintage: a measure whose paragraphs control chips, from the first day they applied. */
export interface Vintage {
	measure_id: string;
	effective: string;
}

/** The rule vintages in the parameters: each measure with its first effective day, oldest first. */
export function vintages(params: readonly ControlParameter[]): Vintage[] {
	const first = new Map<string, string>();
	for (const p of params.filter((r) => r.item === 'ic' && r.effect === 'controlled'))
		if (!first.has(p.measure_id) || p.effective < first.get(p.measure_id)!)
			first.set(p.measure_id, p.effective);
	return [...first]
		.map(([measure_id, effective]) => ({ measure_id, effective }))
		.sort((a, b) => a.effective.localeCompare(b.effective));
}
