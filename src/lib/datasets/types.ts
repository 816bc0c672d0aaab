// What a dataset's folder defines for the registry: its schemas, keys and references, and the rules and
// derivations that one row's schema cannot express, run by the pipeline (scripts/pipeline).
import type { z } from 'zod';

/** A problem in input data, reported like a compiler's diagnostics. */
export interface DataIssue {
	file: string;
	line: number;
	/** 1-based field number in the row, when the problem is in one cell. */
	column?: number;
	field?: string;
	message: string;
}

export type AnyRow = Record<string, unknown>;

/** One decoded input row and its line in the CSV file. */
export interface DecodedRow<T> {
	line: number;
	row: T;
}

export interface ForeignKey {
	/** Field in this dataset; list fields check each item. */
	field: string;
	/** A dataset id (checked against the list when the registry loads). */
	resource: string;
	resourceField: string;
	/** Values accepted without a matching row (e.g. the "others" pseudo-vendor). */
	allow?: readonly string[];
}

/** What a check reads: every dataset's decoded input rows. */
export interface CheckContext {
	rows<T>(id: string): DecodedRow<T>[];
	/** The data's cut-off date (YYYY-MM-DD). */
	cutoff: string;
	/** An issue in one cell of a dataset's input file, with its file, line and column. */
	cell(id: string, line: number, field: string, message: string): DataIssue;
	/** The input file of a dataset, as reports name it. */
	fileOf(id: string): string;
}

/** What a derivation reads: the inputs, and the published rows of datasets listed before it in the registry. */
export interface DeriveContext extends CheckContext {
	published<T>(id: string): T[];
	report(issue: DataIssue): void;
}

export type RowFn = (row: AnyRow) => unknown;

export interface DatasetDef {
	id: string;
	title: string;
	description: string;
	/** derived datasets are computed by the pipeline from the others and have no input file. */
	kind: 'dataset' | 'reference' | 'derived';
	/** Input file under data/, or null for a derived dataset. */
	input: string | null;
	/** Shape of one CSV row as edited by people, or null for a derived dataset. */
	inputSchema: z.ZodObject | null;
	/** Shape of one published row, input plus derived fields. */
	schema: z.ZodObject;
	primaryKey: readonly string[];
	foreignKeys: readonly ForeignKey[];
	/** What the data does not cover yet, said on the downloads page. */
	gaps?: readonly string[];
	/** Date fields that may not lie after the cut-off, except in rows `except` accepts. */
	notAfterCutoff?: { fields: readonly string[]; except?: (row: AnyRow) => boolean };
	/** Rules across rows (and datasets) that one row's schema cannot express. */
	checks?: readonly ((ctx: CheckContext) => DataIssue[])[];
	/** Published fields computed from the row's own values. */
	computed?: Readonly<Record<string, RowFn>>;
	/** The published rows, when they are more than the input rows completed by `computed`. */
	derive?: (ctx: DeriveContext) => AnyRow[];
}
