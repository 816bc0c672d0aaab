// Synthetic market-share input at scale: the real reference tables and release.json, plus generated rows that
// the pipeline accepts (known segments, vendors, markets and sources; unique keys; shares adding up to 100).
import {
	closeSync,
	copyFileSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	statSync,
	writeSync
} from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { METRICS, BASES } from '../../src/lib/datasets/market-share/schema';

export interface SyntheticData {
	dir: string;
	csv: string;
	rows: number;
	bytes: number;
}

const HEADER = 'segment,metric,period,vendor,market,share_pct,value,unit,source_id,basis,notes';
/** One group is one source's split of one segment, metric, period and market: eight vendors, 100 % in all. */
const SHARES = [30, 20, 15, 10, 8, 7, 5, 5];
const FIRST_YEAR = 1990;
const LAST_YEAR = 2026;
const PERIOD_SUFFIXES = ['', '-H1', '-H2', '-Q1', '-Q2', '-Q3', '-Q4'];

function column(file: string, name: string): string[] {
	const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	return parsed.data.map((r) => r[name]!).filter(Boolean);
}

/** Copies every input but market-share.csv from dataDir into dir, then writes `rows` generated rows. */
export function writeSyntheticData(dataDir: string, dir: string, rows: number): SyntheticData {
	mkdirSync(dir, { recursive: true });
	for (const name of readdirSync(dataDir))
		if ((name.endsWith('.csv') && name !== 'market-share.csv') || name === 'release.json')
			copyFileSync(join(dataDir, name), join(dir, name));
	const segments = column(join(dataDir, 'segments.csv'), 'id');
	const vendors = column(join(dataDir, 'vendors.csv'), 'slug');
	const markets = column(join(dataDir, 'countries.csv'), 'code');
	const sources = column(join(dataDir, 'sources.csv'), 'id');
	const periods: string[] = [];
	for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) for (const s of PERIOD_SUFFIXES) periods.push(`${y}${s}`);
	const groups = Math.ceil(rows / SHARES.length);
	const capacity = segments.length * METRICS.length * periods.length * markets.length;
	if (groups > capacity)
		throw new Error(`${rows} rows need ${groups} distinct groups; only ${capacity} exist`);

	const csv = join(dir, 'market-share.csv');
	const fd = openSync(csv, 'w');
	try {
		writeSync(fd, `${HEADER}\n`);
		let written = 0;
		let chunk: string[] = [];
		for (let g = 0; g < groups && written < rows; g++) {
			// Mixed radix: every group gets its own (segment, metric, period, market), so keys stay unique.
			let rest = g;
			const segment = segments[rest % segments.length]!;
			rest = Math.floor(rest / segments.length);
			const metric = METRICS[rest % METRICS.length]!;
			rest = Math.floor(rest / METRICS.length);
			const period = periods[rest % periods.length]!;
			rest = Math.floor(rest / periods.length);
			const market = markets[rest % markets.length]!;
			const source = sources[g % sources.length]!;
			for (let k = 0; k < SHARES.length && written < rows; k++, written++) {
				const vendor = vendors[(g + k) % vendors.length]!;
				const share = SHARES[k]!;
				const withValue = k % 2 === 0;
				chunk.push(
					[
						segment,
						metric,
						period,
						vendor,
						market,
						share,
						withValue ? (share * 1.25).toFixed(2) : '',
						withValue ? 'USD bn' : '',
						source,
						BASES[g % BASES.length],
						`Synthetic benchmark row ${g}-${k}; ${vendor} holds rank ${k + 1} in this split`
					].join(',')
				);
			}
			if (chunk.length >= 20_000) {
				writeSync(fd, chunk.join('\n') + '\n');
				chunk = [];
			}
		}
		if (chunk.length > 0) writeSync(fd, chunk.join('\n') + '\n');
	} finally {
		closeSync(fd);
	}
	return { dir, csv, rows, bytes: statSync(csv).size };
}
