// Country groups: dated membership of the groups that rules name, each span with its sources.
import isoCountries from 'i18n-iso-countries';
import type { Country } from '../countries/schema';
import { quote } from '../quote';
import { placeFk, sourceFk } from '../keys';
import type { CheckContext, DataIssue, DatasetDef } from '../types';
import { groupMemberSchema, type GroupMember } from './schema';

const ID = 'country-groups';

function checkMembership(ctx: CheckContext): DataIssue[] {
	const kinds = new Map(ctx.rows<Country>('countries').map(({ row }) => [row.code, row.kind]));
	const issues: DataIssue[] = [];
	const spans = new Map<string, { from: string; until: string | null; line: number }[]>();
	for (const { line, row } of ctx.rows<GroupMember>(ID)) {
		if (kinds.has(row.group) && kinds.get(row.group) !== 'group')
			issues.push(ctx.cell(ID, line, 'group', `${row.group} is a ${kinds.get(row.group)}, not a group`));
		// Members need not be places the rest of the data names: a group lists every country in it.
		if (!isoCountries.isValid(row.country))
			issues.push(
				ctx.cell(ID, line, 'country', `${quote(row.country)} is not an ISO 3166-1 alpha-3 country code`)
			);
		if (row.until !== null && row.until < row.from)
			issues.push(ctx.cell(ID, line, 'until', `ends (${row.until}) before it starts (${row.from})`));
		const key = `${row.group} ${row.country}`;
		for (const other of spans.get(key) ?? [])
			if (row.from <= (other.until ?? '9999') && other.from <= (row.until ?? '9999'))
				issues.push(
					ctx.cell(ID, line, 'from', `overlaps the span of ${key} on line ${other.line}: one span per stay`)
				);
		spans.set(key, [...(spans.get(key) ?? []), { from: row.from, until: row.until, line }]);
	}
	return issues;
}

export const countryGroups = {
	id: ID,
	title: 'Country-group membership',
	description:
		'Which countries belong to the US Export Administration Regulations country groups D:1, D:4 and D:5 (Supplement No. 1 to 15 CFR part 740), from when to when, as the cited texts list them.',
	kind: 'reference',
	input: 'country-groups.csv',
	inputSchema: groupMemberSchema,
	schema: groupMemberSchema,
	primaryKey: ['group', 'country', 'from'],
	foreignKeys: [placeFk('group'), sourceFk('source_ids')],
	checks: [checkMembership]
} as const satisfies DatasetDef;
