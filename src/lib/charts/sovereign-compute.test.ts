import { describe, expect, it } from 'vitest';
import type { Program } from '../schemas/sovereign-compute';
import { buildFundingByCountryOption, fundingByCountry } from './sovereign-compute';

const program = (id: string, country: string, funding: Program['funding'], usd: number | null): Program => ({
	id,
	country,
	program: id,
	announced: '2024-01-01',
	amount_local_m: usd,
	currency: usd === null ? null : 'USD',
	period_start: null,
	period_end: null,
	funding,
	stage: 'announced',
	gpus: null,
	pflops: null,
	mw: null,
	systems: null,
	source_ids: ['s'],
	notes: null,
	part_of: null,
	amount_usd_m: usd,
	fx_year: usd === null ? null : 2024,
	is_public: funding !== 'private-pledge'
});

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
	it('shows public money only unless private pledges are asked for', () => {
		const option = buildFundingByCountryOption(programs, names, { includePrivate: false }) as {
			yAxis: { data: string[] };
			series: { name: string }[];
		};
		expect(option.series.map((s) => s.name)).toEqual(['public-budget']);
		expect(option.yAxis.data).toEqual(['GBR', 'FRA']);
	});
	it('stacks private pledges apart from public money when included', () => {
		const option = buildFundingByCountryOption(programs, names, { includePrivate: true }) as {
			series: { name: string; stack: string }[];
		};
		expect(option.series.find((s) => s.name === 'private-pledge')!.stack).toBe('private');
		expect(option.series.find((s) => s.name === 'public-budget')!.stack).toBe('public');
	});
});
