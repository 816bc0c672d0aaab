// View models for sovereign-compute charts.
import type { EChartsCoreOption } from 'echarts/core';
import type { Program } from '../datasets/sovereign-compute/schema';
import { FUNDING_TYPES } from '../vocabulary';
import { colorIn, PLEDGE_HATCH } from './theme';
import { DATE_TICKS, MONTH_MS } from './axes';
import { escaped } from './html';
import { chartSpec, type ChartSpec } from './spec';

export interface CountryFunding {
	country: string;
	/** Million USD by funding type; programs without an amount count nowhere. */
	byFunding: Record<Program['funding'], number>;
	publicTotal: number;
}

/**
 * Sums USD amounts per country and funding type; private pledges are kept apart from the public total, and a
 * program that is part of a larger one counts only through the larger one.
 */
export function fundingByCountry(programs: Program[]): CountryFunding[] {
	const byCountry = new Map<string, CountryFunding>();
	const ids = new Set(programs.map((p) => p.id));
	for (const p of programs) {
		// A part counts through its larger program when that one is counted too (not filtered out by scope).
		if (p.amount_usd_m === null || (p.part_of !== null && ids.has(p.part_of))) continue;
		const entry =
			byCountry.get(p.country) ??
			({
				country: p.country,
				byFunding: Object.fromEntries(FUNDING_TYPES.map((f) => [f, 0])) as CountryFunding['byFunding'],
				publicTotal: 0
			} satisfies CountryFunding);
		entry.byFunding[p.funding] += p.amount_usd_m;
		if (p.is_public) entry.publicTotal += p.amount_usd_m;
		byCountry.set(p.country, entry);
	}
	const total = (c: CountryFunding) => FUNDING_TYPES.reduce((s, f) => s + c.byFunding[f], 0);
	return [...byCountry.values()].sort(
		(a, b) => b.publicTotal - a.publicTotal || total(b) - total(a) || (a.country < b.country ? -1 : 1)
	);
}

export type MoneyKind = 'public' | 'private';
/** Linear bars compare amounts; a log scale lets a USD 1 bn program show beside a USD 500 bn pledge. */
export type MoneyScale = 'linear' | 'log';

const moneyOf = (kind: MoneyKind) => (c: CountryFunding) =>
	kind === 'public' ? c.publicTotal : c.byFunding['private-pledge'];

/** Countries with money of this kind, most first. */
function rankedFunding(programs: Program[], kind: MoneyKind): CountryFunding[] {
	const amount = moneyOf(kind);
	return fundingByCountry(programs)
		.filter((c) => amount(c) > 0)
		.sort((a, b) => amount(b) - amount(a) || (a.country < b.country ? -1 : 1));
}

/** The funding bars at a height that gives each country's bar the same room. */
export function fundingByCountryChart(
	programs: Program[],
	names: { country: (code: string) => string; funding: (f: string) => string },
	options: { kind: MoneyKind; limit?: number; scale?: MoneyScale }
): ChartSpec {
	const bars = Math.min(rankedFunding(programs, options.kind).length, options.limit ?? Infinity);
	return chartSpec(buildFundingByCountryOption(programs, names, options), Math.max(160, bars * 30 + 70));
}

export function announcementsChart(
	programs: Program[],
	names: { country: (code: string) => string; funding: (f: string) => string }
): ChartSpec {
	return chartSpec(buildAnnouncementsOption(programs, names), 360);
}

/**
 * Horizontal bars per country for one kind of money: public money stacked by funding type, or private pledges
 * (hatched). The two never share an axis, so a vast pledge cannot dwarf public budgets or be read as one.
 */
export function buildFundingByCountryOption(
	programs: Program[],
	names: { country: (code: string) => string; funding: (f: string) => string },
	options: { kind: MoneyKind; limit?: number; scale?: MoneyScale }
): EChartsCoreOption {
	const amount = moneyOf(options.kind);
	const log = options.scale === 'log';
	const ranked = rankedFunding(programs, options.kind);
	const rows = ranked.slice(0, options.limit ?? ranked.length).reverse();
	const types = FUNDING_TYPES.filter(
		(f) => (options.kind === 'private') === (f === 'private-pledge') && rows.some((r) => r.byFunding[f] > 0)
	);
	const round = (n: number) => Math.round(n);
	const what = options.kind === 'public' ? 'public AI compute funding' : 'private AI compute pledges';
	return {
		aria: {
			enabled: true,
			label: {
				description: `Announced ${what} by country, million US dollars${log ? ' on a log scale' : ''}. ${[
					...rows
				]
					.reverse()
					.map((r) => `${names.country(r.country)}: ${round(amount(r)).toLocaleString('en-US')}`)
					.join(
						', '
					)}${ranked.length > rows.length ? `; ${ranked.length - rows.length} more countries in the table` : ''}.`
			}
		},
		legend: { top: 0 },
		grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			valueFormatter: (v: number) => `${round(v).toLocaleString('en-US')} m USD`
		},
		xAxis: {
			type: log ? 'log' : 'value',
			name: log ? 'million USD, log scale' : 'million USD',
			nameLocation: 'middle',
			nameGap: 28,
			axisLabel: { hideOverlap: true }
		},
		yAxis: {
			type: 'category',
			data: rows.map((r) => names.country(r.country))
		},
		// On a log scale a bar's length means nothing and stacks do not add up: each country is one dot, its total.
		series: log
			? [
					{
						type: 'scatter',
						name: options.kind === 'public' ? 'Public money (total)' : 'Private pledges (total)',
						symbolSize: 11,
						color: colorIn(FUNDING_TYPES, options.kind === 'public' ? 'public-budget' : 'private-pledge'),
						data: rows.map((r) => round(amount(r)))
					}
				]
			: types.map((f) => ({
					type: 'bar',
					stack: options.kind,
					name: names.funding(f),
					data: rows.map((r) => round(r.byFunding[f])),
					itemStyle: {
						color: colorIn(FUNDING_TYPES, f),
						...(f === 'private-pledge' ? { decal: PLEDGE_HATCH } : {})
					}
				}))
	};
}

/** Announcements over time: one point per program with an amount, on a log scale of US dollars. */
export function buildAnnouncementsOption(
	programs: Program[],
	names: { country: (code: string) => string; funding: (f: string) => string }
): EChartsCoreOption {
	const withAmount = programs.filter((p) => p.amount_usd_m !== null && p.amount_usd_m > 0);
	const types = FUNDING_TYPES.filter((f) => withAmount.some((p) => p.funding === f));
	const date = (announced: string) =>
		announced.length === 4 ? `${announced}-07-01` : announced.length === 7 ? `${announced}-15` : announced;
	return {
		aria: {
			enabled: true,
			label: {
				description: `${withAmount.length} program announcements with amounts, from ${
					withAmount.map((p) => p.announced).sort()[0] ?? 'none'
				} to ${
					withAmount
						.map((p) => p.announced)
						.sort()
						.at(-1) ?? 'none'
				}; ${programs.length - withAmount.length} without a stated amount are not plotted.`
			}
		},
		legend: { top: 0 },
		grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (p: { data: { program: Program } }) => {
				const x = p.data.program;
				return escaped`<b>${x.program}</b><br/>${names.country(x.country)} · ${x.announced}<br/>${x.amount_local_m!.toLocaleString('en-US')} m ${x.currency} ≈ ${Math.round(x.amount_usd_m!).toLocaleString('en-US')} m USD (${x.fx_year} rate)<br/>${names.funding(x.funding)}${x.part_of ? ' · part of a larger program' : ''}${x.eu_cofunded ? ` · includes EU money${x.eu_share_pct === null ? '' : ` (${x.eu_share_pct}%)`}` : ''}`
					.markup;
			}
		},
		// Dates, never clock time: with one or two points ECharts would otherwise tick in hours.
		xAxis: {
			type: 'time',
			minInterval: MONTH_MS,
			axisLabel: { hideOverlap: true, formatter: DATE_TICKS }
		},
		yAxis: {
			type: 'log',
			name: 'million USD'
		},
		series: types.map((f) => ({
			type: 'scatter',
			name: names.funding(f),
			symbol: f === 'private-pledge' ? 'emptyCircle' : 'circle',
			itemStyle: { color: colorIn(FUNDING_TYPES, f) },
			symbolSize: 10,
			data: withAmount
				.filter((p) => p.funding === f)
				.map((p) => ({ value: [date(p.announced), p.amount_usd_m], id: p.id, program: p }))
		}))
	};
}
