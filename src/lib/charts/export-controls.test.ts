import { describe, expect, it } from 'vitest';
import { measure } from '../../../tests/factories/export-controls';
import { buildMeasuresPerYearOption, buildTimelineOption, countByYearAndCategory } from './export-controls';

const measures = [
	measure('a', '2022-10-07', { category: 'advanced-chips' }),
	measure('b', '2022-12-15', { category: 'entity-listing' }),
	measure('c', '2024-12-02', { category: 'advanced-chips' })
];

describe('countByYearAndCategory', () => {
	it('fills empty years between the first and the last', () => {
		const { years, counts } = countByYearAndCategory(measures);
		expect(years).toEqual([2022, 2023, 2024]);
		expect(counts).toContainEqual({ year: 2022, category: 'advanced-chips', count: 1 });
		expect(counts.filter((c) => c.year === 2023)).toEqual([]);
	});
});

describe('buildMeasuresPerYearOption', () => {
	it('stacks one series per category that occurs', () => {
		const option = buildMeasuresPerYearOption(measures, (c) => c) as {
			series: { name: string; data: number[] }[];
		};
		expect(option.series.map((s) => s.name)).toEqual(['advanced-chips', 'entity-listing']);
		expect(option.series[0]!.data).toEqual([1, 0, 1]);
	});
});

describe('buildTimelineOption', () => {
	const names = { authority: (c: string) => c, category: (c: string) => c, status: (s: string) => s };
	const option = buildTimelineOption(
		[
			...measures,
			{ ...measure('d', '2025-05-13', { category: 'advanced-chips' }), authority: 'CHN', status: 'rescinded' }
		],
		names
	) as {
		yAxis: { data: string[] };
		series: { name: string; data: { value: [string, string]; symbol: string; id: string }[] }[];
	};
	it('puts each authority on its own row and each category in its own series', () => {
		expect(option.yAxis.data).toEqual(['USA', 'CHN']);
		expect(option.series.map((s) => s.name)).toEqual(['advanced-chips', 'entity-listing']);
	});
	it('places a measure at its first date and shapes it by status', () => {
		const d = option.series[0]!.data.find((p) => p.id === 'd')!;
		expect(d.value).toEqual(['2025-05-13', 'CHN']);
		expect(d.symbol).toBe('emptyRect');
	});
});

describe('time axes', () => {
	it('tick in dates, never hours, however few the measures', () => {
		const option = buildTimelineOption([measure('one', '2024-05-01')], {
			authority: (a) => a,
			category: (c) => c,
			status: (s) => s
		}) as { xAxis: { minInterval: number; axisLabel: { formatter: Record<string, string> } } };
		expect(option.xAxis.minInterval).toBeGreaterThanOrEqual(28 * 24 * 3600 * 1000);
		expect(Object.keys(option.xAxis.axisLabel.formatter)).not.toContain('hour');
	});
});

describe('statuses that follow from a schedule', () => {
	it('are drawn faint and say so in the tooltip', () => {
		const scheduled = measure('s', '2025-01-01', { status_basis: 'scheduled' });
		const option = buildTimelineOption([scheduled, measure('r', '2025-02-01')], {
			authority: (a) => a,
			category: (c) => c,
			status: (s) => s
		}) as {
			series: { data: { id: string; itemStyle?: { opacity: number } }[] }[];
			tooltip: { formatter: (p: unknown) => string };
		};
		const points = option.series.flatMap((s) => s.data);
		expect(points.find((p) => p.id === 's')!.itemStyle?.opacity).toBeLessThan(1);
		expect(points.find((p) => p.id === 'r')!.itemStyle).toBeUndefined();
		expect(option.tooltip.formatter({ data: { measure: scheduled } })).toContain('(scheduled)');
	});
});
