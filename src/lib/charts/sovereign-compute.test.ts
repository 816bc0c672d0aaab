import { describe, expect, it } from 'vitest';
import { program } from '../../../tests/factories/sovereign-compute';
import { buildAnnouncementsOption, buildFundingByCountryOption, fundingByCountry } from './sovereign-compute';

const programs = [
	program('a', 'GBR', 'public-budget', 300),
	program('b', 'GBR', 'private-pledge', 5000),
	program('c', 'FRA', 'public-budget', 500),
	program('d', 'USA', 'private-pledge', 100000),
	program('e', 'JPN', 'public-budget', null)
];

describe('fundingByCountry', () => {
	it('never adds private pledges to the public total', () => {
		const gbr = fundingByCountry(programs).find((c) => c.country === 'GBR')!;
		expect(gbr.publicTotal).toBe(300);
		expect(gbr.byFunding['private-pledge']).toBe(5000);
	});
	it('counts a program that is part of a larger one only through the larger one', () => {
		const child = { ...program('f', 'FRA', 'public-budget', 200), part_of: 'c' };
		expect(fundingByCountry([...programs, child]).find((c) => c.country === 'FRA')!.publicTotal).toBe(500);
	});
	it('ranks by public money and skips programs without an amount', () => {
		expect(fundingByCountry(programs).map((c) => c.country)).toEqual(['FRA', 'GBR', 'USA']);
	});
});

describe('buildFundingByCountryOption', () => {
	const names = { country: (c: string) => c, funding: (f: string) => f };
	type Bars = { yAxis: { data: string[] }; series: { name: string; stack: string; data: number[] }[] };
	it('charts public money without private pledges', () => {
		const option = buildFundingByCountryOption(programs, names, { kind: 'public' }) as Bars;
		expect(option.series.map((s) => s.name)).toEqual(['public-budget']);
		expect(option.yAxis.data).toEqual(['GBR', 'FRA']);
	});
	it('charts private pledges on their own, largest first', () => {
		const option = buildFundingByCountryOption(programs, names, { kind: 'private' }) as Bars;
		expect(option.series.map((s) => s.name)).toEqual(['private-pledge']);
		expect(option.yAxis.data).toEqual(['GBR', 'USA']);
		expect(option.series[0]!.data).toEqual([5000, 100000]);
	});
	it('keeps the largest countries when limited', () => {
		const option = buildFundingByCountryOption(programs, names, { kind: 'public', limit: 1 }) as Bars;
		expect(option.yAxis.data).toEqual(['FRA']);
	});
});

describe('buildAnnouncementsOption', () => {
	it('plots programs with an amount, private pledges hollow, month-only dates mid-month', () => {
		const monthOnly = { ...program('m', 'SGP', 'public-budget', 50), announced: '2024-10' };
		const option = buildAnnouncementsOption([...programs, monthOnly], {
			country: (c) => c,
			funding: (f) => f
		}) as {
			series: { name: string; symbol: string; data: { value: [string, number]; id: string }[] }[];
		};
		expect(option.series.find((s) => s.name === 'private-pledge')!.symbol).toBe('emptyCircle');
		const all = option.series.flatMap((s) => s.data);
		expect(all.map((d) => d.id).sort()).toEqual(['a', 'b', 'c', 'd', 'm']);
		expect(all.find((d) => d.id === 'm')!.value).toEqual(['2024-10-15', 50]);
	});
});
