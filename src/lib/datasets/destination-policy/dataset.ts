// Destination policy: per US rule vintage, who needs a licence for advanced chips and how it is reviewed.
import { placeFk, sourceFk } from '../keys';
import type { CheckContext, DataIssue, DatasetDef } from '../types';
import { destinationPolicySchema, type DestinationPolicy } from './schema';

const ID = 'destination-policy';

function checkPolicies(ctx: CheckContext): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { line, row } of ctx.rows<DestinationPolicy>(ID)) {
		if (row.licence && row.review_policy === null)
			issues.push(
				ctx.cell(ID, line, 'review_policy', 'a licence is required: give the review policy, or not-stated')
			);
		if (!row.licence && row.review_policy !== null)
			issues.push(
				ctx.cell(ID, line, 'review_policy', 'no licence is required, so there is no review policy')
			);
		if (row.until !== null && row.until < row.from)
			issues.push(ctx.cell(ID, line, 'until', `ends (${row.until}) before it starts (${row.from})`));
		if (row.except.includes(row.destination))
			issues.push(
				ctx.cell(ID, line, 'except', `a row cannot leave out its own destination ${row.destination}`)
			);
	}
	return issues;
}

export const destinationPolicy = {
	id: ID,
	title: 'Destination policy for advanced chips',
	description:
		'For each US rule vintage on advanced computing chips: the destinations that need a licence, the review policy, the dates, and the decisions that set conditions on named chips (licences with a share of revenue paid to the US).',
	kind: 'dataset',
	input: 'destination-policy.csv',
	inputSchema: destinationPolicySchema,
	schema: destinationPolicySchema,
	primaryKey: ['measure_id', 'destination', 'from'],
	gaps: ['US rules only. Licence exceptions (ACA, NAC, LPP) are named in notes, not evaluated.'],
	foreignKeys: [
		{ field: 'measure_id', resource: 'export-controls', resourceField: 'id' },
		placeFk('destination'),
		placeFk('except'),
		sourceFk('source_ids')
	],
	checks: [checkPolicies]
} as const satisfies DatasetDef;
