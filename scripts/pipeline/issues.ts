// Problems found in input data, reported like a compiler's diagnostics.
import type { DataIssue } from '../../src/lib/datasets/types';

export function formatIssue(issue: DataIssue): string {
	const where = `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ''}`;
	return `${where} ${issue.field ? `${issue.field}: ` : ''}${issue.message}`;
}

/** Sorts issues by file, then line, then column, so reports read top to bottom. */
export function sortIssues(issues: DataIssue[]): DataIssue[] {
	return [...issues].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			(a.column ?? 0) - (b.column ?? 0) ||
			a.message.localeCompare(b.message)
	);
}

export class DataError extends Error {
	constructor(readonly issues: DataIssue[]) {
		super(`${issues.length} problem(s) in the input data:\n${issues.map(formatIssue).join('\n')}`);
	}
}
