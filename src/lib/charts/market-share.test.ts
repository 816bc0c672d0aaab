import { describe, expect, it } from 'vitest';
import { shareRow } from '../../../tests/factories/market-share';
import { buildShareBarOption, latestShareView, viewRows } from './market-share';
import { buildShareTrendOption } from './share-trend';

const rows = [
	shareRow({ vendor: 'a', share_pct: 50 }),
	shareRow({ vendor: 'b', share_pct: 30 }),
	shareRow({ vendor: 'c', share_pct: 20 }),
	// a later period from another source, but only one vendor: too thin to open on
	shareRow({ period: '2025-Q1', vendor: 'a', share_pct: 60, source_id: 's2' }),
	shareRow({ period: '2025-Q1', vendor: 'b', share_pct: null, value: 3, unit: 'USD bn', source_id: 's2' })
];
const names = {
	vendor: (s: string) => s.toUpperCase(),
	source: (s: string) => `Source ${s}`,
	segment: () => 'HBM'
};

const published = (id: string) => ({ s1: '2024-06', s2: '2025-03', newer: '2025-09' })[id] ?? '';

describe('latestShareView', () => {
	it('takes, among complete sources for the latest period, the one the share line takes (the newest)', () => {
		const two = [
			...rows,
			shareRow({ vendor: 'a', share_pct: 52, source_id: 'newer' }),
			shareRow({ vendor: 'b', share_pct: 40, source_id: 'newer' })
		];
		expect(latestShareView(two, 'hbm', published)?.source_id).toBe('newer');
		const line = buildShareTrendOption(
			two,
			{ segment: 'hbm', market: 'WLD', metric: 'revenue', vendors: null, title: 't' },
			{ vendor: (v) => v, source: (s) => s, published }
		) as { series: { type: string; name: string; data: { value: unknown }[] }[] };
		expect(line.series.find((s) => s.type === 'line' && s.name === 'a')!.data.at(-1)!.value).toBe(52);
	});
	it('opens on the latest period a complete source covers, never on a newer partial one', () => {
		expect(latestShareView(rows, 'hbm', published)).toEqual({
			segment: 'hbm',
			market: 'WLD',
			metric: 'revenue',
			period: '2024',
			source_id: 's1'
		});
	});
	it('shows no "latest" at all when no source is complete enough', () => {
		const thin = rows.filter((r) => r.vendor === 'a' && r.period === '2024');
		expect(latestShareView(thin, 'hbm', published)).toBeUndefined();
	});
	it('never opens on a forecast, however complete and recent', () => {
		const withForecast = [
			...rows,
			shareRow({ period: '2026', vendor: 'a', share_pct: 70, basis: 'forecast', source_id: 'f' }),
			shareRow({ period: '2026', vendor: 'b', share_pct: 30, basis: 'forecast', source_id: 'f' })
		];
		expect(latestShareView(withForecast, 'hbm', published)?.period).toBe('2024');
	});
	it('is undefined for a segment without shares', () => {
		expect(latestShareView(rows, 'eda', published)).toBeUndefined();
	});
});

describe('buildShareBarOption', () => {
	const view = latestShareView(rows, 'hbm', published)!;
	const option = buildShareBarOption(rows, view, names) as {
		yAxis: { data: string[] };
		series: { data: number[] }[];
		aria: { label: { description: string } };
	};
	it('ranks vendors with the largest share on top (ECharts draws the first category at the bottom)', () => {
		expect(option.yAxis.data).toEqual(['C', 'B', 'A']);
		expect(option.series[0]!.data).toEqual([20, 30, 50]);
	});
	it('describes the chart for screen readers with the values and the source', () => {
		expect(option.aria.label.description).toContain('A 50%');
		expect(option.aria.label.description).toContain('Source s1');
	});
	it('leaves out rows that carry only a value', () => {
		expect(viewRows(rows, { ...view, period: '2025-Q1', source_id: 's2' }).map((r) => r.vendor)).toEqual([
			'a'
		]);
	});
});
