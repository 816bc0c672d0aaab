// "Who holds this layer": shares in one view added up by the vendors' headquarters country.
import type { EChartsCoreOption } from 'echarts/core';
import type { MarketShare } from '../datasets/market-share/schema';
import { OTHERS_VENDOR } from '../vocabulary';
import { viewRows, type ShareView } from './market-share';
import { PALETTE, ink } from './theme';
import { escaped } from './html';
import { chartSpec, type ChartSpec } from './spec';

export interface CountryShare {
	country: string;
	share: number;
	vendors: string[];
}

/** Sums one source's shares by headquarters country; the unnamed remainder stays "Other vendors". */
export function sharesByCountry(
	rows: MarketShare[],
	view: ShareView,
	hqOf: (vendor: string) => string | undefined
): CountryShare[] {
	const out = new Map<string, CountryShare>();
	for (const r of viewRows(rows, view)) {
		const country = r.vendor === OTHERS_VENDOR ? OTHERS_VENDOR : (hqOf(r.vendor) ?? OTHERS_VENDOR);
		const entry = out.get(country) ?? { country, share: 0, vendors: [] };
		entry.share = Math.round((entry.share + r.share_pct) * 1000) / 1000;
		entry.vendors.push(r.vendor);
		out.set(country, entry);
	}
	return [...out.values()].sort((a, b) => b.share - a.share || (a.country < b.country ? -1 : 1));
}

export function buildCountryShareOption(
	rows: MarketShare[],
	view: ShareView & { title: string },
	hqOf: (vendor: string) => string | undefined,
	names: {
		country: (code: string) => string;
		vendor: (slug: string) => string;
		source: (id: string) => string;
	}
): EChartsCoreOption {
	const shares = sharesByCountry(rows, view, hqOf).reverse();
	const label = (c: CountryShare) =>
		c.country === OTHERS_VENDOR ? 'Other vendors' : names.country(c.country);
	return {
		aria: {
			enabled: true,
			label: {
				description: `${view.title}. ${[...shares]
					.reverse()
					.map((c) => `${label(c)} ${c.share}%`)
					.join(', ')}.`
			}
		},
		color: [PALETTE[2]!],
		grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (p: { dataIndex: number }) => {
				const c = shares[p.dataIndex]!;
				return escaped`${label(c)}: <b>${c.share}%</b><br/>${c.vendors.map(names.vendor).join(', ')}<br/>${names.source(view.source_id)}`
					.markup;
			}
		},
		xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
		yAxis: { type: 'category', data: shares.map(label) },
		series: [
			{
				type: 'bar',
				data: shares.map((c) => c.share),
				label: { show: true, position: 'right', formatter: '{c}%', color: ink('text') }
			}
		]
	};
}

export function countryShareChart(...args: Parameters<typeof buildCountryShareOption>): ChartSpec {
	return chartSpec(buildCountryShareOption(...args), 220, 'half');
}
