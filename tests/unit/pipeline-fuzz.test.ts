// Any text in an input file either builds or is reported as path:line problems: never an uncaught exception.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeOutputs } from '../../scripts/pipeline/build';
import { DataError, formatIssue } from '../../scripts/pipeline/issues';
import { fixtureWorkspace } from './fixture-data';

const HEADER = 'segment,metric,period,vendor,market,share_pct,value,unit,source_id,basis,notes';
const cell = fc.oneof(
	fc.constantFrom(
		'foundry',
		'revenue',
		'2024-Q4',
		'tsmc',
		'WLD',
		'67.1',
		'estimate',
		'',
		'"',
		'""',
		',',
		'\n',
		'\r\n',
		'1e400',
		'-0'
	),
	fc.string({ maxLength: 12 })
);
const line = fc.array(cell, { minLength: 0, maxLength: 13 }).map((cells) => cells.join(','));
const csvText = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc
		.tuple(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
		.map(([lines, newline]) => [HEADER, ...lines].join(newline))
);

describe('pipeline on arbitrary input', () => {
	it('produces outputs or path:line errors, nothing else', () => {
		const ws = fixtureWorkspace();
		const path = join(ws.dataDir, 'market-share.csv');
		fc.assert(
			fc.property(csvText, (text) => {
				writeFileSync(path, text);
				try {
					computeOutputs({ dataDir: ws.dataDir, outDir: ws.outDir, cwd: ws.root });
				} catch (error) {
					expect(error).toBeInstanceOf(DataError);
					for (const issue of (error as DataError).issues)
						expect(formatIssue(issue)).toMatch(/^data\/[\w.-]+\.csv:\d+(:\d+)? \S/);
				}
			}),
			{ numRuns: 150 }
		);
	});
});
