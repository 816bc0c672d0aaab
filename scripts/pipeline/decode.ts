// Turns CSV cells into typed values by reading each zod field's type, then validates the row.
import { z } from 'zod';
import { quote } from '../../src/lib/datasets/quote';
import type { DataIssue, DecodedRow } from '../../src/lib/datasets/types';
import { readCsv } from './read-csv';

type FieldKind = 'string' | 'number' | 'boolean' | 'list';
interface FieldPlan {
	name: string;
	kind: FieldKind;
	nullable: boolean;
}

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function planField(name: string, schema: z.ZodType): FieldPlan {
	let def = schema._zod.def as { type: string; innerType?: z.ZodType };
	let nullable = false;
	while (def.type === 'nullable' || def.type === 'optional') {
		nullable = true;
		def = def.innerType!._zod.def as typeof def;
	}
	const kind: FieldKind =
		def.type === 'number'
			? 'number'
			: def.type === 'boolean'
				? 'boolean'
				: def.type === 'array'
					? 'list'
					: 'string';
	return { name, kind, nullable };
}

export function planFields(schema: z.ZodObject): FieldPlan[] {
	return Object.entries(schema.shape).map(([name, field]) => planField(name, field as z.ZodType));
}

type Decoded = { ok: true; value: unknown } | { ok: false; message: string };

function decodeCell(raw: string, plan: FieldPlan): Decoded {
	const cell = raw.trim();
	if (cell === '' && plan.nullable) return { ok: true, value: null };
	switch (plan.kind) {
		case 'number': {
			if (cell === '') return { ok: false, message: 'expected a number; the cell is empty' };
			if (/^[+-]?inf(inity)?$/i.test(cell))
				return { ok: false, message: `expected a finite number; got ${quote(raw)}` };
			const n = NUMBER_RE.test(cell) ? Number(cell) : NaN;
			if (Number.isNaN(n)) return { ok: false, message: `expected a number; got ${quote(raw)}` };
			if (!Number.isFinite(n)) return { ok: false, message: `expected a finite number; got ${quote(raw)}` };
			return { ok: true, value: n };
		}
		case 'boolean':
			if (cell === 'true' || cell === 'false') return { ok: true, value: cell === 'true' };
			return { ok: false, message: `expected true or false; got ${quote(raw)}` };
		case 'list':
			return { ok: true, value: cell === '' ? [] : cell.split(';').map((s) => s.trim()) };
		default:
			return { ok: true, value: cell };
	}
}

function describe(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_value' && 'values' in issue)
		return `expected one of ${issue.values.map(String).join(', ')}`;
	return issue.message;
}

/** Reads, decodes and validates a CSV file row by row, collecting all problems with their line and column. */
export function decodeCsv<S extends z.ZodObject>(
	text: string,
	file: string,
	schema: S
): { rows: DecodedRow<z.infer<S>>[]; issues: DataIssue[] } {
	const plans = planFields(schema);
	const out: DecodedRow<z.infer<S>>[] = [];
	const issues: DataIssue[] = [];
	let columnOf: Map<string, number> | null = null;
	const csv = readCsv(text, file, Object.keys(schema.shape), ({ line, cells }, header) => {
		columnOf ??= new Map(header.map((name, i) => [name, i]));
		const row = decodeRow(line, cells, plans, columnOf, schema, file, issues);
		if (row !== null) out.push({ line, row });
	});
	// Reading problems first, as when the whole file was read before decoding (the report is sorted anyway).
	return { rows: out, issues: [...csv.issues, ...issues] };
}

/** One record as a validated row, or null after adding its problems to `issues`. */
function decodeRow<S extends z.ZodObject>(
	line: number,
	cells: string[],
	plans: FieldPlan[],
	columnOf: Map<string, number>,
	schema: S,
	file: string,
	issues: DataIssue[]
): z.infer<S> | null {
	const record: Record<string, unknown> = {};
	let failed = false;
	for (const plan of plans) {
		const index = columnOf.get(plan.name)!;
		const decoded = decodeCell(cells[index]!, plan);
		if (decoded.ok) record[plan.name] = decoded.value;
		else {
			failed = true;
			issues.push({ file, line, column: index + 1, field: plan.name, message: decoded.message });
		}
	}
	if (failed) return null;
	const result = schema.safeParse(record);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const name = String(issue.path[0] ?? '');
		const index = columnOf.get(name);
		const raw = index === undefined ? '' : cells[index]!;
		issues.push({
			file,
			line,
			column: index === undefined ? undefined : index + 1,
			field: name || undefined,
			message: `${describe(issue)}; got ${quote(raw)}`
		});
	}
	return null;
}
