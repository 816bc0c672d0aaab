// Chips: data-centre AI accelerators and the China-market parts cut down from them, with the derived TPP and
// performance density that ECCN 3A090 tests.
import { sourceFk } from '../keys';
import type { CheckContext, DataIssue, DatasetDef } from '../types';
import { performanceDensity, totalProcessingPerformance } from './derive';
import { chipInputSchema, chipSchema, type ChipInput } from './schema';

const ID = 'chips';

function checkDies(ctx: CheckContext): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { line, row } of ctx.rows<ChipInput>(ID)) {
		if ((row.die_area_mm2 === null) !== (row.die_basis === null))
			issues.push(
				ctx.cell(ID, line, 'die_basis', 'a die area needs its basis, and a basis needs a die area')
			);
		if (row.china_variant_of === row.slug)
			issues.push(ctx.cell(ID, line, 'china_variant_of', 'a chip is not a variant of itself'));
	}
	return issues;
}

export const chips = {
	id: ID,
	title: 'AI accelerators and their export-control figures',
	description:
		'Data-centre AI accelerators and their China-market variants, 2019 to today: dense throughput per format, die area, memory and interconnect bandwidth, with the total processing performance (TPP) and performance density that US export controls test, derived.',
	kind: 'dataset',
	input: 'chips.csv',
	inputSchema: chipInputSchema,
	schema: chipSchema,
	primaryKey: ['slug'],
	gaps: [
		'Many figures come from Epoch AI or the press rather than the vendor; die areas are mostly TechPowerUp or teardown figures.',
		'Chinese accelerators (Huawei, Cambricon, Biren, Moore Threads) have no vendor datasheets; their rows are partial.',
		'Throughput is as stated; where a source does not say whether a figure is dense or sparse, the notes say so.'
	],
	foreignKeys: [
		{ field: 'vendor', resource: 'vendors', resourceField: 'slug' },
		{ field: 'china_variant_of', resource: ID, resourceField: 'slug' },
		sourceFk('source_ids')
	],
	checks: [checkDies],
	computed: {
		tpp: (r) => totalProcessingPerformance(r as ChipInput)?.tpp ?? null,
		tpp_format: (r) => totalProcessingPerformance(r as ChipInput)?.format ?? null,
		pd: (r) =>
			performanceDensity(
				totalProcessingPerformance(r as ChipInput)?.tpp ?? null,
				(r as ChipInput).die_area_mm2
			)
	}
} as const satisfies DatasetDef;
