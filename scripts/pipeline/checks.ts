// Runs the rules each dataset's folder defines across its rows (src/lib/datasets/<id>/dataset.ts), and the one
// rule they share: dates of the data do not lie after its cut-off.
import type { DatasetId, RegisteredDef } from '../../src/lib/registry';
import type { CheckContext, DataIssue } from '../../src/lib/datasets/types';
import { columnOf, type Tables } from './relations';

export interface CheckInputs {
	tables: Tables;
	defs: readonly RegisteredDef[];
	cutoff: string;
	fileOf: (id: DatasetId) => string;
}

export function checkContext({ tables, defs, cutoff, fileOf }: CheckInputs): CheckContext {
	const defOf = (id: string) => {
		const def = defs.find((d) => d.id === id);
		if (!def) throw new Error(`no dataset "${id}"`);
		return def;
	};
	return {
		rows: <T>(id: string) => (tables.get(defOf(id).id) ?? []) as unknown as { line: number; row: T }[],
		cutoff,
		fileOf: (id) => fileOf(defOf(id).id),
		cell: (id, line, field, message) => ({
			file: fileOf(defOf(id).id),
			line,
			column: columnOf(defOf(id), field),
			field,
			message
		})
	};
}

function checkNotAfterCutoff(def: RegisteredDef, ctx: CheckContext): DataIssue[] {
	if (!def.notAfterCutoff) return [];
	const { fields, except } = def.notAfterCutoff;
	const issues: DataIssue[] = [];
	for (const { line, row } of ctx.rows<Record<string, unknown>>(def.id)) {
		if (except?.(row)) continue;
		for (const field of fields) {
			const value = row[field];
			if (typeof value === 'string' && value > ctx.cutoff)
				issues.push(ctx.cell(def.id, line, field, `date ${value} is after the data cut-off ${ctx.cutoff}`));
		}
	}
	return issues;
}

export function runChecks(inputs: CheckInputs): DataIssue[] {
	const ctx = checkContext(inputs);
	return inputs.defs.flatMap((def) => [
		...checkNotAfterCutoff(def, ctx),
		...(def.checks ?? []).flatMap((check) => check(ctx))
	]);
}
