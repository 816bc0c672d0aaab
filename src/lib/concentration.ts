// Concentration of a market from one source's shares: HHI, top vendor and top headquarters country.
import type { Concentration } from './datasets/concentration/schema';
import type { MarketShare } from './datasets/market-share/schema';
import { shareCells } from './share-cells';
import { OTHERS_VENDOR } from './vocabulary';

/** US DOJ/FTC Merger Guidelines (2023), section 2.1: above 1,800 a market is highly concentrated. */
export const HHI_HIGHLY_CONCENTRATED = 1800;
/** US DOJ/FTC Horizontal Merger Guidelines (2010): 1,500-2,500 moderately, above 2,500 highly concentrated. */
export const HHI_2010_MODERATE = 1500;
export const HHI_2010_HIGH = 2500;

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** One row per cell (segment, metric, market, period and source) that names at least one vendor's share. */
export function computeConcentration(
	rows: MarketShare[],
	hqOf: (vendor: string) => string | undefined
): Concentration[] {
	const out: Concentration[] = [];
	for (const cell of shareCells(rows)) {
		const group = cell.rows.filter((r) => r.vendor !== OTHERS_VENDOR);
		if (group.length === 0) continue;
		const first = group[0]!;
		const shares = group.map((r) => r.share_pct);
		const top = [...group].sort((a, b) => b.share_pct - a.share_pct || (a.vendor < b.vendor ? -1 : 1))[0]!;
		const byCountry = new Map<string, number>();
		for (const r of group) {
			const country = hqOf(r.vendor);
			if (country) byCountry.set(country, (byCountry.get(country) ?? 0) + r.share_pct);
		}
		const [topCountry, topCountryShare] = [...byCountry].sort(
			(a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)
		)[0]!;
		out.push({
			segment: first.segment,
			metric: first.metric,
			period: first.period,
			year: first.year,
			market: first.market,
			source_id: first.source_id,
			vendors: group.length,
			coverage_pct: cell.coverage_pct,
			complete: cell.complete,
			forecast: cell.forecast,
			hhi: round(
				shares.reduce((s, x) => s + x * x, 0),
				1
			),
			top_vendor: top.vendor,
			top_share_pct: top.share_pct,
			top_country: topCountry,
			top_country_share_pct: round(topCountryShare, 3)
		});
	}
	return out;
}
