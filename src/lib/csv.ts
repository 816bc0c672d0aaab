// Writes rows as RFC 4180 CSV that is safe to open in a spreadsheet.
export type CsvValue = string | number | boolean | null | readonly string[];

/** Cells a spreadsheet would run as formulas (OWASP CSV injection); numbers are typed and never reach this. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

export function formatCell(value: CsvValue): string {
	if (value === null) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = neutralise(Array.isArray(value) ? value.join(';') : (value as string));
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record without its line end. */
export function csvLine(fields: readonly string[], row: Readonly<Record<string, unknown>>): string {
	let line = '';
	for (let i = 0; i < fields.length; i++)
		line += (i === 0 ? '' : ',') + formatCell((row[fields[i]!] ?? null) as CsvValue);
	return line;
}

/** CSV with a header line and CRLF line ends, as RFC 4180 asks. */
export function toCsv(fields: readonly string[], rows: readonly Record<string, unknown>[]): string {
	const lines = [fields.join(',')];
	for (const row of rows) lines.push(csvLine(fields, row));
	return lines.join('\r\n') + '\r\n';
}
