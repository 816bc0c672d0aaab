// Publishes each dataset in registry order: its own derivation (src/lib/datasets/<id>/dataset.ts) or its input
// rows, completed by its computed fields, in schema field order and sorted by primary key.
import type { DatasetId, RegisteredDef } from '../../src/lib/registry';
import type { AnyRow, DataIssue, DeriveContext, RowFn } from '../../src/lib/datasets/types';
import { checkContext } from './checks';
import type { Tables } from './relations';

export type Published = Map<DatasetId, AnyRow[]>;

/** True when the row's own keys are exactly the first `count` fields, in order, none of them undefined. */
function startsWithFields(row: AnyRow, fields: readonly string[], count: number): boolean {
	let i = 0;
	for (const key in row) if (i >= count || key !== fields[i++] || row[key] === undefined) return false;
	return i === count;
}

/**
 * Published rows follow the output schema's field order, whatever the CSV's column order was. A decoded row
 * whose keys are already the output's leading fields, with only computed fields after them, is completed in
 * place rather than copied: the decoded rows belong to this run, and market share can have millions of them.
 */
function schemaOrder(
	fields: readonly string[],
	computed: Readonly<Record<string, RowFn>>
): (row: AnyRow) => AnyRow {
	// Looked up once per table, not per row; hasOwn so that a field named like an Object method is not "computed".
	const fns = fields.map((f) => (Object.hasOwn(computed, f) ? computed[f]! : null));
	let own = fields.length;
	while (own > 0 && fns[own - 1]) own--;
	return (row) => {
		if (startsWithFields(row, fields, own)) {
			for (let i = own; i < fields.length; i++) row[fields[i]!] = fns[i]!(row);
			return row;
		}
		const out: AnyRow = {};
		for (let i = 0; i < fields.length; i++) {
			const f = fields[i]!;
			const fn = fns[i];
			out[f] = fn ? fn(row) : (row[f] ?? null);
		}
		return out;
	};
}

/** Orders rows by their key fields; an empty (null) field sorts first, so the order never depends on input order. */
export function compareKeys(keys: readonly string[]) {
	return (a: AnyRow, b: AnyRow) => {
		for (const k of keys) {
			const x = a[k] as string | number | null;
			const y = b[k] as string | number | null;
			if (x === y) continue;
			if (x === null) return -1;
			if (y === null) return 1;
			if (x < y) return -1;
			if (x > y) return 1;
		}
		return 0;
	};
}

/**
 * The published tables, and problems found on the way. Decoded rows may be completed in place and published as
 * they are, so `tables` is not to be used afterwards.
 */
export function derive(
	tables: Tables,
	defs: readonly RegisteredDef[],
	cutoff: string,
	fileOf: (id: DatasetId) => string
): { published: Published; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const published: Published = new Map();
	const ctx: DeriveContext = {
		...checkContext({ tables, defs, cutoff, fileOf }),
		published: <T>(id: string) => {
			const rows = published.get(id as DatasetId);
			if (!rows) throw new Error(`"${id}" is read before it is published: list it earlier in the registry`);
			return rows as T[];
		},
		report: (issue) => issues.push(issue)
	};
	for (const def of defs) {
		const rows = def.derive ? def.derive(ctx) : (tables.get(def.id) ?? []).map((r) => r.row);
		const ordered = rows.map(schemaOrder(Object.keys(def.schema.shape), def.computed ?? {}));
		published.set(def.id, ordered.sort(compareKeys(def.primaryKey)));
	}
	return { published, issues };
}
