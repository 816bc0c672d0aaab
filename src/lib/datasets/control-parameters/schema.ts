// The parameters of each export-control vintage as rows: a paragraph (such as ECCN 3A090.a) holds when any of
// its clauses does, and a clause when all of its conditions do. The rules engine (src/lib/rules) reads them.
import { z } from 'zod';
import { isoDate, list, optionalText, slug, text } from '../fields';

/** Chip figures a condition can test (fields of the chips dataset, TPP and PD derived). */
export const METRICS = ['tpp', 'pd', 'io_bw_gbs', 'memory_bw_gbs', 'hbm_bw_density'] as const;
export type Metric = (typeof METRICS)[number];
export const OPERATORS = ['ge', 'gt', 'lt'] as const;
export type Operator = (typeof OPERATORS)[number];
/** controlled: the paragraph defines items that need a licence; review-zone: where a review policy changes. */
export const EFFECTS = ['controlled', 'review-zone'] as const;
/** ic: accelerators and other integrated circuits; hbm: memory stacks (3A090.c), never an accelerator. */
export const ITEMS = ['ic', 'hbm'] as const;

export const controlParameterSchema = z.object({
	measure_id: slug().meta({ description: 'The measure these parameters belong to (see export-controls)' }),
	paragraph: text().meta({ description: 'The paragraph of the rule, e.g. 3A090.a' }),
	clause: z.int().min(1).meta({ description: 'Clause number: a paragraph holds when any clause does' }),
	metric: z.enum(METRICS).meta({ description: 'The chip figure tested' }),
	op: z.enum(OPERATORS).meta({ description: 'ge (at least), gt (more than), lt (less than)' }),
	value: z.number().nullable().meta({ description: 'The threshold; empty when it is another chip’s figure' }),
	value_from_chip: slug()
		.nullable()
		.meta({ description: 'A chip whose own figure is the threshold (a rule written as "H20 level")' }),
	datacenter_only: z
		.boolean()
		.meta({ description: 'The clause applies only to chips designed or marketed for data centres' }),
	item: z.enum(ITEMS).meta({ description: 'What the paragraph covers: integrated circuits or HBM stacks' }),
	effect: z.enum(EFFECTS).meta({ description: 'controlled, or a review-policy zone' }),
	effective: isoDate().meta({ description: 'First day the parameters applied' }),
	until: isoDate().nullable().meta({ description: 'Last day they applied, if replaced' }),
	published: z
		.boolean()
		.meta({ description: 'Published as a rule text (false: communicated to companies only)' }),
	source_ids: list(slug()).min(1).meta({ description: 'Sources, separated by semicolons' }),
	notes: optionalText().meta({ description: 'Exact wording and caveats' })
});
export type ControlParameter = z.infer<typeof controlParameterSchema>;
