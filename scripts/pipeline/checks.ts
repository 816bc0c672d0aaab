// Dataset-specific rules that a schema of one row cannot express.
import isoCountries from 'i18n-iso-countries';
import type { RegisteredDef, DatasetId } from '../../src/lib/registry';
import type { Capacity } from '../../src/lib/schemas/capacity-by-location';
import type { Country } from '../../src/lib/schemas/countries';
import type { MeasureEvent } from '../../src/lib/schemas/export-controls';
import type { MarketShare } from '../../src/lib/schemas/market-share';
import { SECONDARY_KINDS, type Source } from '../../src/lib/schemas/sources';
import type { Program } from '../../src/lib/schemas/sovereign-compute';
import type { DecodedRow } from './decode';
import { quote, type DataIssue } from './issues';
import { columnOf, type Tables } from './relations';

/**
 * A source's shares for one segment, metric and period cannot add up to more than the whole. Sources round each
 * share, so the allowance grows with the rounding: n shares rounded to a step s can overshoot by n*s/2.
 */
export const MIN_SHARE_SLACK = 0.5;

export function decimals(n: number): number {
	const text = String(n);
	const dot = text.indexOf('.');
	return dot === -1 ? 0 : text.length - dot - 1;
}

export function maxShareSum(shares: number[]): number {
	const step = Math.max(...shares.map((s) => 10 ** -decimals(s)));
	return 100 + Math.max(MIN_SHARE_SLACK, (shares.length * step) / 2);
}

type Rows<T> = DecodedRow<T>[];
type Ctx = {
	tables: Tables;
	defs: readonly RegisteredDef[];
	cutoff: string;
	fileOf: (id: DatasetId) => string;
};

function get<T>(ctx: Ctx, id: DatasetId): Rows<T> {
	return (ctx.tables.get(id) ?? []) as unknown as Rows<T>;
}

function cell(ctx: Ctx, id: DatasetId, line: number, field: string, message: string): DataIssue {
	const def = ctx.defs.find((d) => d.id === id)!;
	return { file: ctx.fileOf(id), line, column: columnOf(def, field), field, message };
}

/**
 * Dates of events must not lie after the data's cut-off: a suspension's end or a scheduled event may. (When a
 * source was accessed is not a date of the data.)
 */
function checkNotAfterCutoff(ctx: Ctx): DataIssue[] {
	const fields: [DatasetId, string][] = [
		['export-controls', 'announced'],
		['export-control-events', 'date'],
		['sovereign-compute', 'announced'],
		['sources', 'published']
	];
	const issues: DataIssue[] = [];
	for (const [id, field] of fields)
		for (const { line, row } of get<Record<string, unknown>>(ctx, id)) {
			const value = row[field];
			if (id === 'export-control-events' && row.basis === 'scheduled') continue;
			if (typeof value === 'string' && value > ctx.cutoff)
				issues.push(cell(ctx, id, line, field, `date ${value} is after the data cut-off ${ctx.cutoff}`));
		}
	return issues;
}

/** The last day a partial date can stand for: "2025" -> "2025-12-31", "2025-09" -> "2025-09-31". */
const lastDay = (date: string) =>
	date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;

/**
 * A status change is reported only by a source published on or after it: one dated later than every source it
 * cites follows from a schedule (an effective date, a suspension's end) and must say so.
 */
function checkEventBasis(ctx: Ctx): DataIssue[] {
	const published = new Map(get<Source>(ctx, 'sources').map(({ row }) => [row.id, row.published]));
	const issues: DataIssue[] = [];
	for (const { line, row } of get<MeasureEvent>(ctx, 'export-control-events')) {
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
				cell(
					ctx,
					'export-control-events',
					line,
					'basis',
					`event of ${row.date} is later than its newest source (${newest}): mark it scheduled, or cite a source that reports it`
				)
			);
	}
	return issues;
}

function checkCountries(ctx: Ctx): DataIssue[] {
	const issues: DataIssue[] = [];
	for (const { line, row } of get<Country>(ctx, 'countries')) {
		if (row.kind === 'country' && !isoCountries.isValid(row.code))
			issues.push(
				cell(ctx, 'countries', line, 'code', `${quote(row.code)} is not an ISO 3166-1 alpha-3 country code`)
			);
		if (row.kind === 'country' && row.members.length > 0)
			issues.push(
				cell(ctx, 'countries', line, 'members', 'a country has no members; use kind bloc or group')
			);
		if (row.kind !== 'country' && !row.name)
			issues.push(cell(ctx, 'countries', line, 'name', `a ${row.kind} needs a name`));
	}
	return issues;
}

/** One source's shares within each group (its key fields) may not add up to more than the whole. */
function checkGroupSums<T extends { share_pct: number | null; source_id: string }>(
	ctx: Ctx,
	id: DatasetId,
	groupBy: (row: T) => string[]
): DataIssue[] {
	const groups = new Map<string, { shares: number[]; line: number }>();
	for (const { line, row } of get<T>(ctx, id)) {
		if (row.share_pct === null) continue;
		const key = groupBy(row).join(' / ');
		const g = groups.get(key) ?? { shares: [], line };
		g.shares.push(row.share_pct);
		groups.set(key, g);
	}
	return [...groups].flatMap(([key, g]) => {
		const total = g.shares.reduce((a, b) => a + b, 0);
		const limit = maxShareSum(g.shares);
		if (total <= limit + 1e-9) return [];
		return [
			cell(
				ctx,
				id,
				g.line,
				'share_pct',
				`shares for ${key} add up to ${+total.toFixed(3)}, above ${+limit.toFixed(3)}`
			)
		];
	});
}

function checkShareSums(ctx: Ctx): DataIssue[] {
	return checkGroupSums<MarketShare>(ctx, 'market-share', (r) => [
		r.segment,
		r.metric,
		r.period,
		r.market,
		r.source_id
	]);
}

/**
 * One source's shares for one cell are one kind of figure: a forecast and an observed share of the same
 * period are two definitions of it, and combined (an HHI, a total) they would describe neither.
 */
function checkShareBasis(ctx: Ctx): DataIssue[] {
	const cells = new Map<string, { forecast: boolean; line: number }>();
	const issues: DataIssue[] = [];
	for (const { line, row } of get<MarketShare>(ctx, 'market-share')) {
		if (row.share_pct === null) continue;
		const key = [row.segment, row.metric, row.period, row.market, row.source_id].join(' / ');
		const forecast = row.basis === 'forecast';
		const first = cells.get(key);
		if (!first) cells.set(key, { forecast, line });
		else if (first.forecast !== forecast)
			issues.push(
				cell(
					ctx,
					'market-share',
					line,
					'basis',
					`shares for ${key} mix forecast and observed figures (line ${first.line} is ${first.forecast ? 'a forecast' : 'observed'}): one cell, one definition`
				)
			);
	}
	return issues;
}

/**
 * Sources disagree, but not like this: two observed shares of one vendor for one segment, metric, market and
 * period more than DEFINITION_GAP points apart, the smaller under DEFINITION_RATIO of the larger, measure
 * different markets (Counterpoint's "Foundry 2.0" put TSMC at 31-38% beside pure-play shares of 62-70%; on the
 * data before segments were split this flags those 4 rows and nothing else). Such a figure needs its own segment.
 */
export const DEFINITION_GAP = 10;
export const DEFINITION_RATIO = 0.6;

function checkShareDefinitions(ctx: Ctx): DataIssue[] {
	const seen = new Map<string, { share: number; line: number; source: string }[]>();
	const issues: DataIssue[] = [];
	for (const { line, row } of get<MarketShare>(ctx, 'market-share')) {
		if (row.share_pct === null || row.basis === 'forecast') continue;
		const key = [row.vendor, row.segment, row.metric, row.market, row.period].join(' / ');
		const others = seen.get(key) ?? [];
		const clash = others.find(
			(o) =>
				o.source !== row.source_id &&
				Math.abs(o.share - row.share_pct!) > DEFINITION_GAP &&
				Math.min(o.share, row.share_pct!) < DEFINITION_RATIO * Math.max(o.share, row.share_pct!)
		);
		if (clash)
			issues.push(
				cell(
					ctx,
					'market-share',
					line,
					'segment',
					`${key}: ${row.share_pct}% here, ${clash.share}% on line ${clash.line} (${clash.source}): two definitions of the market? Give one its own segment`
				)
			);
		seen.set(key, [...others, { share: row.share_pct, line, source: row.source_id }]);
	}
	return issues;
}

function checkCapacitySums(ctx: Ctx): DataIssue[] {
	return checkGroupSums<Capacity>(ctx, 'capacity-by-location', (r) => [r.segment, r.period, r.source_id]);
}

function checkMeasureHistory(ctx: Ctx): DataIssue[] {
	const issues: DataIssue[] = [];
	const withEvents = new Set<string>();
	for (const { line, row } of get<MeasureEvent>(ctx, 'export-control-events')) {
		withEvents.add(row.measure_id);
		if (row.until && row.status !== 'suspended' && row.status !== 'in-force')
			issues.push(
				cell(
					ctx,
					'export-control-events',
					line,
					'until',
					'only a suspension or a measure in force can have a stated end date'
				)
			);
		if (row.until && row.until <= row.date)
			issues.push(
				cell(ctx, 'export-control-events', line, 'until', `end ${row.until} is not after ${row.date}`)
			);
		if (row.by_measure === row.measure_id)
			issues.push(cell(ctx, 'export-control-events', line, 'by_measure', 'a measure cannot change itself'));
	}
	for (const { line } of get<{ id: string }>(ctx, 'export-controls').filter(
		({ row }) => !withEvents.has(row.id)
	))
		issues.push(
			cell(ctx, 'export-controls', line, 'id', 'measure has no status history in export-control-events')
		);
	return issues;
}

function checkShareOrValue(ctx: Ctx): DataIssue[] {
	return get<MarketShare>(ctx, 'market-share')
		.filter(({ row }) => row.share_pct === null && row.value === null)
		.map(({ line }) => cell(ctx, 'market-share', line, 'share_pct', 'expected a share, a value, or both'));
}

function checkPrograms(ctx: Ctx): DataIssue[] {
	const issues: DataIssue[] = [];
	const programs = new Map(get<Program>(ctx, 'sovereign-compute').map(({ row }) => [row.id, row]));
	for (const { line, row } of get<Program>(ctx, 'sovereign-compute')) {
		const parent = row.part_of === null ? undefined : programs.get(row.part_of);
		if (parent && parent.country !== row.country)
			issues.push(
				cell(
					ctx,
					'sovereign-compute',
					line,
					'part_of',
					`${parent.id} belongs to ${parent.country}, not ${row.country}`
				)
			);
		if (parent && (parent.part_of !== null || parent.id === row.id))
			issues.push(
				cell(
					ctx,
					'sovereign-compute',
					line,
					'part_of',
					`${parent.id} must be a top-level program (no nesting)`
				)
			);
		if ((row.amount_local_m === null) !== (row.currency === null))
			issues.push(
				cell(
					ctx,
					'sovereign-compute',
					line,
					'currency',
					'an amount needs a currency and a currency needs an amount'
				)
			);
		if (row.period_start !== null && row.period_end !== null && row.period_end < row.period_start)
			issues.push(
				cell(
					ctx,
					'sovereign-compute',
					line,
					'period_end',
					`period ends (${row.period_end}) before it starts (${row.period_start})`
				)
			);
	}
	return issues;
}

function checkSourceTypes(ctx: Ctx): DataIssue[] {
	return get<Source>(ctx, 'sources')
		.filter(({ row }) => row.type === 'primary' && SECONDARY_KINDS.includes(row.kind))
		.map(({ line, row }) =>
			cell(
				ctx,
				'sources',
				line,
				'type',
				`a source of kind ${row.kind} is secondary; primary means a government text or company filing`
			)
		);
}

function checkSourceDates(ctx: Ctx): DataIssue[] {
	return get<Source>(ctx, 'sources')
		.filter(({ row }) => row.published !== null && row.accessed < row.published.slice(0, 10))
		.map(({ line, row }) =>
			cell(
				ctx,
				'sources',
				line,
				'accessed',
				`accessed ${row.accessed} before it was published (${row.published})`
			)
		);
}

export function runChecks(ctx: Ctx): DataIssue[] {
	return [
		...checkNotAfterCutoff(ctx),
		...checkCountries(ctx),
		...checkShareSums(ctx),
		...checkShareBasis(ctx),
		...checkShareDefinitions(ctx),
		...checkShareOrValue(ctx),
		...checkCapacitySums(ctx),
		...checkMeasureHistory(ctx),
		...checkEventBasis(ctx),
		...checkPrograms(ctx),
		...checkSourceDates(ctx),
		...checkSourceTypes(ctx)
	];
}
export type { Ctx as CheckContext };
