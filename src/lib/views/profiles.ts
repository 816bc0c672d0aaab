// What a country or vendor page shows, computed from the datasets: shares over time, ranks, treatment history.
import { trendFrequency } from '../charts/share-trend';
import { comparePeriods, periodMidDate } from '../periods';
import type { Measure, MeasureEvent, MeasureTarget } from '../schemas/export-controls';
import type { MarketShare } from '../schemas/market-share';
import { definingCells, frequencyOf, shareCells, type Frequency } from '../share-cells';
import { statusAt } from '../status';
import { chartMetric } from './market-share';

export interface SharePoint {
	period: string;
	date: string;
	share: number;
	source_id: string;
}

export interface ShareSeries {
	segment: string;
	metric: MarketShare['metric'];
	frequency: Frequency;
	points: SharePoint[];
}

/**
 * Worldwide share over time of a set of vendors (a country's) in each segment where they appear: per period,
 * their shares are added up within the one source that defines the period (complete, not a forecast, newest;
 * see share-cells.ts). A source naming only some vendors of the market never defines a combined share: it
 * would read as the country losing the market. One metric and one frequency per segment.
 */
export function combinedShareSeries(
	rows: readonly MarketShare[],
	vendors: ReadonlySet<string>,
	published: (sourceId: string) => string
): ShareSeries[] {
	const worldwide = rows.filter((r) => r.market === 'WLD' && r.share_pct !== null);
	const own = worldwide.filter((r) => vendors.has(r.vendor));
	const segments = [...new Set(own.map((r) => r.segment))].sort();
	return segments.flatMap((segment) => {
		const metric = chartMetric(own, segment, []);
		if (!metric) return [];
		const cells = shareCells(worldwide.filter((r) => r.segment === segment && r.metric === metric));
		const frequency = trendFrequency(cells);
		if (!frequency) return [];
		const defining = definingCells(
			cells.filter((c) => frequencyOf(c.period) === frequency),
			published
		);
		const points = [...defining.values()].flatMap((cell) => {
			const mine = cell.rows.filter((r) => vendors.has(r.vendor));
			if (mine.length === 0) return [];
			const share = Math.round(mine.reduce((sum, r) => sum + r.share_pct, 0) * 1000) / 1000;
			return [{ period: cell.period, date: periodMidDate(cell.period), share, source_id: cell.source_id }];
		});
		if (points.length === 0) return [];
		return [
			{ segment, metric, frequency, points: points.sort((a, b) => comparePeriods(a.period, b.period)) }
		];
	});
}

export interface TreatmentSpell {
	measure_id: string;
	title: string;
	authority: string;
	treatment: MeasureTarget['treatment'];
	from: string;
	/** When the measure stopped applying (rescinded, expired), or null if it still does at the cut-off. */
	until: string | null;
	status: Measure['status'];
}

/** Every treatment a place received by name, from when its measure applied to when it stopped. */
export function treatmentHistory(
	places: ReadonlySet<string>,
	measures: Measure[],
	targets: MeasureTarget[],
	events: MeasureEvent[],
	cutoff: string
): TreatmentSpell[] {
	const spells: TreatmentSpell[] = [];
	for (const t of targets.filter((x) => places.has(x.target))) {
		const m = measures.find((x) => x.id === t.measure_id);
		if (!m) continue;
		const own = events.filter((e) => e.measure_id === m.id);
		const start =
			own
				.filter((e) => e.status === 'in-force')
				.map((e) => e.date)
				.sort()[0] ??
			m.effective ??
			m.first_date;
		const now = statusAt(own, cutoff);
		const ended = now && (now.status === 'rescinded' || now.status === 'expired') ? now.status_date : null;
		spells.push({
			measure_id: m.id,
			title: m.title,
			authority: m.authority,
			treatment: t.treatment,
			from: start,
			until: ended,
			status: now?.status ?? m.status
		});
	}
	return spells.sort((a, b) => a.from.localeCompare(b.from) || a.measure_id.localeCompare(b.measure_id));
}

/** A vendor's rank and share in the view a segment opens on (see latestShareView). */
export function rankIn(rows: MarketShare[], vendor: string): number | null {
	const ranked = [...rows].filter((r) => r.share_pct !== null).sort((a, b) => b.share_pct! - a.share_pct!);
	const index = ranked.findIndex((r) => r.vendor === vendor);
	return index === -1 ? null : index + 1;
}
