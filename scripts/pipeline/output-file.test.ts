import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv';
import { csvFile, datasetJson, outputText, stableJson } from './output-file';

const rows = [
	{ a: 'x, "y"', b: 'line\nbreak', c: 3.5, d: null, e: ['p', 'q'] },
	{ a: '=1+1', b: '\u2028é', c: -0.25, d: true, e: [] }
];

describe('datasetJson', () => {
	const meta = { id: 'demo', sources: [{ id: 's', title: 'T' }], row_count: 2 };
	it('holds the same value as the whole object pretty-printed, with rows last', () => {
		const text = outputText(datasetJson(meta, rows));
		expect(JSON.parse(text)).toEqual(JSON.parse(stableJson({ ...meta, rows })));
		expect(Object.keys(JSON.parse(text))).toEqual(['id', 'sources', 'row_count', 'rows']);
	});
	it('puts one compact row on each line and ends with a newline', () => {
		const lines = outputText(datasetJson(meta, rows)).split('\n');
		expect(lines.filter((l) => l.startsWith('\t\t{"a"'))).toHaveLength(2);
		expect(lines.at(-1)).toBe('');
	});
	it('writes an empty table exactly as stableJson does', () => {
		expect(outputText(datasetJson(meta, []))).toBe(stableJson({ ...meta, rows: [] }));
	});
});

describe('csvFile', () => {
	it('gives the same text as toCsv, which papaparse reads back', () => {
		const fields = ['a', 'b', 'c', 'd', 'e'];
		const text = outputText(csvFile(fields, rows));
		expect(text).toBe(toCsv(fields, rows));
		expect(Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' }).data[1]![1]).toBe('line\nbreak');
	});
});
