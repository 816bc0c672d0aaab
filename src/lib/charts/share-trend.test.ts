import { describe, expect, it } from 'vitest';
import { shareRow } from '../../../tests/factories/market-share';
import type { MarketShare } from '../datasets/market-share/schema';
import { buildShareTrendOption, latestRanking, numberedEvents, shareTrend, trendPoints } from './share-trend';

const published: Record<string, string> = {
	trendforce: '2024-09',
	counterpoint: '2025-03',
	partial: '2026-01',
	forecaster: '2026-02'
};
const names = {
	vendor: (v: string) => v.toUpperCase(),
	source: (s: string) => s,
	published: (s: string) => published[s]!
};
const view = {
	segment: 'foundry',
	market: 'WLD',
	metric: 'revenue' as const,
	vendors: null,
	title: 'Foundry'
};
const row = (
	vendor: string,
	period: string,
	share_pct: number,
	source_id: string,
	basis: MarketShare['basis'] = 'estimate'
) =>
	shareRow({
		segment: 'foundry',
		vendor,
		period,
		share_pct,
		source_id,
		basis,
		year: Number(period.slice(0, 4))
	});

// Two complete sources for 2024-Q2, a newer source naming TSMC only, and a forecast for the next quarter.
const rows = [
	row('tsmc', '2024-Q1', 61.7, 'trendforce'),
	row('samsung', '2024-Q1', 11.3, 'trendforce'),
	row('smic', '2024-Q1', 15, 'trendforce'),
	row('tsmc', '2024-Q2', 62.3, 'trendforce'),
	row('samsung', '2024-Q2', 11.5, 'trendforce'),
	row('smic', '2024-Q2', 15, 'trendforce'),
	row('tsmc', '2024-Q2', 62, 'counterpoint'),
	row('samsung', '2024-Q2', 13, 'counterpoint'),
	row('smic', '2024-Q2', 6, 'counterpoint'),
	row('tsmc', '2024-Q2', 31, 'partial'),
	row('tsmc', '2024-Q3', 70, 'forecaster', 'forecast'),
	row('samsung', '2024-Q3', 20, 'forecaster', 'forecast'),
	// a full-year figure: another frequency, never on the quarterly line
	row('tsmc', '2024', 64, 'trendforce'),
	row('samsung', '2024', 12, 'trendforce'),
	row('smic', '2024', 6, 'trendforce'),
	// another definition is another segment: it never reaches the foundry line
	shareRow({
		segment: 'foundry-2-0',
		vendor: 'tsmc',
		period: '2024-Q2',
		share_pct: 35,
		source_id: 'counterpoint'
	})
];

type Option = {
	xAxis: { type: string; data: string[] };
	series: {
		type: string;
		name: string;
		data: ({ value: number | null } | { value: [string, number]; tip: string })[];
	}[];
	aria: { label: { description: string } };
};

describe('shareTrend and its line chart', () => {
	const option = buildShareTrendOption(rows, view, names) as Option;
	const line = (name: string) => option.series.find((s) => s.type === 'line' && s.name === name)!;

	it('puts periods of one frequency on a category axis, never clock time', () => {
		expect(option.xAxis).toMatchObject({ type: 'category', data: ['2024-Q1', '2024-Q2', '2024-Q3'] });
	});
	it('lets no partial source move a line: each period follows its newest complete source', () => {
		expect(line('TSMC').data.map((d) => d.value)).toEqual([61.7, 62, null]);
		expect(line('SAMSUNG').data.map((d) => d.value)).toEqual([11.3, 13, null]);
	});
	it('shows partial, forecast and other-source figures as marked points, explained in the tooltip', () => {
		const marks = option.series.filter((s) => s.type === 'scatter');
		expect(marks.map((s) => s.name)).toEqual([
			'Other complete sources',
			'Partial sources (under 80% covered)',
			'Forecasts'
		]);
		const partial = marks[1]!.data[0] as { value: [string, number]; tip: string };
		expect(partial.value).toEqual(['2024-Q2', 31]);
		expect(partial.tip).toContain('names 31% of the market');
		expect((marks[2]!.data[0] as { tip: string }).tip).toContain('Forecast');
	});
	it('keeps annual figures and other definitions off the quarterly line', () => {
		const all = option.series.flatMap((s) => s.data.map((d) => d.value));
		expect(all).not.toContain(64);
		expect(all).not.toContain(35);
		const annual = shareTrend(rows, { ...view, frequency: 'annual' }, names.published);
		expect(annual.periods).toEqual(['2024']);
		expect(annual.defining.get('2024')?.source_id).toBe('trendforce');
	});
	it('says in its description what it left off the lines', () => {
		expect(option.aria.label.description).toContain('quarterly figures');
		expect(option.aria.label.description).toContain('TSMC from 61.7% (2024-Q1) to 62% (2024-Q2)');
		expect(option.aria.label.description).toMatch(
			/\d+ figures from other, partial or forecast sources are marked/
		);
	});
});

describe('trendPoints', () => {
	it('lists every drawn figure with where it is drawn, line points first', () => {
		const points = trendPoints(shareTrend(rows, view, names.published));
		expect(
			points.filter((p) => p.placement === 'line').map((p) => `${p.vendor} ${p.period} ${p.share_pct}`)
		).toEqual([
			'tsmc 2024-Q1 61.7',
			'samsung 2024-Q1 11.3',
			'smic 2024-Q1 15',
			'tsmc 2024-Q2 62',
			'samsung 2024-Q2 13',
			'smic 2024-Q2 6'
		]);
		expect(points.find((p) => p.source_id === 'partial')).toMatchObject({
			placement: 'partial',
			coverage_pct: 31
		});
	});
});

describe('legend names', () => {
	it('shows a vendor’s short name in the legend, and the full name on the line and in tooltips', () => {
		const option = buildShareTrendOption(rows, view, {
			...names,
			legend: (v: string) => (v === 'tsmc' ? 'TSMC short' : names.vendor(v))
		}) as unknown as {
			legend: { formatter?: (n: string) => string }[];
			series: { name: string }[];
		};
		expect(option.series.map((s) => s.name)).toContain('TSMC');
		expect(option.legend[0]!.formatter!('TSMC')).toBe('TSMC short');
		expect(option.legend[0]!.formatter!('SAMSUNG')).toBe('SAMSUNG');
	});
});

describe('latestRanking', () => {
	it('ranks the newest period a complete source defines, largest first, without the unnamed rest', () => {
		const ranking = latestRanking(shareTrend(rows, view, names.published))!;
		expect(ranking.period).toBe('2024-Q2');
		expect(ranking.rows.map((r) => r.vendor)).toEqual(
			[...ranking.rows].sort((a, b) => b.share_pct! - a.share_pct!).map((r) => r.vendor)
		);
		expect(ranking.rows[0]!.vendor).toBe('tsmc');
		expect(ranking.rows.some((r) => r.vendor === 'others')).toBe(false);
	});
});

describe('point styles', () => {
	it('draws line points filled, so hollow marks (other complete sources) stand apart', () => {
		const option = buildShareTrendOption(rows, view, names) as unknown as {
			series: { type: string; symbol?: string; name: string }[];
		};
		const lines = option.series.filter((s) => s.type === 'line');
		expect(lines.length).toBeGreaterThan(0);
		for (const l of lines) expect(l.symbol).toBe('circle');
		const other = option.series.find((s) => s.name === 'Other complete sources');
		if (other) expect(other.symbol).toBe('emptyCircle');
	});
});

describe('export-control markers', () => {
	const events = [
		{ id: 'early', date: '2023-10-17', label: 'US: early', title: 'US: before the chart' },
		{ id: 'rule', date: '2024-04-02', label: 'US: rule', title: 'US: a rule in Q2' },
		{ id: 'list', date: '2024-06-30', label: 'US: list', title: 'US: a list in Q2' },
		{ id: 'ban', date: '2024-08-01', label: 'CN: ban', title: 'CN: a ban in Q3' }
	];
	const trend = shareTrend(rows, view, names.published);
	it('numbers the measures that fall in the chart’s periods, in date order', () => {
		expect(numberedEvents(trend, events).map((e) => [e.n, e.id, e.period])).toEqual([
			[1, 'rule', '2024-Q2'],
			[2, 'list', '2024-Q2'],
			[3, 'ban', '2024-Q3']
		]);
	});
	it('draws one dashed line per period, labelled with its numbers where every reader sees them', () => {
		const option = buildShareTrendOption(rows, view, names, events) as {
			series: {
				markLine?: { label: { show: boolean }; data: { xAxis: string; label: { formatter: string } }[] };
			}[];
		};
		const mark = option.series.find((s) => s.markLine)!.markLine!;
		expect(mark.label.show).toBe(true);
		expect(mark.data.map((d) => [d.xAxis, d.label.formatter])).toEqual([
			['2024-Q2', '1, 2'],
			['2024-Q3', '3']
		]);
	});
});
