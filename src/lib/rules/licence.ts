// Whether a chip needed a licence for a destination on a date, and under what review policy: the measures whose
// paragraphs the chip meets (classify), in force on that date, read through their destination-policy rows and
// the country groups' dated membership. Pure: it reads rows, never a rule written as code.
import { membershipIndex, membershipOn } from '../country-groups';
import type { GroupMember } from '../datasets/country-groups/schema';
import { REVIEW_POLICIES, type DestinationPolicy } from '../datasets/destination-policy/schema';
import type { Measure, MeasureEvent, MeasureTarget } from '../datasets/export-controls/schema';
import { applying, statusesOf } from '../status';

export { membershipOn };
import type { ParagraphResult } from './classify';

export interface LicenceContext {
	measures: readonly Measure[];
	events: readonly MeasureEvent[];
	targets: readonly MeasureTarget[];
	policies: readonly DestinationPolicy[];
	members: readonly GroupMember[];
	/** Place codes to names, for the reasons. */
	placeName: (code: string) => string;
}

export type ReviewPolicy = DestinationPolicy['review_policy'];

export interface LicenceAnswer {
	/** null: it depends on something the atlas does not hold (a group's membership on that date, the buyer). */
	licence_required: boolean | null;
	review_policy: ReviewPolicy;
	measures: string[];
	reasons: string[];
	/** Other rules a reader must check that a chip's figures cannot settle. */
	other_checks: string[];
	/** Measures whose paragraphs the chip meets but which do not apply on the date (suspended, not enforced). */
	notApplying: string[];
}

const WORLDWIDE = 'WLD';
const HEADQUARTERS = 'GRP-D5-MAC-HQ';
const policyWords = (p: ReviewPolicy) =>
	p === null || p === 'not-stated' ? 'no review policy stated' : p.replace(/-/g, ' ');

interface Match {
	row: DestinationPolicy;
	/** How closely the row names the destination: the country itself, a group it is in, or every destination. */
	by: 'country' | 'group' | 'worldwide';
}

/**
 * The policy rows of one measure that reach `country` on `date`, the closest first (a row naming the country
 * overrides its group's, a group's overrides every destination's), and the groups whose membership on that date
 * the atlas cannot say.
 */
export function policiesFor(
	policies: readonly DestinationPolicy[],
	members: readonly GroupMember[],
	measureId: string,
	country: string,
	date: string,
	kind: DestinationPolicy['kind'] = 'rule'
): { matches: Match[]; unknownGroups: string[]; inferredGroups: string[] } {
	const unknownGroups = new Set<string>();
	const inferredGroups = new Set<string>();
	const membership = membershipIndex(members);
	const inPlace = (code: string): boolean | null => {
		if (code === country || code === WORLDWIDE) return true;
		if (!code.startsWith('EAR-')) return false;
		const m = membership(code, country, date);
		if (m === 'unknown') unknownGroups.add(code);
		if (m === 'inferred') inferredGroups.add(code);
		return m === 'unknown' ? null : m !== 'not-member';
	};
	const matches: Match[] = [];
	for (const row of policies) {
		if (row.measure_id !== measureId || row.kind !== kind || row.destination === HEADQUARTERS) continue;
		if (row.from > date || (row.until !== null && row.until < date)) continue;
		const reaches = inPlace(row.destination);
		// An excluded destination wins over the row: "D:1 except D:5" does not reach a D:5 country.
		const excluded = row.except.some((x) => inPlace(x) === true);
		if (reaches !== true || excluded) continue;
		matches.push({
			row,
			by: row.destination === country ? 'country' : row.destination === WORLDWIDE ? 'worldwide' : 'group'
		});
	}
	const rank = { country: 0, group: 1, worldwide: 2 };
	const closest = Math.min(...matches.map((m) => rank[m.by]));
	const kept = matches.filter((m) => rank[m.by] === closest);
	return {
		matches: kept,
		unknownGroups: [...unknownGroups],
		// Only the groups that placed the country under a row it meets matter to the reader.
		inferredGroups: [...inferredGroups].filter((g) => kept.some((m) => m.row.destination === g))
	};
}

/** The conditions the matching rows set, as a clause of a reason. */
const conditions = (matches: readonly Match[]) => {
	const stated = [...new Set(matches.flatMap((m) => (m.row.condition ? [m.row.condition] : [])))];
	return stated.length > 0 ? `; ${stated.join('; ')}` : '';
};

/** The strictest of several review policies (REVIEW_POLICIES runs strictest first). */
function strictest(policies: ReviewPolicy[]): ReviewPolicy {
	const known = policies.filter((p): p is NonNullable<ReviewPolicy> => p !== null);
	return known.sort((a, b) => REVIEW_POLICIES.indexOf(a) - REVIEW_POLICIES.indexOf(b))[0] ?? null;
}

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
	const place = ctx.placeName(country);
	const unknown = new Set<string>();
	const required: ReviewPolicy[] = [];
	let zone: ReviewPolicy | undefined;

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
		const own = ctx.policies.filter((p) => p.measure_id === r.measure_id);
		for (const hq of own.filter((p) => p.destination === HEADQUARTERS && p.licence && p.from <= date))
			if (hq.until === null || date <= hq.until)
				answer.other_checks.push(
					`Headquarters rule (${measure.title}): a licence is needed wherever the buyer is, if it is headquartered in Country Group D:5 or Macau, or its ultimate parent is.`
				);
		if (own.length === 0) {
			unknown.add(`the destinations of ${measure.title}`);
			continue;
		}
		const { matches, unknownGroups, inferredGroups } = policiesFor(
			ctx.policies,
			ctx.members,
			r.measure_id,
			country,
			date
		);
		const licensed = matches.filter((m) => m.row.licence);
		if (licensed.length === 0) {
			// No row reaches the country, but one might through a group whose members on that date the atlas lacks.
			for (const g of unknownGroups) unknown.add(ctx.placeName(g));
			continue;
		}
		const policy = strictest(licensed.map((m) => m.row.review_policy));
		const named = licensed[0]!.by;
		const where =
			named === 'country'
				? place
				: named === 'worldwide'
					? 'every destination'
					: `${ctx.placeName(licensed[0]!.row.destination)}, which ${place} was in on ${date}`;
		answer.measures.push(r.measure_id);
		if (r.effect === 'review-zone') {
			// A review zone revises the policy for the chips in it; it requires no licence by itself.
			zone = policy;
			answer.reasons.push(
				`The chip is in the ${r.paragraph} of ${measure.title}: ${policyWords(policy)} review for ${where}${conditions(licensed)}.`
			);
			continue;
		}
		answer.licence_required = true;
		required.push(policy);
		answer.reasons.push(
			`It meets ${r.paragraph} of ${measure.title}, which requires a licence for ${where} (${policyWords(policy)})${conditions(licensed)}.`
		);
		for (const g of inferredGroups)
			answer.reasons.push(
				`${place} in ${ctx.placeName(g)} on ${date} is inferred from a later list of the group: no rule changing this membership in between was found.`
			);
	}
	answer.review_policy = answer.licence_required ? (zone ?? strictest(required)) : null;
	if (!answer.licence_required && unknown.size > 0) {
		answer.licence_required = null;
		answer.reasons.push(
			`A licence may also be required through ${[...unknown].join(', ')}: the atlas cannot say whether ${place} was covered on ${date} (Supplement No. 1 to 15 CFR part 740).`
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
			`No rule in the atlas that the chip meets requires a licence for ${place} on ${date}.`
		);
	const listing = ctx.targets.filter(
		(t) => t.target === country && t.treatment === 'entity-listed' && appliesNow(t.measure_id)
	);
	if (listing.length > 0)
		answer.other_checks.push(
			`Entity listings of firms in ${place} in force on ${date}: ${listing.map((t) => byId.get(t.measure_id)?.title ?? t.measure_id).join('; ')}. A listed buyer needs a licence for any item.`
		);
	// Decisions for this destination (licences granted, a share of revenue paid): what was decided, not a
	// threshold. One naming chips concerns those chips; one naming none concerns any chip that needs a licence.
	for (const m of ctx.measures.filter((x) => x.authority !== country)) {
		const naming = chip !== null && m.named_chips.includes(chip.slug);
		if (!naming && (m.named_chips.length > 0 || answer.licence_required === false)) continue;
		const decided = policiesFor(ctx.policies, ctx.members, m.id, country, date, 'decision').matches;
		if (decided.length === 0 || !appliesNow(m.id)) continue;
		answer.measures.push(m.id);
		for (const d of decided)
			answer.reasons.push(
				`Decision in force on ${date}${naming ? ' naming this chip' : ` for ${place}`}: ${m.title}${d.row.review_policy && d.row.review_policy !== 'not-stated' ? ` (${policyWords(d.row.review_policy)})` : ''}${d.row.condition ? `; condition: ${d.row.condition}` : ''}.`
			);
	}
	// Rules of the destination itself on buying the chip (import or procurement measures that name it or its vendor).
	if (chip)
		for (const m of ctx.measures.filter(
			(x) =>
				x.authority === country &&
				(x.named_chips.includes(chip.slug) || x.named_vendors.includes(chip.vendor)) &&
				appliesNow(x.id)
		))
			answer.other_checks.push(
				`${place}'s own measure naming it or its maker${m.direction === 'export' ? '' : ` (it restricts ${m.direction === 'import' ? 'imports' : 'purchases'})`}: ${m.title}.`
			);
	answer.other_checks.push(
		'End-use and end-user rules: the Entity List and the supercomputer and advanced-node end-use controls apply whatever the chip.'
	);
	answer.measures = [...new Set(answer.measures)];
	answer.other_checks = [...new Set(answer.other_checks)];
	return answer;
}
