// One source's shares within a group cannot add up to more than the whole: a rule market share and capacity
// by location share.
import type { CheckContext, DataIssue } from './types';

/**
 * Sources round each share, so the allowance grows with the rounding: n shares rounded to a step s can
 * overshoot by n*s/2.
 */
export const MIN_SHARE_SLACK = 0.5;

export function decimals(n: number): number {
	const text = String(n);
	const dot = text.indexOf('.');
	return dot === -1 ? 0 : text.length - dot - 1;
}

export function maxShareSum(shares: number[]): number {
	const step = Math.max(...shares.map((s) => 10 ** -decimals(s)));
	return 100 + Math.max(MIN_SHARE_SLACK, (shares.length * step) / 2);
}

/** One source's shares within each group (its key fields) may not add up to more than the whole. */
export function checkGroupSums<T extends { share_pct: number | null; source_id: string }>(
	ctx: CheckContext,
	id: string,
	groupBy: (row: T) => string[]
): DataIssue[] {
	const groups = new Map<string, { shares: number[]; line: number }>();
	for (const { line, row } of ctx.rows<T>(id)) {
		if (row.share_pct === null) continue;
		const key = groupBy(row).join(' / ');
		const g = groups.get(key) ?? { shares: [], line };
		g.shares.push(row.share_pct);
		groups.set(key, g);
	}
	return [...groups].flatMap(([key, g]) => {
		const total = g.shares.reduce((a, b) => a + b, 0);
		const limit = maxShareSum(g.shares);
		if (total <= limit + 1e-9) return [];
		return [
			ctx.cell(
				id,
				g.line,
				'share_pct',
				`shares for ${key} add up to ${+total.toFixed(3)}, above ${+limit.toFixed(3)}`
			)
		];
	});
}
