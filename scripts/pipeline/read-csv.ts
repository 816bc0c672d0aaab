// Splits CSV text into header-checked records, each with the line it starts on.
import Papa from 'papaparse';
import { quote } from '../../src/lib/datasets/quote';
import type { DataIssue } from '../../src/lib/datasets/types';

export interface RawRow {
	line: number;
	cells: string[];
}

export interface CsvTable {
	header: string[];
	issues: DataIssue[];
}

/** Receives each record with the right number of fields, as soon as it is parsed. */
export type RowSink = (row: RawRow, header: readonly string[]) => void;

/**
 * Reads CSV text; a UTF-8 BOM and CRLF line ends are accepted. Problems are collected, not thrown.
 * Records are handed to `onRow` one by one rather than collected: at a million rows the arrays of cells
 * alone took several times the file's size, and all of them lived until the whole file was parsed.
 */
export function readCsv(
	text: string,
	file: string,
	expectedColumns: readonly string[],
	onRow: RowSink
): CsvTable {
	const issues: DataIssue[] = [];
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	let header: string[] | null = null;
	// Rows are only passed on under a sound header; a faulty one is reported alone.
	let headerOk = false;
	let lastCursor = 0;
	let line = 1;
	let counted = 0;

	const lineAt = (offset: number) => {
		// Newlines are counted once, incrementally, so a million-row file stays linear.
		for (let i = counted; i < offset; i++) if (source.charCodeAt(i) === 10) line++;
		counted = Math.max(counted, offset);
		return line;
	};

	Papa.parse<string[]>(source, {
		delimiter: ',',
		step: (result) => {
			const start = lastCursor;
			lastCursor = result.meta.cursor;
			const cells = result.data;
			// Skip the leading line break that papaparse leaves at a row's start after CRLF or blank lines.
			let first = start;
			while (source.charCodeAt(first) === 13 || source.charCodeAt(first) === 10) first++;
			const rowLine = lineAt(first);
			if (cells.length === 1 && cells[0]!.trim() === '' && result.errors.length === 0) return;
			const quoteError = result.errors.find((e) => e.type === 'Quotes');
			if (quoteError) {
				issues.push({
					file,
					line: rowLine,
					column: cells.length,
					message:
						quoteError.code === 'MissingQuotes'
							? 'unterminated quoted field: a quote opens a field that never closes'
							: 'malformed quotes: a quoted field must end with a quote followed by a comma or line end'
				});
				return;
			}
			if (header === null) {
				header = cells.map((c) => c.trim());
				issues.push(...checkHeader(header, file, expectedColumns));
				// Every problem on line 1 is known by now: records come in order, and the header is the first.
				headerOk = !issues.some((i) => i.line === 1);
				return;
			}
			if (!headerOk) return;
			if (cells.length === header.length) {
				onRow({ line: rowLine, cells }, header);
				return;
			}
			const many = cells.length > header.length;
			issues.push({
				file,
				line: rowLine,
				column: many ? header.length + 1 : cells.length,
				message: `${many ? 'too many' : 'too few'} fields: expected ${header.length}, got ${cells.length}`
			});
		}
	});

	if (header === null && issues.length === 0)
		issues.push({
			file,
			line: 1,
			message: `file is empty; expected a header line: ${expectedColumns.join(',')}`
		});
	return { header: header ?? [], issues };
}

function checkHeader(header: string[], file: string, expected: readonly string[]): DataIssue[] {
	const issues: DataIssue[] = [];
	const seen = new Set<string>();
	header.forEach((name, i) => {
		if (seen.has(name))
			issues.push({ file, line: 1, column: i + 1, message: `duplicate column ${quote(name)}` });
		else if (!expected.includes(name))
			issues.push({
				file,
				line: 1,
				column: i + 1,
				message: `unknown column ${quote(name)}; expected columns: ${expected.join(',')}`
			});
		seen.add(name);
	});
	for (const name of expected)
		if (!seen.has(name)) issues.push({ file, line: 1, message: `missing column '${name}'` });
	return issues;
}
