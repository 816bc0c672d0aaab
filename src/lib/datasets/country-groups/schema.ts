// Who belongs to the country groups that rules name (the US EAR's D:1, D:4, D:5), and from when to when: a
// rule written for "Country Group D:5" reaches a country only while the country is listed in it.
import { z } from 'zod';
import { isoDate, list, optionalText, placeCode, slug } from '../fields';

export const MEMBERSHIP_BASES = ['added', 'listed', 'inferred'] as const;

export const groupMemberSchema = z.object({
	group: placeCode().meta({ description: 'Group code (see countries), e.g. EAR-D5' }),
	country: placeCode().meta({ description: 'Member country (ISO 3166-1 alpha-3)' }),
	from: isoDate().meta({
		description:
			'First day the country is shown as a member: the date it was added, or the date of the oldest text in the atlas that lists it'
	}),
	from_basis: z.enum(MEMBERSHIP_BASES).meta({
		description:
			'added: a source gives the day it joined; listed: a text of this date lists it (it may have joined earlier); inferred: a later text lists it and no rule changing its membership since this date was found'
	}),
	until: isoDate().nullable().meta({ description: 'Last day as a member, if a source says it was removed' }),
	source_ids: list(slug())
		.min(1)
		.meta({ description: 'Sources listing the membership, separated by semicolons' }),
	notes: optionalText().meta({ description: 'Remarks' })
});
export type GroupMember = z.infer<typeof groupMemberSchema>;
