// View models for sovereign-compute charts.
import type { EChartsCoreOption } from 'echarts/core';
import { FUNDING_TYPES, type Program } from '../schemas/sovereign-compute';
import { AXIS_TEXT, PALETTE } from './palette';

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
	for (const p of programs) {
		if (p.amount_usd_m === null || p.part_of !== null) continue;
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

/** Horizontal stacked bars per country; private pledges hatched apart so they are never read as public money. */
export function buildFundingByCountryOption(
	programs: Program[],
	names: { country: (code: string) => string; funding: (f: string) => string },
	options: { includePrivate: boolean }
): EChartsCoreOption {
	const rows = fundingByCountry(programs)
		.filter((c) => options.includePrivate || c.publicTotal > 0)
		.reverse();
	const types = FUNDING_TYPES.filter(
		(f) => (options.includePrivate || f !== 'private-pledge') && rows.some((r) => r.byFunding[f] > 0)
	);
	const round = (n: number) => Math.round(n);
	return {
		aria: {
			enabled: true,
			label: {
				description: `Announced AI compute funding by country in million US dollars${options.includePrivate ? ', private pledges shown separately' : ', public money only'}. ${[
					...rows
				]
					.reverse()
					.map((r) => `${names.country(r.country)}: ${round(r.publicTotal)} public`)
					.join(', ')}.`
			}
		},
		color: PALETTE,
		legend: { top: 0, textStyle: { color: AXIS_TEXT } },
		grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			valueFormatter: (v: number) => `${round(v).toLocaleString('en-US')} m USD`
		},
		xAxis: {
			type: 'value',
			name: 'million USD',
			nameLocation: 'middle',
			nameGap: 28,
			nameTextStyle: { color: AXIS_TEXT },
			axisLabel: { color: AXIS_TEXT }
		},
		yAxis: {
			type: 'category',
			data: rows.map((r) => names.country(r.country)),
			axisLabel: { color: AXIS_TEXT }
		},
		series: types.map((f) => ({
			type: 'bar',
			stack: f === 'private-pledge' ? 'private' : 'public',
			name: names.funding(f),
			data: rows.map((r) => round(r.byFunding[f])),
			...(f === 'private-pledge'
				? {
						itemStyle: { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -0.785 } }
					}
				: {})
		}))
	};
}
