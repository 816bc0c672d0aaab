// View models for export-control charts.
import type { EChartsCoreOption } from 'echarts/core';
import type { Measure } from '../datasets/export-controls/schema';
import { CATEGORIES } from '../vocabulary';
import type { InForceSeries } from '../views/export-controls';
import { colorIn, PALETTE } from './theme';
import { DATE_TICKS, MONTH_MS } from './axes';
import { escaped } from './html';
import { chartSpec, type ChartSpec } from './spec';

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
		legend: { top: 0 },
		grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
		xAxis: { type: 'category', data: years.map(String) },
		yAxis: {
			type: 'value',
			minInterval: 1,
			name: 'measures'
		},
		series: used.map((category) => ({
			type: 'bar',
			stack: 'measures',
			name: categoryName(category),
			itemStyle: { color: colorIn(CATEGORIES, category) },
			data: years.map((y) => counts.find((c) => c.year === y && c.category === category)?.count ?? 0)
		}))
	};
}

/** Marker shape per status, so status reads without colour (colour carries the category). */
export const STATUS_SYMBOLS: Record<Measure['status'], string> = {
	announced: 'emptyCircle',
	'in-force': 'circle',
	amended: 'diamond',
	suspended: 'emptyTriangle',
	'not-enforced': 'emptyPin',
	rescinded: 'emptyRect',
	expired: 'emptyDiamond'
};

/** One point per measure: time on x, issuing authority on y, colour by category, shape by current status. */
export function buildTimelineOption(
	measures: Measure[],
	names: {
		authority: (code: string) => string;
		category: (c: string) => string;
		status: (s: string) => string;
	}
): EChartsCoreOption {
	const authorities = [...new Set(measures.map((m) => m.authority))].sort((a, b) =>
		names.authority(b).localeCompare(names.authority(a))
	);
	const categories = CATEGORIES.filter((c) => measures.some((m) => m.category === c));
	return {
		aria: {
			enabled: true,
			label: {
				description: `Timeline of ${measures.length} export-control measures by issuing authority: ${authorities
					.map((a) => `${names.authority(a)} ${measures.filter((m) => m.authority === a).length}`)
					.join(', ')}.`
			}
		},
		legend: { top: 0 },
		grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (p: { data: { measure: Measure } }) => {
				const m = p.data.measure;
				return escaped`<b>${m.title}</b><br/>${names.authority(m.authority)} · ${m.body} · ${m.first_date}<br/>${names.category(m.category)} · ${names.status(m.status)}${m.status_basis === 'scheduled' ? ' (scheduled)' : ''} since ${m.status_date}${m.citation ? escaped`<br/>${m.citation}` : ''}`
					.markup;
			}
		},
		// Dates, never clock time: with one or two points ECharts would otherwise tick in hours.
		xAxis: {
			type: 'time',
			minInterval: MONTH_MS,
			axisLabel: { hideOverlap: true, formatter: DATE_TICKS }
		},
		yAxis: { type: 'category', data: authorities.map(names.authority) },
		series: categories.map((category) => ({
			type: 'scatter',
			name: names.category(category),
			symbolSize: 12,
			itemStyle: { color: colorIn(CATEGORIES, category) },
			data: measures
				.filter((m) => m.category === category)
				.map((m) => ({
					value: [m.first_date, names.authority(m.authority)],
					symbol: STATUS_SYMBOLS[m.status],
					// A status that only follows from stated dates is drawn faint: no source confirms it.
					...(m.status_basis === 'scheduled' ? { itemStyle: { opacity: 0.45 } } : {}),
					id: m.id,
					measure: m
				}))
		}))
	};
}

export function measuresPerYearChart(measures: Measure[], categoryName: (c: string) => string): ChartSpec {
	return chartSpec(buildMeasuresPerYearOption(measures, categoryName), 340);
}

/** The timeline with a row of room per issuing authority. */
export function timelineChart(
	measures: Measure[],
	names: Parameters<typeof buildTimelineOption>[1]
): ChartSpec {
	const authorities = new Set(measures.map((m) => m.authority)).size;
	return chartSpec(buildTimelineOption(measures, names), Math.max(200, authorities * 42 + 80));
}

/** Lines of the measures applying per authority, read at each year's end and on the cut-off. */
export function inForceChart(data: InForceSeries, authorityName: (code: string) => string): ChartSpec {
	const name = (a: string) => (a === 'others' ? 'Other authorities' : authorityName(a));
	const last = data.dates.length - 1;
	const summary = data.series.map((s) => `${name(s.authority)} ${s.counts[last]}`).join(', ');
	return chartSpec(
		{
			aria: {
				enabled: true,
				label: {
					description: `Export-control measures applying on each year's last day and on ${data.dates[last]}, by issuing authority. On ${data.dates[last]}: ${summary}.`
				}
			},
			tooltip: { trigger: 'axis' },
			legend: { top: 0 },
			grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
			xAxis: {
				type: 'category',
				data: data.dates.map((d, i) => (i === last ? d : d.slice(0, 4))),
				boundaryGap: false
			},
			yAxis: { type: 'value', minInterval: 1 },
			series: data.series.map((s, i) => ({
				type: 'line',
				name: name(s.authority),
				color: PALETTE[i % PALETTE.length],
				symbolSize: 6,
				data: s.counts
			}))
		},
		320
	);
}
