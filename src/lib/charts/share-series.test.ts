import { describe, expect, it } from 'vitest';
import { buildShareSeriesOption } from './share-series';

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
