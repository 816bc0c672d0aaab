// Market share: one vendor's share of one segment, metric, market and period, as one source reports it.
import { OTHERS_VENDOR } from '../../vocabulary';
import { placeFk, sourceFk } from '../keys';
import { checkGroupSums } from '../share-sums';
import type { CheckContext, DataIssue, DatasetDef } from '../types';
import { marketShareInputSchema, marketShareSchema, periodYear, type MarketShare } from './schema';

const ID = 'market-share';
const cellKey = (r: MarketShare) => [r.segment, r.metric, r.period, r.market, r.source_id].join(' / ');

function checkShareSums(ctx: CheckContext): DataIssue[] {
	return checkGroupSums<MarketShare>(ctx, ID, (r) => [r.segment, r.metric, r.period, r.market, r.source_id]);
}

/**
 * One source's shares for one cell are one kind of figure: a forecast and an observed share of the same
 * period are two definitions of it, and combined (an HHI, a total) they would describe neither.
 */
function checkShareBasis(ctx: CheckContext): DataIssue[] {
	const cells = new Map<string, { forecast: boolean; line: number }>();
	const issues: DataIssue[] = [];
	for (const { line, row } of ctx.rows<MarketShare>(ID)) {
		if (row.share_pct === null) continue;
		const key = cellKey(row);
		const forecast = row.basis === 'forecast';
		const first = cells.get(key);
		if (!first) cells.set(key, { forecast, line });
		else if (first.forecast !== forecast)
			issues.push(
				ctx.cell(
					ID,
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

function checkShareDefinitions(ctx: CheckContext): DataIssue[] {
	const seen = new Map<string, { share: number; line: number; source: string }[]>();
	const issues: DataIssue[] = [];
	for (const { line, row } of ctx.rows<MarketShare>(ID)) {
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
				ctx.cell(
					ID,
					line,
					'segment',
					`${key}: ${row.share_pct}% here, ${clash.share}% on line ${clash.line} (${clash.source}): two definitions of the market? Give one its own segment`
				)
			);
		seen.set(key, [...others, { share: row.share_pct, line, source: row.source_id }]);
	}
	return issues;
}

function checkShareOrValue(ctx: CheckContext): DataIssue[] {
	return ctx
		.rows<MarketShare>(ID)
		.filter(({ row }) => row.share_pct === null && row.value === null)
		.map(({ line }) => ctx.cell(ID, line, 'share_pct', 'expected a share, a value, or both'));
}

export const marketShare = {
	id: ID,
	title: 'Market share across the AI chip supply chain',
	description:
		'Share of each vendor in each supply-chain segment (accelerators, memory, foundry, packaging, equipment, EDA) by period, one observation per source.',
	kind: 'dataset',
	input: 'market-share.csv',
	inputSchema: marketShareInputSchema,
	schema: marketShareSchema,
	primaryKey: ['segment', 'metric', 'period', 'market', 'vendor', 'source_id'],
	gaps: [
		'Worldwide per-vendor EDA shares are not public; EDA rows are company revenues and China-market shares.',
		'Wafer-fab equipment shares after 2021, deposition and etch are thin; CoWoS-class packaging is mostly capacity.',
		'Most shares are analyst estimates reported by the press; few are company-reported.'
	],
	foreignKeys: [
		{ field: 'segment', resource: 'segments', resourceField: 'id' },
		{ field: 'vendor', resource: 'vendors', resourceField: 'slug', allow: [OTHERS_VENDOR] },
		placeFk('market'),
		sourceFk('source_id')
	],
	checks: [checkShareSums, checkShareBasis, checkShareDefinitions, checkShareOrValue],
	computed: { year: (r) => periodYear(r.period as string) }
} as const satisfies DatasetDef;
