// Control parameters: the dated thresholds of each export-control vintage on advanced chips, as data.
import { sourceFk } from '../keys';
import type { CheckContext, DataIssue, DatasetDef } from '../types';
import { controlParameterSchema, type ControlParameter } from './schema';

const ID = 'control-parameters';

function checkParameters(ctx: CheckContext): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { line, row } of ctx.rows<ControlParameter>(ID)) {
		if ((row.value === null) === (row.value_from_chip === null))
			issues.push(
				ctx.cell(
					ID,
					line,
					'value',
					'give a threshold value or a chip whose figure is the threshold, not both'
				)
			);
		if (row.until !== null && row.until < row.effective)
			issues.push(ctx.cell(ID, line, 'until', `ends (${row.until}) before it starts (${row.effective})`));
	}
	return issues;
}

export const controlParameters = {
	id: ID,
	title: 'Export-control parameters for advanced chips',
	description:
		'The thresholds of each US rule vintage on advanced computing chips (ECCN 3A090 and the licence requirements beside it), one condition per row, with the dates they applied.',
	kind: 'dataset',
	input: 'control-parameters.csv',
	inputSchema: controlParameterSchema,
	schema: controlParameterSchema,
	primaryKey: ['measure_id', 'paragraph', 'clause', 'metric', 'op'],
	gaps: [
		'US rules only; the 2022 and 2026 threshold wording is quoted from copies of the Federal Register text.',
		'Destinations and review policies per vintage are not yet a dataset: see export-control-targets.'
	],
	foreignKeys: [
		{ field: 'measure_id', resource: 'export-controls', resourceField: 'id' },
		{ field: 'value_from_chip', resource: 'chips', resourceField: 'slug' },
		sourceFk('source_ids')
	],
	checks: [checkParameters]
} as const satisfies DatasetDef;
