// Rows for unit tests of export-control views and charts: valid by default, overridable per test.
import type { Measure, MeasureEvent, MeasureTarget } from '../../src/lib/datasets/export-controls/schema';

export const measure = (id: string, first_date: string, p: Partial<Measure> = {}): Measure => ({
	id,
	authority: 'USA',
	body: 'BIS',
	title: id,
	citation: null,
	announced: first_date,
	effective: null,
	category: 'advanced-chips',
	direction: 'export',
	controlled_items: null,
	thresholds: null,
	named_vendors: [],
	named_chips: [],
	source_ids: ['s'],
	notes: null,
	status: 'in-force',
	status_date: first_date,
	status_basis: 'reported',
	first_date,
	...p
});

export const event = (
	measure_id: string,
	date: string,
	status: MeasureEvent['status'],
	until: string | null = null
): MeasureEvent => ({
	measure_id,
	date,
	status,
	until,
	basis: 'reported',
	by_measure: null,
	source_ids: ['s'],
	notes: null
});

export const target = (
	measure_id: string,
	t: string,
	treatment: MeasureTarget['treatment']
): MeasureTarget => ({
	measure_id,
	target: t,
	treatment,
	notes: null
});
