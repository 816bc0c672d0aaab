import { describe, expect, it } from 'vitest';
import { buildConcentrationOption } from './charts/concentration';
import { computeConcentration } from './concentration';
import { shareRow } from '../../tests/factories/market-share';

const row = (vendor: string, share_pct: number | null, source_id = 's') =>
	shareRow({ vendor, share_pct, source_id });
const hq: Record<string, string> = { 'sk-hynix': 'KOR', samsung: 'KOR', micron: 'USA' };

describe('computeConcentration', () => {
	const [c] = computeConcentration(
		[row('sk-hynix', 50), row('samsung', 40), row('micron', 10), row('sk-hynix', 60, 'other-source')],
		(v) => hq[v]
	).filter((x) => x.source_id === 's');

	it('sums squared shares into the HHI', () => {
		expect(c!.hhi).toBe(50 * 50 + 40 * 40 + 10 * 10);
	});
	it('names the top vendor and adds vendors up by headquarters country', () => {
		expect([c!.top_vendor, c!.top_share_pct]).toEqual(['sk-hynix', 50]);
		expect([c!.top_country, c!.top_country_share_pct]).toEqual(['KOR', 90]);
	});
	it('keeps sources apart and leaves the "others" remainder and value-only rows out', () => {
		const all = computeConcentration(
			[row('sk-hynix', 70), row('others', 30), row('micron', null)],
			(v) => hq[v]
		);
		expect(all).toHaveLength(1);
		expect(all[0]).toMatchObject({ vendors: 1, coverage_pct: 70, hhi: 4900 });
	});
});

describe('concentration charted only over complete, observed cells', () => {
	const cells = computeConcentration(
		[
			shareRow({ vendor: 'sk-hynix', share_pct: 53, period: '2024-Q4', source_id: 'full' }),
			shareRow({ vendor: 'samsung', share_pct: 38, period: '2024-Q4', source_id: 'full' }),
			shareRow({ vendor: 'micron', share_pct: 9, period: '2024-Q4', source_id: 'full' }),
			// one vendor named: 31% of the market, an HHI of 961 that says nothing of concentration
			shareRow({ vendor: 'micron', share_pct: 31, period: '2025-Q1', source_id: 'thin' }),
			shareRow({ vendor: 'sk-hynix', share_pct: 60, period: '2025-Q2', source_id: 'f', basis: 'forecast' }),
			shareRow({ vendor: 'samsung', share_pct: 40, period: '2025-Q2', source_id: 'f', basis: 'forecast' })
		],
		(v) => hq[v]
	);
	it('flags each cell complete or not, forecast or not', () => {
		expect(cells.map((c) => [c.period, c.complete, c.forecast])).toEqual([
			['2024-Q4', true, false],
			['2025-Q1', false, false],
			['2025-Q2', true, true]
		]);
	});
	it('leaves partial and forecast cells off the HHI chart, and says so', () => {
		const option = buildConcentrationOption(
			cells,
			{ segment: 'hbm', market: 'WLD', metric: 'revenue', title: 'HBM' },
			{ vendor: (v) => v, country: (c) => c, source: (s) => s }
		) as {
			xAxis: { data: string[] };
			series: { data: { value: number | null }[] }[];
			aria: { label: { description: string } };
		};
		expect(option.xAxis.data).toEqual(['2024-Q4']);
		expect(option.series.flatMap((s) => s.data.map((d) => d.value))).toEqual([53 * 53 + 38 * 38 + 9 * 9]);
		expect(option.aria.label.description).toContain(
			'2 partial, forecast or other-frequency figures are left out'
		);
	});
});
