// What a country or vendor page shows, computed from the datasets: shares over time, ranks, treatment history.
import { periodMidDate } from '../periods';
import type { Measure, MeasureEvent, MeasureTarget } from '../schemas/export-controls';
import type { MarketShare } from '../schemas/market-share';
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
	points: SharePoint[];
}

/**
 * Worldwide share over time of a set of vendors in each segment where they appear: per period, their shares are
 * added up within one source. Where several sources cover a period, the one naming most of the vendors wins (a
 * source naming only some of them would understate the sum), then the newest publication.
 */
export function combinedShareSeries(
	rows: MarketShare[],
	vendors: ReadonlySet<string>,
	published: (sourceId: string) => string
): ShareSeries[] {
	const own = rows.filter((r) => vendors.has(r.vendor) && r.market === 'WLD' && r.share_pct !== null);
	const segments = [...new Set(own.map((r) => r.segment))].sort();
	return segments.flatMap((segment) => {
		const metric = chartMetric(own, segment, []);
		if (!metric) return [];
		const cells = new Map<string, Map<string, { share: number; vendors: number }>>();
		for (const r of own.filter((x) => x.segment === segment && x.metric === metric)) {
			const bySource = cells.get(r.period) ?? new Map<string, { share: number; vendors: number }>();
			const cell = bySource.get(r.source_id) ?? { share: 0, vendors: 0 };
			bySource.set(r.source_id, { share: cell.share + r.share_pct!, vendors: cell.vendors + 1 });
			cells.set(r.period, bySource);
		}
		const points = [...cells].map(([period, bySource]) => {
			const [source_id, { share }] = [...bySource].sort(
				(a, b) =>
					b[1].vendors - a[1].vendors ||
					published(b[0]).localeCompare(published(a[0])) ||
					(a[0] < b[0] ? -1 : 1)
			)[0]!;
			return { period, date: periodMidDate(period), share: Math.round(share * 1000) / 1000, source_id };
		});
		return [{ segment, metric, points: points.sort((a, b) => a.date.localeCompare(b.date)) }];
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
