// Which export-control measures bear on a market segment, to mark them on its time axis.
import type { ChartEvent } from '../charts/share-trend';
import type { Measure } from '../datasets/export-controls/schema';

/** Segments each category of control acts on; HBM rules are found by their controlled items. */
const CATEGORY_SEGMENTS: Partial<Record<Measure['category'], readonly string[]>> = {
	'advanced-chips': ['ai-accelerators', 'ai-servers', 'gpu-discrete'],
	'chip-equipment': [
		'wfe',
		'lithography',
		'euv-lithography',
		'deposition',
		'etch',
		'process-control',
		'foundry-advanced'
	]
};

export function measuresForSegment(measures: Measure[], segment: string): Measure[] {
	return measures.filter(
		(m) =>
			CATEGORY_SEGMENTS[m.category]?.includes(segment) ||
			(segment === 'hbm' &&
				/\bHBM\b|high[- ]bandwidth memory/i.test(`${m.title} ${m.controlled_items ?? ''}`))
	);
}

export function segmentEvents(
	measures: Measure[],
	segment: string,
	authorityName: (code: string) => string
): ChartEvent[] {
	return measuresForSegment(measures, segment)
		.sort((a, b) => (a.first_date < b.first_date ? -1 : 1))
		.map((m) => {
			const title = m.title.length > 42 ? `${m.title.slice(0, 40)}…` : m.title;
			return {
				id: m.id,
				date: m.first_date,
				label: `${authorityName(m.authority)}: ${title}`,
				title: `${authorityName(m.authority)}: ${m.title}`
			};
		});
}
