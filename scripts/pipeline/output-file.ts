// An output file as a sequence of text chunks, produced when it is written rather than held as one string:
// at a million rows the outputs run to hundreds of MiB, and a whole-file string (plus its UTF-8 copy) per
// file was most of the pipeline's peak memory.
import { csvLine } from '../../src/lib/csv';

/** Called once per write; each call yields the file's text afresh, in order. */
export type OutputFile = () => Iterable<string>;
export type OutputFiles = Map<string, OutputFile>;

/** A whole file's text at once, for small files and tests. */
export function outputText(file: OutputFile): string {
	return [...file()].join('');
}

/** JSON with a trailing newline; key order follows the schemas, so output is byte-stable. */
export function stableJson(value: unknown): string {
	return JSON.stringify(value, null, '\t') + '\n';
}

/** A dataset file: its metadata laid out as stableJson, then `rows` last with one compact row per line.
 * Pretty-printing each row field by field made the JSON about twice the size of the same rows as CSV. */
export function datasetJson(meta: Record<string, unknown>, rows: readonly unknown[]): OutputFile {
	return function* () {
		const whole = stableJson({ ...meta, rows: [] });
		if (rows.length === 0) {
			yield whole;
			return;
		}
		// `whole` ends with the empty list `[]\n}\n`; the rows go between its brackets.
		yield `${whole.slice(0, -5)}[\n`;
		for (let i = 0; i < rows.length; i++)
			yield `\t\t${JSON.stringify(rows[i])}${i < rows.length - 1 ? ',' : ''}\n`;
		yield '\t]\n}\n';
	};
}

/** CSV with a header line and CRLF line ends, row by row (same text as toCsv). */
export function csvFile(fields: readonly string[], rows: readonly Record<string, unknown>[]): OutputFile {
	return function* () {
		yield `${fields.join(',')}\r\n`;
		for (const row of rows) yield `${csvLine(fields, row)}\r\n`;
	};
}
