// Sources: the documents the data rows cite.
import type { CheckContext, DataIssue, DatasetDef } from '../types';
import { SECONDARY_KINDS, sourceSchema, type Source } from './schema';

const ID = 'sources';

function checkSourceTypes(ctx: CheckContext): DataIssue[] {
	return ctx
		.rows<Source>(ID)
		.filter(({ row }) => row.type === 'primary' && SECONDARY_KINDS.includes(row.kind))
		.map(({ line, row }) =>
			ctx.cell(
				ID,
				line,
				'type',
				`a source of kind ${row.kind} is secondary; primary means a government text or company filing`
			)
		);
}

function checkSourceDates(ctx: CheckContext): DataIssue[] {
	return ctx
		.rows<Source>(ID)
		.filter(({ row }) => row.published !== null && row.accessed < row.published.slice(0, 10))
		.map(({ line, row }) =>
			ctx.cell(ID, line, 'accessed', `accessed ${row.accessed} before it was published (${row.published})`)
		);
}

export const sources = {
	id: ID,
	title: 'Sources',
	description: 'Documents cited by the data rows, with publisher, date and type.',
	kind: 'reference',
	input: 'sources.csv',
	inputSchema: sourceSchema,
	schema: sourceSchema,
	primaryKey: ['id'],
	foreignKeys: [],
	// When a source was accessed is not a date of the data.
	notAfterCutoff: { fields: ['published'] },
	checks: [checkSourceTypes, checkSourceDates]
} as const satisfies DatasetDef;
