import { describe, expect, it } from 'vitest';
import { countryProfile as profile } from '../../../tests/factories/reference';
import { buildCompareCountsOption, buildCompareMoneyOption } from './compare';

describe('compare charts', () => {
	const profiles = [
		profile('USA', { segments: ['eda', 'hbm'], measures_issued: 36, private_usd_m: 500000 }),
		profile('CHN', { measures_issued: 16, measures_targeting: 40, public_usd_m: 15000 })
	];
	it('puts each country in its own series of counts', () => {
		const o = buildCompareCountsOption(profiles) as { series: { name: string; data: number[] }[] };
		expect(o.series).toEqual([
			expect.objectContaining({ name: 'USA', data: [2, 36, 0] }),
			expect.objectContaining({ name: 'CHN', data: [0, 16, 40] })
		]);
	});
	it('keeps public money and private pledges in separate series', () => {
		const o = buildCompareMoneyOption(profiles) as { series: { name: string; data: number[] }[] };
		expect(o.series.map((s) => [s.name, s.data])).toEqual([
			['Public money', [0, 15000]],
			['Private pledges', [500000, 0]]
		]);
	});
	it('draws each amount as a dot on a log axis, leaving zeros out', () => {
		const o = buildCompareMoneyOption(profiles, 'log') as {
			yAxis: { type: string };
			series: { type: string; data: (number | null)[] }[];
		};
		expect(o.yAxis.type).toBe('log');
		expect(o.series.map((s) => [s.type, s.data])).toEqual([
			['scatter', [null, 15000]],
			['scatter', [500000, null]]
		]);
	});
});
