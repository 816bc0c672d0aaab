// The whole pipeline: read -> parse -> validate -> check relations -> derive -> write, all or nothing.
import { readFileSync, existsSync } from 'node:fs';
import type { z } from 'zod';
import { join, relative } from 'node:path';
import { DATASETS, type RegisteredDef, type DatasetId } from '../../src/lib/registry';
import {
	releaseHistorySchema,
	releaseSchema,
	type Release,
	type ReleaseHistory
} from '../../src/lib/datasets/release';
import { decodeCsv } from './decode';
import { derive, type Published } from './derive';
import { runChecks } from './checks';
import type { DataIssue } from '../../src/lib/datasets/types';
import { DataError, sortIssues } from './issues';
import type { OutputFiles } from './output-file';
import { renderOutputs } from './outputs';
import { checkForeignKeys, checkUniqueKeys, type Tables } from './relations';
import { writeFolderAtomically } from './write-atomic';

export interface BuildOptions {
	dataDir: string;
	outDir: string;
	/** Paths in messages are shown relative to this folder. */
	cwd?: string;
}

export interface BuildResult {
	release: Release;
	published: Published;
	/** Rendered while buildData writes them; outputText(file) gives one file's text. */
	files: OutputFiles;
}

export const RELEASE_FILE = 'release.json';
/** The releases recorded so far (written by `npm run data -- --release`); absent before the first. */
export const HISTORY_FILE = 'releases.json';

function readJson<T>(path: string, show: (p: string) => string, schema: z.ZodType<T>): T {
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new DataError([
			{ file: show(path), line: 1, message: `invalid JSON: ${(error as Error).message}` }
		]);
	}
	const result = schema.safeParse(parsed);
	if (!result.success)
		throw new DataError(
			result.error.issues.map((i) => ({
				file: show(path),
				line: 1,
				field: i.path.map(String).join('.'),
				message: i.message
			}))
		);
	return result.data;
}

function readRelease(dataDir: string, show: (p: string) => string): Release {
	const path = join(dataDir, RELEASE_FILE);
	if (!existsSync(path)) throw new DataError([{ file: show(path), line: 1, message: 'file is missing' }]);
	return readJson(path, show, releaseSchema);
}

export function readHistory(dataDir: string, show: (p: string) => string = (p) => p): ReleaseHistory {
	const path = join(dataDir, HISTORY_FILE);
	return existsSync(path) ? readJson(path, show, releaseHistorySchema) : [];
}

/** push(...more) passes every item as an argument, which overflows the stack when a big file is all wrong. */
function append(issues: DataIssue[], more: readonly DataIssue[]): void {
	for (const issue of more) issues.push(issue);
}

/** Validates every input and computes the outputs; throws DataError listing every problem found. */
export function computeOutputs(options: BuildOptions): BuildResult {
	const cwd = options.cwd ?? process.cwd();
	const show = (p: string) => relative(cwd, p) || p;
	const release = readRelease(options.dataDir, show);
	const history = readHistory(options.dataDir, show);
	const fileOf = (id: DatasetId) =>
		show(join(options.dataDir, DATASETS.find((d) => d.id === id)!.input ?? `${id}.csv`));
	const sourced = DATASETS.filter((d) => d.input !== null && d.inputSchema !== null);
	const issues: DataIssue[] = [];
	const tables: Tables = new Map();

	for (const def of sourced) {
		const path = join(options.dataDir, def.input!);
		const file = show(path);
		if (!existsSync(path)) {
			issues.push({ file, line: 1, message: 'file is missing' });
			continue;
		}
		const decoded = decodeCsv(readFileSync(path, 'utf8'), file, def.inputSchema!);
		append(issues, decoded.issues);
		append(issues, checkUniqueKeys(def, decoded.rows, file));
		tables.set(def.id, decoded.rows);
	}
	for (const def of DATASETS)
		append(
			issues,
			checkForeignKeys(def, tables, DATASETS, (d: RegisteredDef) => fileOf(d.id))
		);
	append(issues, runChecks({ tables, defs: DATASETS, cutoff: release.cutoff, fileOf }));
	if (issues.length > 0) throw new DataError(sortIssues(issues));

	const { published, issues: deriveIssues } = derive(tables, DATASETS, release.cutoff, fileOf);
	if (deriveIssues.length > 0) throw new DataError(sortIssues(deriveIssues));
	return { release, published, files: renderOutputs(DATASETS, published, release, history) };
}

export function buildData(options: BuildOptions): BuildResult {
	const result = computeOutputs(options);
	writeFolderAtomically(options.outDir, result.files);
	return result;
}
