// Runs the pipeline on fixture folders: every broken input is reported exactly and leaves outputs untouched.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData, computeOutputs } from '../../scripts/pipeline/build';
import { DataError, formatIssue } from '../../scripts/pipeline/issues';
import { outputText } from '../../scripts/pipeline/output-file';
import { brokenCases, FIXTURES, fixtureWorkspace } from './fixture-data';

function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir)
			.sort()
			.map((name) => [name, readFileSync(join(dir, name), 'utf8')])
	);
}

function messages(run: () => unknown): string[] {
	try {
		run();
	} catch (error) {
		if (error instanceof DataError) return error.issues.map(formatIssue);
		throw error;
	}
	throw new Error('expected the pipeline to reject the input');
}

describe('pipeline on the valid fixture', () => {
	it('writes every dataset as CSV, JSON and JSON Schema plus a data package', () => {
		const ws = fixtureWorkspace();
		buildData({ dataDir: ws.dataDir, outDir: ws.outDir, cwd: ws.root });
		const files = Object.keys(snapshot(ws.outDir));
		expect(files).toContain('datapackage.json');
		for (const id of [
			'market-share',
			'export-controls',
			'sovereign-compute',
			'sources',
			'vendors',
			'countries',
			'fx-rates'
		])
			expect(files).toEqual(expect.arrayContaining([`${id}.csv`, `${id}.json`, `${id}.schema.json`]));
	});

	it('gives byte-identical outputs on a second run', () => {
		const ws = fixtureWorkspace();
		buildData({ dataDir: ws.dataDir, outDir: ws.outDir, cwd: ws.root });
		const first = snapshot(ws.outDir);
		buildData({ dataDir: ws.dataDir, outDir: ws.outDir, cwd: ws.root });
		expect(snapshot(ws.outDir)).toEqual(first);
	});

	it('accepts a UTF-8 BOM and CRLF line ends with the same result', () => {
		const plain = fixtureWorkspace();
		const crlf = fixtureWorkspace();
		const path = join(crlf.dataDir, 'market-share.csv');
		writeFileSync(path, '\uFEFF' + readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
		const a = computeOutputs({ dataDir: plain.dataDir, outDir: plain.outDir, cwd: plain.root });
		const b = computeOutputs({ dataDir: crlf.dataDir, outDir: crlf.outDir, cwd: crlf.root });
		expect(outputText(b.files.get('market-share.json')!)).toBe(outputText(a.files.get('market-share.json')!));
	});

	it('publishes the same rows, in schema field order, whatever the CSV column order', () => {
		const plain = fixtureWorkspace();
		const moved = fixtureWorkspace();
		const path = join(moved.dataDir, 'market-share.csv');
		// Last column first: rows decode with their keys in a different order and must be put in schema order.
		const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
		writeFileSync(path, lines.map((l) => l.replace(/^(.*),([^,]*)$/, '$2,$1')).join('\n') + '\n');
		const a = computeOutputs({ dataDir: plain.dataDir, outDir: plain.outDir, cwd: plain.root });
		const b = computeOutputs({ dataDir: moved.dataDir, outDir: moved.outDir, cwd: moved.root });
		for (const name of ['market-share.json', 'market-share.csv', 'concentration.json'])
			expect(outputText(b.files.get(name)!)).toBe(outputText(a.files.get(name)!));
		expect(Object.keys(a.published.get('market-share')![0]!).at(-1)).toBe('year');
	});

	it('derives USD from the fx-rates table, never from a typed value', () => {
		const ws = fixtureWorkspace();
		const { published } = computeOutputs({ dataDir: ws.dataDir, outDir: ws.outDir, cwd: ws.root });
		const program = published.get('sovereign-compute')![0]!;
		const rate = published.get('fx-rates')!.find((r) => r.currency === program.currency)!;
		expect(program.amount_usd_m).toBeCloseTo(
			(program.amount_local_m as number) * (rate.usd_per_unit as number),
			2
		);
		expect(program.fx_year).toBe(rate.year);
	});

	it('CSV and JSON of a dataset hold the same rows', () => {
		const ws = fixtureWorkspace();
		const { files } = computeOutputs({ dataDir: ws.dataDir, outDir: ws.outDir, cwd: ws.root });
		const json = JSON.parse(outputText(files.get('market-share.json')!));
		const csvLines = outputText(files.get('market-share.csv')!).trimEnd().split('\r\n');
		expect(csvLines.length - 1).toBe(json.rows.length);
		expect(json.row_count).toBe(json.rows.length);
	});
});

describe('spreadsheet safety', () => {
	it('writes a formula-like text cell as inert text in CSV and unchanged in JSON', () => {
		const ws = fixtureWorkspace();
		const path = join(ws.dataDir, 'vendors.csv');
		const text = readFileSync(path, 'utf8').replace(/\n([^\n]+)\n?$/, (_, last: string) => {
			const cells = last.split(',');
			cells[4] = '"=HYPERLINK(""http://evil.example"",""x"");@SUM(1)"';
			return `\n${cells.join(',')}\n`;
		});
		writeFileSync(path, text);
		const { files } = computeOutputs({ dataDir: ws.dataDir, outDir: ws.outDir, cwd: ws.root });
		const csv = outputText(files.get('vendors.csv')!);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"");@SUM(1)"`);
		expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
		const json = JSON.parse(outputText(files.get('vendors.json')!));
		expect(
			json.rows.some((r: { aliases: string[] }) => r.aliases[0] === '=HYPERLINK("http://evil.example","x")')
		).toBe(true);
	});
});

describe('pipeline on broken inputs', () => {
	for (const name of brokenCases()) {
		it(`reports ${name} exactly and writes nothing`, () => {
			const caseDir = join(FIXTURES, 'broken', name);
			const ws = fixtureWorkspace();
			buildData({ dataDir: ws.dataDir, outDir: ws.outDir, cwd: ws.root });
			const before = snapshot(ws.outDir);
			for (const file of readdirSync(caseDir).filter((f) => f !== 'expected.txt'))
				writeFileSync(join(ws.dataDir, file), readFileSync(join(caseDir, file)));
			const expected = readFileSync(join(caseDir, 'expected.txt'), 'utf8').trimEnd().split('\n');
			expect(messages(() => buildData({ dataDir: ws.dataDir, outDir: ws.outDir, cwd: ws.root }))).toEqual(
				expected
			);
			expect(snapshot(ws.outDir)).toEqual(before);
		});
	}
});
