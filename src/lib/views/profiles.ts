// What a country or vendor page shows, computed from the datasets: shares over time, ranks, treatment history.
import { comparePeriods, periodMidDate } from '../periods';
import type { Measure, MeasureEvent, MeasureTarget } from '../datasets/export-controls/schema';
import type { MarketShare } from '../datasets/market-share/schema';
import {
	COMBINED_COVERAGE_PCT,
	definingCells,
	frequencyOf,
	shareCells,
	trendFrequency,
	type Frequency
} from '../share-cells';
import { applyingSpans, statusAt } from '../status';
import { WORLDWIDE } from './export-controls';
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
			published,
			COMBINED_COVERAGE_PCT
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
	/** The treatment comes from the measure's row for every destination (WLD), not one naming the place. */
	worldwide: boolean;
	from: string;
	/** When the measure stopped applying (suspended, rescinded, expired), or null if it still applies. */
	until: string | null;
	/** The measure's status at the cut-off. */
	status: Measure['status'];
}

/**
 * Every span in which a treatment applied to a place: by name, or through the measure's row for every
 * destination (such as AI-diffusion tier 2) when no row names the place and the place did not issue it. Spans
 * follow the status history (a suspension ends one), so "still applies" agrees with the status today.
 */
export function treatmentHistory(
	places: ReadonlySet<string>,
	measures: Measure[],
	targets: MeasureTarget[],
	events: MeasureEvent[],
	cutoff: string
): TreatmentSpell[] {
	const spells: TreatmentSpell[] = [];
	for (const m of measures) {
		const rows = targets.filter((t) => t.measure_id === m.id);
		const named = rows.filter((t) => places.has(t.target));
		const everywhere = rows.find((t) => t.target === WORLDWIDE);
		const applying = named.length > 0 ? named : everywhere && !places.has(m.authority) ? [everywhere] : [];
		if (applying.length === 0) continue;
		const own = events.filter((e) => e.measure_id === m.id);
		const status = statusAt(own, cutoff)?.status ?? m.status;
		const spans =
			own.length > 0 ? applyingSpans(own, cutoff) : [{ from: m.effective ?? m.first_date, until: null }];
		for (const t of applying)
			for (const span of spans)
				spells.push({
					measure_id: m.id,
					title: m.title,
					authority: m.authority,
					treatment: t.treatment,
					worldwide: t.target === WORLDWIDE,
					...span,
					status
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
