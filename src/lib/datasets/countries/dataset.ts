// Countries, blocs and groups: the places the data names, with ISO 3166 names derived.
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { quote } from '../quote';
import { placeFk } from '../keys';
import type { CheckContext, DataIssue, DatasetDef, DeriveContext } from '../types';
import { countryInputSchema, countrySchema, type Country } from './schema';

isoCountries.registerLocale(en);

const ID = 'countries';

function checkCountries(ctx: CheckContext): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { line, row } of ctx.rows<Country>(ID)) {
		if (row.kind === 'country' && !isoCountries.isValid(row.code))
			issues.push(ctx.cell(ID, line, 'code', `${quote(row.code)} is not an ISO 3166-1 alpha-3 country code`));
		if (row.kind === 'country' && row.members.length > 0)
			issues.push(ctx.cell(ID, line, 'members', 'a country has no members; use kind bloc or group'));
		if (row.kind !== 'country' && !row.name)
			issues.push(ctx.cell(ID, line, 'name', `a ${row.kind} needs a name`));
	}
	return issues;
}

/** A country's name is ISO 3166's unless the row gives one. */
function deriveCountries(ctx: DeriveContext) {
	return ctx
		.rows<Country>(ID)
		.map(({ row }) => ({ ...row, name: row.name ?? isoCountries.getName(row.code, 'en') ?? row.code }));
}

export const countries = {
	id: ID,
	title: 'Countries, blocs and groups',
	description: 'Places referenced by the data; ISO 3166 names, World Bank regions, bloc and group members.',
	kind: 'reference',
	input: 'countries.csv',
	inputSchema: countryInputSchema,
	schema: countrySchema,
	primaryKey: ['code'],
	foreignKeys: [placeFk('members')],
	checks: [checkCountries],
	derive: deriveCountries
} as const satisfies DatasetDef;
