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

/** A host written as an IPv4 or IPv6 address: such a link names no publisher and rarely lasts. */
const BARE_IP = /^https?:\/\/(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])(?::\d+)?(?:[/?#]|$)/i;

function checkSourceAddresses(ctx: CheckContext): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { line, row } of ctx.rows<Source>(ID)) {
		if (row.url === null && row.copy_url === null)
			issues.push(ctx.cell(ID, line, 'url', "expected the original's url, or the copy_url of the copy read"));
		if ((row.copy_url === null) !== (row.copy_publisher === null))
			issues.push(
				ctx.cell(
					ID,
					line,
					row.copy_url === null ? 'copy_url' : 'copy_publisher',
					'copy_publisher and copy_url go together: who hosts the copy read, and where'
				)
			);
		if (row.copy_url !== null && row.copy_url === row.url)
			issues.push(ctx.cell(ID, line, 'copy_url', 'the copy read is the original: leave copy_url empty'));
		for (const field of ['url', 'copy_url'] as const) {
			const address = row[field];
			if (address !== null && BARE_IP.test(address))
				issues.push(
					ctx.cell(ID, line, field, `${address} is a bare IP address: cite the publisher's own address`)
				);
		}
	}
	return issues;
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
	checks: [checkSourceTypes, checkSourceDates, checkSourceAddresses]
} as const satisfies DatasetDef;
