import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCell, toCsv } from './csv';

describe('toCsv', () => {
	it('quotes commas, quotes and line breaks so papaparse reads the same values back', () => {
		const rows = [{ a: 'x, "y"', b: 'line\nbreak', c: 3.5, d: null, e: ['p', 'q'], f: true }];
		const text = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], rows);
		const parsed = Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' }).data;
		expect(parsed[1]).toEqual(['x, "y"', 'line\nbreak', '3.5', '', 'p;q', 'true']);
	});
	it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
		expect(formatCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
		expect(formatCell('+1')).toBe("'+1");
		expect(formatCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(formatCell(-5)).toBe('-5');
	});
});
