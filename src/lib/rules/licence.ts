// Whether a chip needed a licence for a destination on a date, and under what review policy: the measures whose
// paragraphs the chip meets (classify), in force on that date, read through their target rows. Pure: it reads
// the measures, their status history and their targets, never a rule written as code.
import type { Measure, MeasureEvent, MeasureTarget } from '../datasets/export-controls/schema';
import { applying, statusesOf } from '../status';
import { SEVERITY } from '../views/export-controls';
import type { ParagraphResult } from './classify';

export interface LicenceContext {
	measures: readonly Measure[];
	events: readonly MeasureEvent[];
	targets: readonly MeasureTarget[];
	/** Place codes to names, for the reasons. */
	placeName: (code: string) => string;
}

export interface LicenceAnswer {
	/** null: it depends on something the atlas does not hold (a country group's membership, the exporter). */
	licence_required: boolean | null;
	review_policy: MeasureTarget['treatment'] | null;
	measures: string[];
	reasons: string[];
	/** Other rules a reader must check that a chip's figures cannot settle. */
	other_checks: string[];
	/** Measures whose paragraphs the chip meets but which do not apply on the date (suspended, not enforced). */
	notApplying: string[];
}

const WORLDWIDE = 'WLD';
/** Treatments that require a licence; their review policy, where the treatment names one. */
const REQUIRING = new Set<MeasureTarget['treatment']>([
	'ban',
	'licence-required',
	'presumption-of-denial',
	'case-by-case',
	'presumption-of-approval',
	'tier-2',
	'tier-3'
]);
const POLICIES = new Set<MeasureTarget['treatment']>([
	'ban',
	'presumption-of-denial',
	'case-by-case',
	'presumption-of-approval'
]);
/** Groups whose members the atlas does not list: a country in them is not recognisable here. */
const isGroup = (code: string) => code.startsWith('EAR-') || code.startsWith('GRP-');
const HEADQUARTERS = 'GRP-D5-MAC-HQ';

export function licenceFor(
	results: readonly ParagraphResult[],
	country: string,
	date: string,
	ctx: LicenceContext,
	chip: { slug: string; vendor: string } | null = null
): LicenceAnswer {
	const byId = new Map(ctx.measures.map((m) => [m.id, m]));
	const statusOf = statusesOf(ctx.events);
	const appliesNow = (id: string) => applying(statusOf(id, date));
	const answer: LicenceAnswer = {
		licence_required: false,
		review_policy: null,
		measures: [],
		reasons: [],
		other_checks: [],
		notApplying: []
	};
	const groups = new Set<string>();
	let zone: { measure: string; treatment: MeasureTarget['treatment'] } | null = null;
	let strictest: MeasureTarget['treatment'] | null = null;

	for (const r of results.filter((x) => x.finding === 'meets')) {
		const measure = byId.get(r.measure_id);
		if (!measure) continue;
		const status = statusOf(r.measure_id, date);
		if (!applying(status)) {
			answer.notApplying.push(r.measure_id);
			answer.reasons.push(
				`${r.paragraph} (${measure.title}) is ${status?.status ?? 'not yet in force'} on ${date}, so it does not apply.`
			);
			continue;
		}
		const rows = ctx.targets.filter((t) => t.measure_id === r.measure_id);
		const own = rows.find((t) => t.target === country);
		const row = own ?? (country === measure.authority ? undefined : rows.find((t) => t.target === WORLDWIDE));
		for (const t of rows.filter((x) => isGroup(x.target) && REQUIRING.has(x.treatment)))
			if (t.target === HEADQUARTERS)
				answer.other_checks.push(
					`Headquarters rule (${measure.title}): a licence is needed wherever the buyer is, if it is headquartered in Country Group D:5 or Macau, or its ultimate parent is.`
				);
			else groups.add(t.target);
		if (!row || !REQUIRING.has(row.treatment)) continue;
		if (r.effect === 'review-zone') {
			zone = { measure: r.measure_id, treatment: row.treatment };
			answer.measures.push(r.measure_id);
			answer.reasons.push(
				`The chip is in the ${r.paragraph} of ${measure.title}: ${row.treatment.replace(/-/g, ' ')} review for ${ctx.placeName(country)}${row.notes ? ` (${row.notes})` : ''}.`
			);
			continue;
		}
		answer.licence_required = true;
		answer.measures.push(r.measure_id);
		if (
			POLICIES.has(row.treatment) &&
			(!strictest || SEVERITY.indexOf(row.treatment) < SEVERITY.indexOf(strictest))
		)
			strictest = row.treatment;
		answer.reasons.push(
			`It meets ${r.paragraph} of ${measure.title}, which requires a licence for ${own ? ctx.placeName(country) : 'every destination'} (${row.treatment.replace(/-/g, ' ')}).`
		);
	}
	// A review zone revises the policy for the chips in it; it requires no licence by itself.
	answer.review_policy = answer.licence_required ? (zone?.treatment ?? strictest) : null;
	if (!answer.licence_required && groups.size > 0) {
		answer.licence_required = null;
		answer.reasons.push(
			`These rules also require a licence for ${[...groups].map(ctx.placeName).join(', ')}; the atlas does not list their members, so check whether ${ctx.placeName(country)} is one (Supplement No. 1 to 15 CFR part 740).`
		);
	}
	const unsettled = results.filter((x) => x.effect === 'controlled' && x.finding === 'undetermined');
	if (answer.licence_required === false && unsettled.length > 0) {
		answer.licence_required = null;
		answer.reasons.push(
			`The chip's figures do not settle ${unsettled.map((x) => x.paragraph).join(', ')}: a figure it tests is missing.`
		);
	}
	if (answer.licence_required === false && answer.reasons.length === 0)
		answer.reasons.push(
			`No rule in the atlas that the chip meets requires a licence for ${ctx.placeName(country)} on ${date}.`
		);
	const listing = ctx.targets.filter(
		(t) => t.target === country && t.treatment === 'entity-listed' && appliesNow(t.measure_id)
	);
	if (listing.length > 0)
		answer.other_checks.push(
			`Entity listings of firms in ${ctx.placeName(country)} in force on ${date}: ${listing.map((t) => byId.get(t.measure_id)?.title ?? t.measure_id).join('; ')}. A listed buyer needs a licence for any item.`
		);
	// Decisions that name the chip for this destination (licences granted, a revenue share): what happened, not a
	// threshold.
	if (chip)
		for (const m of ctx.measures.filter(
			(x) =>
				x.authority !== country &&
				x.named_chips.includes(chip.slug) &&
				ctx.targets.some((t) => t.measure_id === x.id && (t.target === country || t.target === WORLDWIDE)) &&
				!answer.measures.includes(x.id) &&
				appliesNow(x.id)
		)) {
			answer.measures.push(m.id);
			answer.reasons.push(`In force on ${date} and naming this chip: ${m.title}.`);
		}
	// Rules of the destination itself on buying the chip (import or procurement measures that name it or its vendor).
	if (chip)
		for (const m of ctx.measures.filter(
			(x) =>
				x.authority === country &&
				(x.named_chips.includes(chip.slug) || x.named_vendors.includes(chip.vendor)) &&
				appliesNow(x.id)
		))
			answer.other_checks.push(`${ctx.placeName(country)}'s own measure naming it or its maker: ${m.title}.`);
	answer.other_checks.push(
		'End-use and end-user rules: the Entity List and the supercomputer and advanced-node end-use controls apply whatever the chip.'
	);
	answer.measures = [...new Set(answer.measures)];
	answer.other_checks = [...new Set(answer.other_checks)];
	return answer;
}
