// The market-share explorer's filters and the rows they select.
import { inYears, selected, type FilterSpec, type Filters } from '../filters';
import { comparePeriods } from '../periods';
import type { MarketShare } from '../datasets/market-share/schema';
import { FREQUENCIES, frequencyOf } from '../share-cells';
import { METRICS } from '../vocabulary';

export const DEFAULT_SEGMENT = 'ai-accelerators';

export function marketShareSpec(
	rows: MarketShare[],
	segmentOrder: readonly string[],
	vendorOrder: readonly string[]
): FilterSpec {
	const present = (field: 'segment' | 'vendor' | 'metric') => new Set(rows.map((r) => r[field]));
	const frequencies = new Set(rows.map((r) => frequencyOf(r.period)));
	const years = rows.map((r) => r.year);
	const segments = segmentOrder.filter((s) => present('segment').has(s));
	return {
		lists: {
			segment: segments,
			metric: METRICS.filter((m) => present('metric').has(m)),
			frequency: FREQUENCIES.filter((f) => frequencies.has(f)),
			vendor: [...vendorOrder, 'others'].filter((v) => present('vendor').has(v))
		},
		defaults: { segment: segments.includes(DEFAULT_SEGMENT) ? [DEFAULT_SEGMENT] : segments.slice(0, 1) },
		years: { min: Math.min(...years), max: Math.max(...years) }
	};
}

export function filterMarketShare(rows: MarketShare[], filters: Filters, spec: FilterSpec): MarketShare[] {
	const segments = new Set(selected(filters, spec, 'segment'));
	const metrics = new Set(selected(filters, spec, 'metric'));
	const vendors = new Set(selected(filters, spec, 'vendor'));
	const frequencies = new Set(selected(filters, spec, 'frequency'));
	return rows.filter(
		(r) =>
			segments.has(r.segment) &&
			metrics.has(r.metric) &&
			vendors.has(r.vendor) &&
			frequencies.has(frequencyOf(r.period)) &&
			inYears(r.year, filters)
	);
}

/** The metric a segment's charts use: the chosen one if it has data, else the one with most rows. */
export function chartMetric(
	rows: MarketShare[],
	segment: string,
	chosen: readonly string[]
): MarketShare['metric'] | undefined {
	const counts = new Map<MarketShare['metric'], number>();
	for (const r of rows)
		if (r.segment === segment && r.share_pct !== null) counts.set(r.metric, (counts.get(r.metric) ?? 0) + 1);
	const usable = [...counts].sort((a, b) => b[1] - a[1] || METRICS.indexOf(a[0]) - METRICS.indexOf(b[0]));
	return usable.find(([m]) => chosen.includes(m))?.[0] ?? usable[0]?.[0];
}

export function sortForTable(rows: MarketShare[]): MarketShare[] {
	return [...rows].sort(
		(a, b) =>
			a.segment.localeCompare(b.segment) ||
			-comparePeriods(a.period, b.period) ||
			a.metric.localeCompare(b.metric) ||
			(b.share_pct ?? -1) - (a.share_pct ?? -1)
	);
}

/** The market a segment's charts show: worldwide when the sources cover it, else the best-covered one. */
export function chartMarket(rows: MarketShare[], segment: string, metric: string): string | undefined {
	const counts = new Map<string, number>();
	for (const r of rows)
		if (r.segment === segment && r.metric === metric && r.share_pct !== null)
			counts.set(r.market, (counts.get(r.market) ?? 0) + 1);
	if (counts.has('WLD')) return 'WLD';
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
