// View models for export-control charts.
import type { EChartsCoreOption } from 'echarts/core';
import { CATEGORIES, type Measure } from '../schemas/export-controls';
import { AXIS_TEXT, PALETTE } from './palette';

export interface YearCategoryCount {
	year: number;
	category: Measure['category'];
	count: number;
}

/** Measures per year of their first known date, by category; every year between the first and last appears, even if empty. */
export function countByYearAndCategory(measures: Measure[]): {
	years: number[];
	counts: YearCategoryCount[];
} {
	if (measures.length === 0) return { years: [], counts: [] };
	const yearOf = (m: Measure) => Number(m.first_date.slice(0, 4));
	const first = Math.min(...measures.map(yearOf));
	const last = Math.max(...measures.map(yearOf));
	const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
	const counts: YearCategoryCount[] = [];
	for (const year of years)
		for (const category of CATEGORIES) {
			const count = measures.filter((m) => yearOf(m) === year && m.category === category).length;
			if (count > 0) counts.push({ year, category, count });
		}
	return { years, counts };
}

export function buildMeasuresPerYearOption(
	measures: Measure[],
	categoryName: (c: string) => string
): EChartsCoreOption {
	const { years, counts } = countByYearAndCategory(measures);
	const used = CATEGORIES.filter((c) => counts.some((x) => x.category === c));
	const summary = years
		.map((y) => `${y}: ${counts.filter((c) => c.year === y).reduce((s, c) => s + c.count, 0)}`)
		.join(', ');
	return {
		aria: {
			enabled: true,
			label: { description: `Export-control measures announced per year, by category. ${summary}.` }
		},
		color: PALETTE,
		legend: { top: 0, textStyle: { color: AXIS_TEXT } },
		grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
		xAxis: { type: 'category', data: years.map(String), axisLabel: { color: AXIS_TEXT } },
		yAxis: {
			type: 'value',
			minInterval: 1,
			name: 'measures',
			nameTextStyle: { color: AXIS_TEXT },
			axisLabel: { color: AXIS_TEXT }
		},
		series: used.map((category) => ({
			type: 'bar',
			stack: 'measures',
			name: categoryName(category),
			data: years.map((y) => counts.find((c) => c.year === y && c.category === category)?.count ?? 0)
		}))
	};
}
