// Export controls: the measures, their status history (events) and how each treats its targets. The current
// status of a measure is derived from its events, never typed.
import { statusAt } from '../../status';
import { placeFk, sourceFk } from '../keys';
import type { Source } from '../sources/schema';
import type { CheckContext, DataIssue, DatasetDef, DeriveContext } from '../types';
import {
	measureEventSchema,
	measureInputSchema,
	measureSchema,
	measureTargetSchema,
	type Measure,
	type MeasureEvent
} from './schema';

const MEASURES = 'export-controls';
const EVENTS = 'export-control-events';

/** The last day a partial date can stand for: "2025" -> "2025-12-31", "2025-09" -> "2025-09-31". */
const lastDay = (date: string) =>
	date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;

/**
 * A status change is reported only by a source published on or after it: one dated later than every source it
 * cites follows from a schedule (an effective date, a suspension's end) and must say so.
 */
function checkEventBasis(ctx: CheckContext): DataIssue[] {
	const published = new Map(ctx.rows<Source>('sources').map(({ row }) => [row.id, row.published]));
	const issues: DataIssue[] = [];
	for (const { line, row } of ctx.rows<MeasureEvent>(EVENTS)) {
		if (row.basis !== 'reported') continue;
		const dates = row.source_ids.map((id) => published.get(id));
		// An undated source could be later: only dated sources can show that none reports the event.
		if (dates.some((d) => !d)) continue;
		const newest = dates
			.map((d) => lastDay(d!))
			.sort()
			.at(-1)!;
		if (row.date > newest)
			issues.push(
				ctx.cell(
					EVENTS,
					line,
					'basis',
					`event of ${row.date} is later than its newest source (${newest}): mark it scheduled, or cite a source that reports it`
				)
			);
	}
	return issues;
}

function checkEvents(ctx: CheckContext): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { line, row } of ctx.rows<MeasureEvent>(EVENTS)) {
		if (row.until && row.status !== 'suspended' && row.status !== 'in-force')
			issues.push(
				ctx.cell(EVENTS, line, 'until', 'only a suspension or a measure in force can have a stated end date')
			);
		if (row.until && row.until <= row.date)
			issues.push(ctx.cell(EVENTS, line, 'until', `end ${row.until} is not after ${row.date}`));
		if (row.by_measure === row.measure_id)
			issues.push(ctx.cell(EVENTS, line, 'by_measure', 'a measure cannot change itself'));
	}
	return issues;
}

function checkMeasureHistory(ctx: CheckContext): DataIssue[] {
	const withEvents = new Set(ctx.rows<MeasureEvent>(EVENTS).map(({ row }) => row.measure_id));
	return ctx
		.rows<{ id: string }>(MEASURES)
		.filter(({ row }) => !withEvents.has(row.id))
		.map(({ line }) => ctx.cell(MEASURES, line, 'id', `measure has no status history in ${EVENTS}`));
}

/** Each measure with its status on the cut-off date and its first known date. */
function deriveMeasures(ctx: DeriveContext) {
	const eventsOf = new Map<string, MeasureEvent[]>();
	for (const { row } of ctx.rows<MeasureEvent>(EVENTS)) {
		const list = eventsOf.get(row.measure_id) ?? [];
		list.push(row);
		eventsOf.set(row.measure_id, list);
	}
	return ctx.rows<Measure>(MEASURES).flatMap(({ row, line }) => {
		const own = eventsOf.get(row.id) ?? [];
		const status = statusAt(own, ctx.cutoff);
		const first_date = row.announced ?? row.effective ?? own.map((e) => e.date).sort()[0];
		if (status && first_date) return [{ ...row, ...status, first_date }];
		ctx.report({
			file: ctx.fileOf(MEASURES),
			line,
			column: 1,
			field: 'id',
			message: `no status event on or before the cut-off ${ctx.cutoff}`
		});
		return [];
	});
}

export const exportControls = {
	id: MEASURES,
	title: 'Export-control measures on AI chips and chip-making',
	description:
		'Rules, licence decisions and entity listings that restrict trade in AI chips, chip-making equipment and materials, with their current status.',
	kind: 'dataset',
	input: 'export-controls.csv',
	inputSchema: measureInputSchema,
	schema: measureSchema,
	primaryKey: ['id'],
	gaps: [
		'Chinese measures rest mostly on press and law-firm copies rather than the MOFCOM text.',
		'Some effective dates are unknown; three US measures have no target rows yet.',
		'Suspensions that reached their stated end before the cut-off are shown as lapsed; extensions, if any, are not in the sources.'
	],
	foreignKeys: [
		placeFk('authority'),
		{ field: 'named_vendors', resource: 'vendors', resourceField: 'slug' },
		{ field: 'named_chips', resource: 'chips', resourceField: 'slug' },
		sourceFk('source_ids')
	],
	notAfterCutoff: { fields: ['announced'] },
	checks: [checkMeasureHistory],
	derive: deriveMeasures
} as const satisfies DatasetDef;

export const exportControlEvents = {
	id: EVENTS,
	title: 'Export-control status history',
	description: 'When each measure took effect, was amended, suspended or rescinded, and by which measure.',
	kind: 'dataset',
	input: 'export-control-events.csv',
	inputSchema: measureEventSchema,
	schema: measureEventSchema,
	primaryKey: ['measure_id', 'date', 'status', 'by_measure'],
	foreignKeys: [
		{ field: 'measure_id', resource: MEASURES, resourceField: 'id' },
		{ field: 'by_measure', resource: MEASURES, resourceField: 'id' },
		sourceFk('source_ids')
	],
	// A scheduled event (a suspension's stated end) may lie after the cut-off; a reported one may not.
	notAfterCutoff: { fields: ['date'], except: (row) => row.basis === 'scheduled' },
	checks: [checkEvents, checkEventBasis]
} as const satisfies DatasetDef;

export const exportControlTargets = {
	id: 'export-control-targets',
	title: 'Export-control targets',
	description: 'Which countries or groups each measure applies to, and how it treats them.',
	kind: 'dataset',
	input: 'export-control-targets.csv',
	inputSchema: measureTargetSchema,
	schema: measureTargetSchema,
	primaryKey: ['measure_id', 'target'],
	foreignKeys: [{ field: 'measure_id', resource: MEASURES, resourceField: 'id' }, placeFk('target')]
} as const satisfies DatasetDef;
