import { describe, expect, it } from 'vitest';
import { buildShareSeriesOption, chartedSeries } from './share-series';

describe('buildShareSeriesOption', () => {
	const option = buildShareSeriesOption(
		[
			{
				segment: 'hbm',
				metric: 'revenue',
				frequency: 'annual',
				points: [{ period: '2024', date: '2024-07-01', share: 53, source_id: 's' }]
			},
			{
				segment: 'dram',
				metric: 'revenue',
				frequency: 'quarterly',
				points: [{ period: '2024-Q1', date: '2024-02-16', share: 35, source_id: 's' }]
			}
		],
		'Korea',
		{ segment: (id) => id.toUpperCase(), source: (id) => `Source ${id}` }
	) as {
		series: { name: string; data: { value: [string, number] }[] }[];
		aria: { label: { description: string } };
	};
	it('draws one line per segment at the period midpoints, naming a frequency other than annual', () => {
		expect(option.series.map((s) => s.name)).toEqual(['HBM', 'DRAM (quarterly)']);
		expect(option.series[1]!.data[0]!.value).toEqual(['2024-02-16', 35]);
	});
	it('describes every value for screen readers', () => {
		expect(option.aria.label.description).toContain('HBM: 2024 53%');
	});
});

describe('chartedSeries', () => {
	it('draws at most six lines, those with the largest latest share', () => {
		const series = Array.from({ length: 9 }, (_, i) => ({
			segment: `s${i}`,
			metric: 'revenue' as const,
			frequency: 'annual' as const,
			points: [{ period: '2024', date: '2024-07-01', share: i * 10, source_id: 's' }]
		}));
		expect(chartedSeries(series).map((s) => s.segment)).toEqual(['s8', 's7', 's6', 's5', 's4', 's3']);
		const option = buildShareSeriesOption(series, 'T', { segment: (id) => id, source: (id) => id }) as {
			legend: { type?: string };
			aria: { label: { description: string } };
		};
		expect(option.legend.type).toBeUndefined();
		expect(option.aria.label.description).toContain('the 6 of 9 segments with the largest latest share');
	});
});
