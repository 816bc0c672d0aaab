// Membership of the country groups that rules name, on a date, read from the dated spans of country-groups.
import type { GroupMember } from './datasets/country-groups/schema';

/**
 * Membership of a group on a date: a member (`inferred` when the span is back-dated from a later list, no rule
 * changing it having been found), not a member, or unknown (before the oldest text in the atlas that lists the
 * group).
 */
export type Membership = 'member' | 'inferred' | 'not-member' | 'unknown';

/**
 * Membership read from the spans, grouped once: the maps and country pages ask it for every country and measure.
 * Spans from a listing say nothing of the days before the group's oldest list; a dated joining does.
 */
export function membershipIndex(
	members: readonly GroupMember[]
): (group: string, country: string, date: string) => Membership {
	const groups = new Map<string, { rows: GroupMember[]; oldest: string }>();
	for (const m of members) {
		const g = groups.get(m.group) ?? { rows: [], oldest: '9999-12-31' };
		g.rows.push(m);
		if (m.from_basis !== 'added' && m.from < g.oldest) g.oldest = m.from;
		groups.set(m.group, g);
	}
	return (group, country, date) => {
		const g = groups.get(group);
		const span = g?.rows.find(
			(m) => m.country === country && m.from <= date && (m.until === null || date <= m.until)
		);
		if (span) return span.from_basis === 'inferred' ? 'inferred' : 'member';
		return !g || date < g.oldest ? 'unknown' : 'not-member';
	};
}

/** Whether `country` was in `group` on `date`, read from the dated spans of country-groups. */
export function membershipOn(
	members: readonly GroupMember[],
	group: string,
	country: string,
	date: string
): Membership {
	return membershipIndex(members)(group, country, date);
}

/** Whether a country was in a group on a date, counting an inferred span as membership. */
export function inGroupOn(members: readonly GroupMember[]) {
	const on = membershipIndex(members);
	return (group: string, country: string, date: string): boolean => {
		const m = on(group, country, date);
		return m === 'member' || m === 'inferred';
	};
}
