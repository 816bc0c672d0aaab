// Membership of the country groups that rules name, on a date, read from the dated spans of country-groups.
import type { GroupMember } from './datasets/country-groups/schema';

/**
 * Membership of a group on a date: a member (`inferred` when the span is back-dated from a later list, no rule
 * changing it having been found), not a member, or unknown (before the oldest text in the atlas that lists the
 * group).
 */
export type Membership = 'member' | 'inferred' | 'not-member' | 'unknown';

/** Whether `country` was in `group` on `date`, read from the dated spans of country-groups. */
export function membershipOn(
	members: readonly GroupMember[],
	group: string,
	country: string,
	date: string
): Membership {
	const rows = members.filter((m) => m.group === group);
	const span = rows.find(
		(m) => m.country === country && m.from <= date && (m.until === null || date <= m.until)
	);
	if (span) return span.from_basis === 'inferred' ? 'inferred' : 'member';
	// Spans from a listing say nothing of the days before the group's oldest list; a dated joining does.
	const oldest = rows
		.filter((m) => m.from_basis !== 'added')
		.reduce((a, m) => (m.from < a ? m.from : a), '9999-12-31');
	return date < oldest ? 'unknown' : 'not-member';
}

/** Whether a country was in a group on a date, counting an inferred span as membership. */
export function inGroupOn(members: readonly GroupMember[]) {
	return (group: string, country: string, date: string): boolean => {
		const m = membershipOn(members, group, country, date);
		return m === 'member' || m === 'inferred';
	};
}
