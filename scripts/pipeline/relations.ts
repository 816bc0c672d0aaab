// Checks that hold across rows and tables: unique keys and references between datasets.
import type { RegisteredDef, DatasetId } from '../../src/lib/registry';
import { quote } from '../../src/lib/datasets/quote';
import type { AnyRow, DataIssue, DecodedRow } from '../../src/lib/datasets/types';

export type { AnyRow };
export type Tables = Map<DatasetId, DecodedRow<AnyRow>[]>;

export function columnOf(def: RegisteredDef, field: string): number {
	return Object.keys((def.inputSchema ?? def.schema).shape).indexOf(field) + 1;
}

export function checkUniqueKeys(def: RegisteredDef, rows: DecodedRow<AnyRow>[], file: string): DataIssue[] {
	const issues: DataIssue[] = [];
	const firstLine = new Map<string, number>();
	for (const { line, row } of rows) {
		const key = JSON.stringify(def.primaryKey.map((k) => row[k]));
		const earlier = firstLine.get(key);
		if (earlier === undefined) firstLine.set(key, line);
		else
			issues.push({
				file,
				line,
				column: columnOf(def, def.primaryKey[0]!),
				message: `duplicate key (${def.primaryKey.join(', ')}) = (${def.primaryKey
					.map((k) => String(row[k]))
					.join(', ')}); first defined on line ${earlier}`
			});
	}
	return issues;
}

export function checkForeignKeys(
	def: RegisteredDef,
	tables: Tables,
	defs: readonly RegisteredDef[],
	fileOf: (d: RegisteredDef) => string
): DataIssue[] {
	const issues: DataIssue[] = [];
	const rows = tables.get(def.id) ?? [];
	for (const fk of def.foreignKeys) {
		const target = defs.find((d) => d.id === fk.resource)!;
		const known = new Set((tables.get(fk.resource) ?? []).map(({ row }) => row[fk.resourceField]));
		for (const { line, row } of rows) {
			const value = row[fk.field];
			// A known single value, the common case, passes without wrapping it in an array.
			if (value === null || (!Array.isArray(value) && known.has(value))) continue;
			for (const v of Array.isArray(value) ? value : [value]) {
				if (known.has(v) || fk.allow?.includes(String(v))) continue;
				issues.push({
					file: fileOf(def),
					line,
					column: columnOf(def, fk.field),
					field: fk.field,
					message: `unknown reference ${quote(String(v))}; expected an existing ${fk.resourceField} in ${fileOf(target)}`
				});
			}
		}
	}
	return issues;
}
