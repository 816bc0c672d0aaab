// Which market-share figures may be combined. A "cell" is one source's shares for one segment, metric, market
// and period. A line, ranking, HHI or country total combines only cells of one segment (segments are
// definitions: sub-sectors and other definitions are segments of their own), one market, one metric and one
// frequency, whose named vendors cover enough of the market, and never forecasts.
import { periodSpan } from './periods';
import type { MarketShare } from './datasets/market-share/schema';
import { OTHERS_VENDOR } from './vocabulary';

/**
 * A source's named shares must cover at least this much of the market for the cell to define a line point,
 * a ranking, an HHI or a country's combined share. Below it (a source naming one or two vendors) the figures
 * are shown as partial, never joined to a line.
 */
export const COMPLETE_COVERAGE_PCT = 80;

/**
 * A country's combined share from one cell is a lower bound, short by up to 100 minus the cell's coverage
 * (its firms may hide in the unnamed rest): it is drawn only from cells naming at least this much. At 80%, a
 * source naming NVIDIA alone read as US vendors holding 80% of discrete GPUs.
 */
export const COMBINED_COVERAGE_PCT = 90;

export const FREQUENCIES = ['annual', 'half-yearly', 'quarterly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export function frequencyOf(period: string): Frequency {
	const span = periodSpan(period);
	return span === 12 ? 'annual' : span === 6 ? 'half-yearly' : 'quarterly';
}

/** The frequency with most distinct periods among `periods` (quarters before years on a tie: they say more). */
export function mostFrequent(periods: Iterable<string>): Frequency | null {
	const counts = new Map<Frequency, Set<string>>();
	for (const p of periods) {
		const f = frequencyOf(p);
		counts.set(f, (counts.get(f) ?? new Set()).add(p));
	}
	if (counts.size === 0) return null;
	return [...FREQUENCIES]
		.reverse()
		.sort((a, b) => (counts.get(b)?.size ?? 0) - (counts.get(a)?.size ?? 0))[0]!;
}

export type ShareRow = MarketShare & { share_pct: number };
export const hasShare = (r: MarketShare): r is ShareRow => r.share_pct !== null;

export interface ShareCell {
	segment: string;
	metric: MarketShare['metric'];
	market: string;
	period: string;
	source_id: string;
	/** Rows with a share, the "others" remainder included. */
	rows: ShareRow[];
	/** Sum of the named vendors' shares (the remainder excluded). */
	coverage_pct: number;
	complete: boolean;
	forecast: boolean;
}

export const cellKey = (r: Pick<MarketShare, 'segment' | 'metric' | 'market' | 'period' | 'source_id'>) =>
	`${r.segment}|${r.metric}|${r.market}|${r.period}|${r.source_id}`;

/** Rows with a share, grouped into cells, in the order the cells first appear. */
export function shareCells(rows: readonly MarketShare[]): ShareCell[] {
	const groups = new Map<string, ShareRow[]>();
	for (const r of rows) {
		if (!hasShare(r)) continue;
		const key = cellKey(r);
		const group = groups.get(key);
		if (group) group.push(r);
		else groups.set(key, [r]);
	}
	return [...groups.values()].map((group) => {
		const first = group[0]!;
		const coverage = group.filter((r) => r.vendor !== OTHERS_VENDOR).reduce((s, r) => s + r.share_pct, 0);
		return {
			segment: first.segment,
			metric: first.metric,
			market: first.market,
			period: first.period,
			source_id: first.source_id,
			rows: group,
			coverage_pct: Math.round(coverage * 1000) / 1000,
			complete: coverage >= COMPLETE_COVERAGE_PCT,
			forecast: group.some((r) => r.basis === 'forecast')
		};
	});
}

/** A cell that may define a line point, a ranking or an HHI. (A one-argument predicate, for .filter.) */
export const usable = (c: ShareCell) => c.complete && !c.forecast;

/** A cell that names at least `minCoverage` percent of the market and holds no forecast. */
export const covers = (c: ShareCell, minCoverage: number) => c.coverage_pct >= minCoverage && !c.forecast;

/**
 * For each period, the one cell that defines it: among usable cells, the newest publication (then source id).
 * Every vendor's point for that period then comes from the same source, so a line never jumps between
 * sources vendor by vendor.
 */
export function definingCells(
	cells: readonly ShareCell[],
	published: (id: string) => string,
	minCoverage = COMPLETE_COVERAGE_PCT
): Map<string, ShareCell> {
	const out = new Map<string, ShareCell>();
	for (const c of cells) {
		if (!covers(c, minCoverage)) continue;
		const best = out.get(c.period);
		if (
			!best ||
			published(c.source_id) > published(best.source_id) ||
			(published(c.source_id) === published(best.source_id) && c.source_id < best.source_id)
		)
			out.set(c.period, c);
	}
	return out;
}

/** The frequency a chart of these cells draws: the one with most usable periods, else that of the first cell. */
export function trendFrequency(cells: readonly ShareCell[]): Frequency | null {
	return (
		mostFrequent(cells.filter(usable).map((c) => c.period)) ??
		(cells[0] ? frequencyOf(cells[0].period) : null)
	);
}
